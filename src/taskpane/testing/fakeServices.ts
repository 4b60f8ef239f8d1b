/**
 * In-memory AppServices for the taskpane's component tests: a mailbox whose contacts carry etags and whose
 * writer honours If-Match like Graph, a real in-memory journal, and stores that remember what was saved.
 */
import type { AppServices, OfficeHost, OpenMessage } from '../../app/services';
import { createMemoryJournal, fieldNames } from '../../core/changes';
import type { CategorySpec, ContactFields, PlannedChange } from '../../core/changes/types';
import type { Contact, Language, Mailbox } from '../../core/model';
import type { ChangeOutcome, KeptChoice, KeptPositions } from '../../core/ports';
import type { Settings, UserModel } from '../../core/settings';

export type FakeServices = AppServices & {
  /** The contacts as the fake server holds them now. */
  contactsNow(): Contact[];
  ensured(): CategorySpec[];
  savedSettings(): Settings | undefined;
  savedModel(): UserModel;
};

export type FakeOptions = {
  readonly language?: Language;
  readonly settings?: Settings;
  readonly message?: OpenMessage | null;
  /** Contacts whose writes fail (to exercise failures and retry). */
  readonly failing?: ReadonlySet<string>;
  /** Positions an earlier session kept (the import memory starts with them). */
  readonly keptPositions?: KeptPositions;
  /** Review choices kept at an earlier visit. */
  readonly keptChoices?: ReadonlyMap<string, KeptChoice>;
};

export function contact(id: string, displayName: string, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    etag: `${id}-v1`,
    displayName,
    emailAddresses: [{ address: `${id}@example.com` }],
    businessPhones: [],
    homePhones: [],
    categories: [],
    ...extra,
  };
}

export function fakeHost(message: OpenMessage | null = null, language = 'en-GB'): OfficeHost {
  return {
    kind: 'demo',
    currentMessage: async () => message,
    onItemChanged: () => () => undefined,
    displayNewMessageForm: () => undefined,
    displayLanguage: () => language,
    theme: () => 'light',
  };
}

export function createFakeServices(mailbox: Mailbox, options: FakeOptions = {}): FakeServices {
  const language = options.language ?? 'en';
  const contacts = new Map(mailbox.contacts.map((c) => [c.id, { ...c }]));
  const ensured: CategorySpec[] = [];
  let settings = options.settings;
  let model: UserModel = { feedback: [] };
  let kept = options.keptPositions;
  let choices: ReadonlyMap<string, KeptChoice> | undefined = options.keptChoices;
  let ownerCompany: string | undefined;
  let version = 1;

  const write = (change: PlannedChange): ChangeOutcome => {
    const current = contacts.get(change.contactId);
    if (!current) return { contactId: change.contactId, status: 'failed', error: 'not-found' };
    if (options.failing?.has(change.contactId))
      return { contactId: change.contactId, status: 'failed', error: 'server-error' };
    if (change.etag !== undefined && change.etag !== current.etag)
      return { contactId: change.contactId, status: 'conflict' };
    const etag = `${current.id}-v${++version}`;
    const next: { -readonly [K in keyof Contact]: Contact[K] } = { ...current, categories: [...change.after], etag };
    for (const name of fieldNames(change)) {
      const value = change.fields?.after[name];
      if (value) next[name] = value;
      else delete next[name];
    }
    contacts.set(current.id, next);
    return { contactId: change.contactId, status: 'applied', etag };
  };

  return {
    mode: 'demo',
    language,
    office: fakeHost(options.message ?? null, language === 'fr' ? 'fr-FR' : 'en-GB'),
    owner: { getOwner: async () => mailbox.owner },
    contacts: {
      listContacts: async (opts) => {
        const list = [...contacts.values()];
        opts?.onProgress?.({ read: list.length });
        return list;
      },
    },
    interactions: {
      listMessages: async () => [...mailbox.messages],
      listEvents: async () => [...mailbox.events],
    },
    categories: {
      ensureCategories: async (specs) => {
        ensured.push(...specs);
      },
    },
    writer: {
      writeCategories: async (changes, opts) => {
        const outcomes: ChangeOutcome[] = [];
        for (const change of changes) {
          if (opts?.signal?.aborted) break;
          const o = write(change);
          outcomes.push(o);
          opts?.onOutcome?.(o);
          // Let the UI render progress between writes, like a network would.
          await Promise.resolve();
        }
        return outcomes;
      },
      readCategories: async (ids) => {
        const out = new Map<string, { categories: string[]; etag?: string; fields?: ContactFields }>();
        for (const id of ids) {
          const c = contacts.get(id);
          if (c)
            out.set(id, {
              categories: [...c.categories],
              ...(c.etag ? { etag: c.etag } : {}),
              fields: {
                ...(c.companyName ? { companyName: c.companyName } : {}),
                ...(c.jobTitle ? { jobTitle: c.jobTitle } : {}),
              },
            });
        }
        return out;
      },
    },
    creator: {
      createContact: async (draft) => {
        const created = contact(`new-${contacts.size + 1}`, draft.displayName, {
          emailAddresses: [draft.emailAddress],
          categories: [...draft.categories],
          ...(draft.companyName ? { companyName: draft.companyName } : {}),
        });
        contacts.set(created.id, created);
        return created;
      },
    },
    journal: createMemoryJournal(),
    settings: {
      loadSettings: async () => settings,
      saveSettings: async (s) => {
        settings = s;
      },
      loadUserModel: async () => model,
      saveUserModel: async (m) => {
        model = m;
      },
    },
    importMemory: {
      loadPositions: async () => kept,
      savePositions: async (k) => {
        kept = k;
      },
      forgetPositions: async () => {
        kept = undefined;
      },
      loadOwnerCompany: async () => ownerCompany,
      saveOwnerCompany: async (c) => {
        ownerCompany = c;
      },
    },
    choicesMemory: {
      load: async () => (choices ? new Map(choices) : undefined),
      save: async (c) => {
        choices = new Map(c);
      },
    },
    contactsNow: () => [...contacts.values()],
    ensured: () => [...ensured],
    savedSettings: () => settings,
    savedModel: () => model,
  };
}
