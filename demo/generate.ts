/**
 * Writes demo/mailbox.json, the mailbox the demo (`npm start`) and the browser tests run on: ~300 contacts
 * of a French owner, notes in French and some in English, message headers and events that give the
 * engine evidence for every circle, a few contacts whose name, company or notes hold HTML or script (they
 * must render as inert text), a few with categories of the user's own, and one already in a circle.
 *
 *   npx tsx demo/generate.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMailbox } from '../src/emulator/generate';

const doc = generateMailbox({ contacts: 300, messages: 900, events: 90, seed: 1789, language: 'fr', now: '2026-11-15T00:00:00Z' });
const contacts = doc.contacts as Record<string, unknown>[];

// Hostile input: markup in the fields the UI shows. The taskpane must show these characters as text.
const hostile: Record<string, unknown>[] = [
  { displayName: '<img src=x onerror=alert(1)> Gaëtan Morvezen', givenName: 'Gaëtan', surname: 'Morvezen', companyName: 'Studio Lumen', personalNotes: 'Rencontré au salon Seanergy <script>alert("xss")</script>' },
  { displayName: 'Inès <b>Carhaix</b>', givenName: 'Inès', surname: 'Carhaix', companyName: '<a href="javascript:alert(1)">Quartz Ingénierie</a>', personalNotes: 'Client depuis 2023 — devis <i>en cours</i>' },
  { displayName: 'Tristan "); DROP TABLE contacts;-- Le Bihan', givenName: 'Tristan', surname: 'Le Bihan', personalNotes: '{{constructor.constructor("alert(1)")()}} met at the PMP course' },
];
hostile.forEach((h, i) => {
  const target = contacts[10 + i * 37]!;
  const address = (target.emailAddresses as { address: string }[])[0]!.address;
  Object.assign(target, h, { emailAddresses: [{ name: String(h.displayName), address }] });
});

// Categories the user set: Circles must keep every one of them.
const own: [number, string[]][] = [
  [3, ['Important']],
  [14, ['VIP', 'Projet Zéphyr']],
  [25, ['Personnel']],
  [41, ['Catégorie rouge']],
  [58, ['Important', 'Relance']],
  [77, ['Circle partners']], // looks like ours but is not: same words, no prefix
];
for (const [i, cats] of own) contacts[i]!.categories = cats;
// One contact already placed in a circle by an earlier run (under the English default name).
contacts[5]!.categories = ['Circle · Colleagues'];

// People who are not contacts yet, in messages of their own, so that the message view has someone to
// "add to my contacts in this circle": a new colleague (the owner's domain) and a conference organiser.
const owner = doc.owner as { displayName: string; mail: string };
const me = { emailAddress: { name: owner.displayName, address: owner.mail } };
(doc.messages as Record<string, unknown>[]).push(
  {
    id: 'AAMkADmsg-demo-new-1=',
    subject: 'Bienvenue dans l’équipe exploitation',
    sentDateTime: '2026-11-12T08:30:00Z',
    from: { emailAddress: { name: 'Gwenola Tanguy', address: 'gwenola.tanguy@alizeo-energies.fr' } },
    toRecipients: [me],
    ccRecipients: [{ emailAddress: { name: 'Ronan Quéré', address: 'ronan.quere@alizeo-energies.fr' } }],
  },
  {
    id: 'AAMkADmsg-demo-new-2=',
    subject: 'Colloque énergies marines : votre intervention',
    sentDateTime: '2026-11-10T16:05:00Z',
    from: { emailAddress: { name: 'Maëlys Guivarc’h', address: 'm.guivarch@assises-mer-energie.fr' } },
    toRecipients: [me],
    ccRecipients: [],
  },
);

// A person with two cards (a second one made from a personal address, the company typed a little
// differently): the review shows them as one row and files both with one choice.
const twin = contacts.find((c, i) => i >= 100 && typeof c.companyName === 'string' && c.companyName !== 'Alizéo Énergies');
if (twin) {
  const [given, surname] = [String(twin.givenName ?? ''), String(twin.surname ?? '')];
  contacts.push({
    ...twin,
    id: 'AAMkADgen-1dp-twin-0=',
    displayName: `${surname} ${given}`,
    emailAddresses: [{ name: `${surname} ${given}`, address: `${given}.${surname}.perso@gmail.com`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') }],
    companyName: `${String(twin.companyName)}s`,
    personalNotes: undefined,
    categories: [],
  });
}

// People the mailbox places only through messages older than the default 24-month window, so the review
// says "older evidence" for them and offers to widen the window: contacts with nothing else to go on (no
// notes, no message or meeting in the window) are given a few old threads.
const involved = new Set<string>();
const addressesOf = (x: unknown): string[] =>
  (Array.isArray(x) ? x : [x]).map((r) => String((r as { emailAddress?: { address?: string } })?.emailAddress?.address ?? '').toLowerCase());
for (const m of doc.messages as Record<string, unknown>[])
  for (const a of [...addressesOf(m.from), ...addressesOf(m.toRecipients), ...addressesOf(m.ccRecipients)]) involved.add(a);
for (const e of doc.events as Record<string, unknown>[])
  for (const a of [...addressesOf(e.organizer), ...addressesOf(e.attendees)]) involved.add(a);
const quiet = contacts.filter((c) => {
  const address = (c.emailAddresses as { address: string }[])[0]?.address.toLowerCase() ?? '';
  return !c.personalNotes && !involved.has(address) && !address.endsWith('@alizeo-energies.fr') && !c.categories?.toString();
});
const olderThreads: [string, string[]][] = [
  ['Compte rendu réunion Jeune Chambre Économique', ['2021-03-09', '2021-06-15', '2021-10-12', '2022-01-18', '2022-05-10', '2022-09-13']],
  ['Session de formation gestion de projet : supports', ['2019-04-02', '2019-04-16']],
];
olderThreads.forEach(([subject, days], i) => {
  const person = quiet[i * 7];
  if (!person) return;
  const them = { emailAddress: { name: String(person.displayName), address: (person.emailAddresses as { address: string }[])[0]!.address } };
  days.forEach((day, j) =>
    (doc.messages as Record<string, unknown>[]).push({
      id: `AAMkADmsg-demo-older-${i}-${j}=`,
      subject: j === 0 ? subject : `RE: ${subject}`,
      sentDateTime: `${day}T09:15:00Z`,
      from: j % 2 === 0 ? me : them,
      toRecipients: [j % 2 === 0 ? them : me],
      ccRecipients: [],
    }),
  );
});

const out = join(dirname(fileURLToPath(import.meta.url)), 'mailbox.json');
writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
console.log(`wrote ${out}: ${contacts.length} contacts, ${(doc.messages as unknown[]).length} messages, ${(doc.events as unknown[]).length} events`);
