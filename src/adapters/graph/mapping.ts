/**
 * Graph JSON ⇄ domain types. Pure functions: used by the Graph client, the emulator and the CLI
 * (a `circles-mailbox/1` file holds Graph-shaped resources).
 */
import type {
  CalendarEvent,
  Contact,
  EmailAddress,
  Mailbox,
  MessageHeader,
  Owner,
  OwnerProfile,
  PostalAddress,
  ProfileEntry,
} from '../../core/model';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : v;
};

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

function email(v: unknown): EmailAddress | undefined {
  if (!isObject(v)) return undefined;
  const address = str(v.address);
  if (!address) return undefined;
  const name = str(v.name);
  return name ? { name, address } : { address };
}

/** Graph recipients and attendees wrap the address in `emailAddress`. */
function recipient(v: unknown): EmailAddress | undefined {
  return isObject(v) ? email(v.emailAddress) : undefined;
}

const recipients = (v: unknown): EmailAddress[] =>
  Array.isArray(v) ? v.map(recipient).filter((x): x is EmailAddress => !!x) : [];

function postal(v: unknown): PostalAddress | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const k of ['street', 'city', 'state', 'postalCode', 'countryOrRegion'] as const) {
    const s = str(v[k]);
    if (s) out[k] = s;
  }
  return Object.keys(out).length ? (out as PostalAddress) : undefined;
}

function dateTime(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (isObject(v)) return str(v.dateTime);
  return undefined;
}

/** Drops undefined members so objects compare and serialise cleanly. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** A Graph `contact` resource → Contact. */
export function contactFromGraph(g: Json): Contact {
  const id = str(g.id);
  if (!id) throw new Error('A Graph contact has no id.');
  const displayName =
    str(g.displayName) ??
    ([str(g.givenName), str(g.surname)].filter(Boolean).join(' ') ||
      recipients([{ emailAddress: (g.emailAddresses as unknown[] | undefined)?.[0] }])[0]?.address ||
      '');
  return compact<Contact>({
    id,
    etag: str(g['@odata.etag']) ?? str(g.changeKey),
    folderId: str(g.parentFolderId),
    displayName,
    givenName: str(g.givenName),
    middleName: str(g.middleName),
    surname: str(g.surname),
    nickName: str(g.nickName),
    title: str(g.title),
    emailAddresses: Array.isArray(g.emailAddresses)
      ? g.emailAddresses.map(email).filter((x): x is EmailAddress => !!x)
      : [],
    companyName: str(g.companyName),
    jobTitle: str(g.jobTitle),
    department: str(g.department),
    officeLocation: str(g.officeLocation),
    profession: str(g.profession),
    manager: str(g.manager),
    assistantName: str(g.assistantName),
    businessPhones: strings(g.businessPhones),
    homePhones: strings(g.homePhones),
    mobilePhone: str(g.mobilePhone),
    businessAddress: postal(g.businessAddress),
    homeAddress: postal(g.homeAddress),
    otherAddress: postal(g.otherAddress),
    businessHomePage: str(g.businessHomePage),
    imAddresses: strings(g.imAddresses),
    personalNotes: str(g.personalNotes),
    categories: strings(g.categories),
    birthday: str(g.birthday),
    spouseName: str(g.spouseName),
    children: strings(g.children),
    createdDateTime: str(g.createdDateTime),
    lastModifiedDateTime: str(g.lastModifiedDateTime),
  });
}

/** A Graph `message` (headers) → MessageHeader. */
export function messageFromGraph(g: Json): MessageHeader {
  return compact<MessageHeader>({
    id: str(g.id) ?? '',
    subject: typeof g.subject === 'string' ? g.subject : '',
    sentDateTime: str(g.sentDateTime) ?? str(g.receivedDateTime),
    conversationId: str(g.conversationId),
    from: recipient(g.from) ?? recipient(g.sender),
    toRecipients: recipients(g.toRecipients),
    ccRecipients: recipients(g.ccRecipients),
  });
}

/** A Graph `event` → CalendarEvent. */
export function eventFromGraph(g: Json): CalendarEvent {
  const location = isObject(g.location) ? str(g.location.displayName) : undefined;
  return compact<CalendarEvent>({
    id: str(g.id) ?? '',
    subject: typeof g.subject === 'string' ? g.subject : '',
    start: dateTime(g.start),
    end: dateTime(g.end),
    location,
    organizer: recipient(g.organizer),
    attendees: recipients(g.attendees),
  });
}

function entries(v: unknown): ProfileEntry[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).flatMap((e) => {
    const name = str(e.name);
    if (!name) return [];
    return [
      compact<ProfileEntry>({
        name,
        domain: str(e.domain),
        from: typeof e.from === 'number' ? e.from : undefined,
        to: typeof e.to === 'number' ? e.to : undefined,
      }),
    ];
  });
}

export function profileFromJson(v: unknown): OwnerProfile {
  const p = isObject(v) ? v : {};
  return {
    employers: entries(p.employers),
    schools: entries(p.schools),
    trainings: entries(p.trainings),
    clubs: entries(p.clubs),
  };
}

export function ownerFromJson(v: unknown): Owner {
  const o = isObject(v) ? v : {};
  return compact<Owner>({
    displayName: str(o.displayName) ?? '',
    mail: str(o.mail) ?? str(o.userPrincipalName) ?? '',
    companyName: str(o.companyName),
    jobTitle: str(o.jobTitle),
    preferredLanguage: str(o.preferredLanguage),
    profile: profileFromJson(o.profile),
  });
}

export const MAILBOX_FORMAT = 'circles-mailbox/1';

/** Why a document is not a `circles-mailbox/1` one: `message` in English, `fr` in French. */
export class MailboxDocumentError extends Error {
  constructor(
    en: string,
    readonly fr: string,
  ) {
    super(en);
    this.name = 'MailboxDocumentError';
  }
}

/** Parses a `circles-mailbox/1` document. Throws a MailboxDocumentError with a clear message when it is not one. */
export function mailboxFromJson(doc: unknown): Mailbox {
  if (!isObject(doc))
    throw new MailboxDocumentError(
      'Not a circles-mailbox/1 document: expected a JSON object.',
      'ce n’est pas un document circles-mailbox/1 : un objet JSON est attendu.',
    );
  if (doc.format !== MAILBOX_FORMAT) {
    const format = doc.format ?? null;
    throw new MailboxDocumentError(
      `Not a circles-mailbox/1 document: "format" is ${JSON.stringify(format)}.`,
      format === null
        ? 'ce n’est pas un document circles-mailbox/1 : il n’a pas de champ « format ».'
        : `ce n’est pas un document circles-mailbox/1 : son « format » est ${JSON.stringify(format)}.`,
    );
  }
  if (!Array.isArray(doc.contacts))
    throw new MailboxDocumentError(
      'The mailbox has no "contacts" array.',
      'la boîte aux lettres n’a pas de liste « contacts ».',
    );
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
  return {
    owner: ownerFromJson(doc.owner),
    contacts: list(doc.contacts).map(contactFromGraph),
    events: list(doc.events).map(eventFromGraph),
    messages: list(doc.messages).map(messageFromGraph),
  };
}
