/**
 * The e-mails Circles drafts from the shortlist, opened in Outlook's compose form (nothing is sent by
 * Circles): an intro to a person who fits, and a request to a close contact to introduce the user to one.
 * Each is written in the language asked (the pane's, or the other one from the notice), recalls how the user knows the recipient (their circle and,
 * when there is one, the meeting where they met), and states the ask as a sentence built from what was
 * understood of the ambition — never the ambition pasted as typed.
 */
import type { MessageDraft } from '../../../app/services';
import { companyLabel, sectorLabel, roleLabel, type AmbitionInterpretation, type Goal } from '../../../core/ambitions';
import type { CircleId } from '../../../core/circles/types';
import type { Contact, Language } from '../../../core/model';
import { translate } from '../../i18n';
import { inPlaces, quotedList } from '../../../sentences/shortlist/places';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** How the user knows the recipient: their circle and, when there is one, the meeting that shows it. */
export type Acquaintance = { readonly circle?: CircleId | null; readonly event?: string };

export type IntroInput = {
  readonly contact: Contact;
  readonly interpretation: AmbitionInterpretation;
  readonly ownerName: string;
  /** The draft's language: the pane's, or the other one the user asked for. */
  readonly language: Language;
  readonly known?: Acquaintance;
};

export type IntroRequestInput = IntroInput & {
  /** The person the user would like to be introduced to. */
  readonly target: Contact;
};

/** The name to greet: the given name when known, else the display name. */
function greetingName(c: Contact): string {
  return (c.givenName || c.displayName || c.emailAddresses[0]?.address || '').trim();
}

// The goal a draft asks about when several were understood: the most concrete first.
const askOrder: readonly Goal[] = [
  'hire',
  'fundraising',
  'expand',
  'first-client',
  'partners',
  'mentor',
  'job',
  'enter-sector',
];

/** "dans le secteur « Fintech » chez Qonto en Allemagne", "in the “Fintech” sector at Qonto in Germany". */
function wherePhrase(i: AmbitionInterpretation, language: Language): string {
  const t = (k: string, p?: Record<string, string | number>) => translate(language, k, p);
  const parts: string[] = [];
  if (i.sectors.length > 0)
    parts.push(
      t('shortlist.mail.sectors', {
        count: i.sectors.length,
        list: quotedList(
          i.sectors.map((s) => sectorLabel(s, language)),
          language,
        ),
      }),
    );
  if (i.companies.length > 0)
    parts.push(
      t('shortlist.mail.companies', { list: new Intl.ListFormat(language).format(i.companies.map(companyLabel)) }),
    );
  const places = [...i.countries, ...i.regions];
  if (places.length > 0) parts.push(inPlaces(places, language));
  return parts.join(' ');
}

/** The ask, one sentence from the understood goal, sectors, roles, companies and places. */
export function askSentence(i: AmbitionInterpretation, language: Language): string {
  const t = (k: string, p?: Record<string, string | number>) => translate(language, k, p);
  const goal = askOrder.find((g) => i.goals.includes(g));
  const where = wherePhrase(i, language);
  const functions = i.roles.filter((r) => r !== 'executive');
  const roles = functions.length > 0 ? functions : i.roles;
  const role = (g: Goal) =>
    roles.length > 0
      ? t(`shortlist.mail.role.${g}`, {
          list: quotedList(
            roles.map((r) => roleLabel(r, language)),
            language,
          ),
        })
      : '';
  const sp = (s: string) => (s ? ` ${s}` : '');
  switch (goal) {
    case 'enter-sector':
      return t('shortlist.mail.ask.enter-sector', { where: where || t('shortlist.mail.newSector') });
    case 'job':
    case 'hire':
    case 'mentor':
      return t(`shortlist.mail.ask.${goal}`, { role: sp(role(goal)), where: sp(where) });
    case 'first-client':
    case 'fundraising':
    case 'partners':
    case 'expand':
      return t(`shortlist.mail.ask.${goal}`, { where: sp(where) });
    case undefined:
      return t('shortlist.mail.ask.none');
    default: {
      const unknown: never = goal;
      return unknown;
    }
  }
}

/** "Nous avons travaillé ensemble (« Salon Pollutec 2024 »)." */
function recall(known: Acquaintance | undefined, language: Language): string {
  const base = translate(language, `shortlist.mail.recall.${known?.circle ?? 'none'}`);
  const event = known?.event?.trim();
  return event && event.length <= 80
    ? `${base}${translate(language, 'shortlist.mail.recallEvent', { event })}.`
    : `${base}.`;
}

/** Paragraphs to HTML: everything from the contact or the user is escaped; only our own <br> is markup. */
function toHtml(lines: readonly string[]): string {
  return lines
    .map((l) => l.split('<br>').map(escapeHtml).join('<br>'))
    .map((l) => `<p>${l}</p>`)
    .join('');
}

function recipient(c: Contact): MessageDraft['to'] {
  const to = c.emailAddresses[0];
  return to ? [{ name: c.displayName, address: to.address }] : [];
}

export function introDraft({ contact, interpretation, ownerName, language, known }: IntroInput): MessageDraft {
  const t = (k: string, p?: Record<string, string | number>) => translate(language, k, p);
  const company = contact.companyName?.trim();
  const lines = [
    t('shortlist.mail.greet', { name: greetingName(contact) }),
    `${recall(known, language)} ${askSentence(interpretation, language)}`,
    company ? t('shortlist.mail.company', { company }) : t('shortlist.mail.noCompany'),
    t('shortlist.mail.meet'),
    t('shortlist.mail.thanks'),
    t('shortlist.mail.signature', { owner: ownerName }),
  ];
  return {
    to: recipient(contact),
    subject: t('shortlist.mail.subject', { owner: ownerName }),
    htmlBody: toHtml(lines),
  };
}

export function introRequestDraft(input: IntroRequestInput): MessageDraft {
  const { contact, target, interpretation, ownerName, language, known } = input;
  const t = (k: string, p?: Record<string, string | number>) => translate(language, k, p);
  const meta = [target.jobTitle?.trim(), target.companyName?.trim()].filter(Boolean).join(', ');
  const lines = [
    t('shortlist.mail.greet', { name: greetingName(contact) }),
    recall(known, language),
    t('shortlist.mail.youKnow', { target: target.displayName, meta: meta ? ` (${meta})` : '' }),
    askSentence(interpretation, language),
    t('shortlist.mail.introduce'),
    t('shortlist.mail.thanks'),
    t('shortlist.mail.signature', { owner: ownerName }),
  ];
  return {
    to: recipient(contact),
    subject: t('shortlist.mail.introSubject', { target: target.displayName }),
    htmlBody: toHtml(lines),
  };
}
