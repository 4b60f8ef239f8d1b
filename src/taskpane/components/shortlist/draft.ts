/**
 * The intro e-mail Circles drafts for a contact of the shortlist: short, polite, in the user's language,
 * saying why the user writes and leaving the ask for them to finish. Opened in Outlook's compose form;
 * nothing is sent by Circles.
 */
import type { MessageDraft } from '../../../app/services';
import type { Contact, Language } from '../../../core/model';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type IntroInput = {
  readonly contact: Contact;
  readonly ambition: string;
  readonly ownerName: string;
  readonly language: Language;
};

/** The name to greet: the given name when known, else the display name. */
function greetingName(c: Contact): string {
  return (c.givenName || c.displayName || c.emailAddresses[0]?.address || '').trim();
}

export function introDraft({ contact, ambition, ownerName, language }: IntroInput): MessageDraft {
  const to = contact.emailAddresses[0];
  const name = greetingName(contact);
  const goal = ambition.trim();
  const company = contact.companyName?.trim();
  const lines =
    language === 'fr'
      ? [
          `Bonjour ${name},`,
          `J’espère que vous allez bien. Je vous écris car j’ai un projet qui me tient à cœur : ${goal}.`,
          company
            ? `Votre expérience chez ${company} me serait précieuse, et j’ai pensé à vous en premier.`
            : 'Votre regard me serait précieux, et j’ai pensé à vous en premier.',
          'Auriez-vous vingt minutes dans les prochaines semaines pour en parler, ou quelqu’un vers qui m’orienter ?',
          'Merci d’avance, et au plaisir d’échanger.',
          `Bien cordialement,<br>${ownerName}`,
        ]
      : [
          `Dear ${name},`,
          `I hope you are well. I am writing because I am working on something that matters to me: ${goal}.`,
          company
            ? `Your experience at ${company} would be very valuable, and you were the first person I thought of.`
            : 'Your perspective would be very valuable, and you were the first person I thought of.',
          'Would you have twenty minutes in the coming weeks to talk it over, or someone you think I should meet?',
          'Thank you in advance; I look forward to hearing from you.',
          `Kind regards,<br>${ownerName}`,
        ];
  // Everything from the contact or the user is escaped; only our own <br> and <p> are markup.
  const html = lines
    .map((l) => l.split('<br>').map(escapeHtml).join('<br>'))
    .map((l) => `<p>${l}</p>`)
    .join('');
  const subject = language === 'fr' ? `Une question sur : ${goal}` : `A question about: ${goal}`;
  return {
    to: to ? [{ name: contact.displayName, address: to.address }] : [],
    subject,
    htmlBody: html,
  };
}
