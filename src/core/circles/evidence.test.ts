import { contact, event, mailbox, message, owner } from '../testing/builders';
import { classify, defaultTaxonomy } from './index';
import type { CircleId } from './types';
import type { Contact, Mailbox } from '../model';

const suggestFor = (c: Contact, over: Partial<Mailbox> = {}) =>
  classify({ mailbox: mailbox({ contacts: [c], ...over }) }).suggestions[0];

describe('evidence from contact fields, in French and English', () => {
  it.each<[string, Partial<Contact> & { email?: string | string[] }, CircleId | null]>([
    ['an address at the owner’s company means a colleague', { email: 'jo@acme-energie.fr' }, 'colleagues'],
    ['an address at a past employer means a former colleague', { email: 'jo@vertigo-conseil.fr' }, 'former-colleagues'],
    [
      'an older address at a past employer means a former colleague',
      { email: ['jo@newco.com', 'jo@vertigo-conseil.fr'] },
      'former-colleagues',
    ],
    ['a school domain from the profile means a classmate', { email: 'jo@esgn.edu' }, 'classmates'],
    ['an alumni domain means a classmate', { email: 'jo@alumni.some-school.org' }, 'classmates'],
    ['a club domain from the profile means a club', { email: 'jo@cdb-club.org' }, 'clubs'],
    [
      '"Rencontré au colloque …" means a conference',
      { email: 'jo@x.com', personalNotes: 'Rencontré au colloque de l’hydrogène' },
      'conferences',
    ],
    [
      '"Met at the … summit" means a conference',
      { email: 'jo@x.com', personalNotes: 'Met at the Cloud summit in Lisbon' },
      'conferences',
    ],
    [
      '"formation" means training',
      { email: 'jo@x.com', personalNotes: 'Même formation management en 2019' },
      'training',
    ],
    ['"bootcamp" means training', { email: 'jo@x.com', personalNotes: 'Same data bootcamp cohort' }, 'training'],
    [
      'an afterwork means a social event',
      { email: 'jo@x.com', personalNotes: 'Croisé à un afterwork' },
      'social-events',
    ],
    [
      'a housewarming means a social event',
      { email: 'jo@x.com', personalNotes: 'Met at a housewarming party' },
      'social-events',
    ],
    [
      '"adhérent du Rotary" means a club',
      { email: 'jo@x.com', personalNotes: 'Adhérent du Rotary de Vannes' },
      'clubs',
    ],
    ['"Lions Club member" means a club', { email: 'jo@x.com', personalNotes: 'Lions Club member' }, 'clubs'],
    ['"connu via LinkedIn" means online', { email: 'jo@x.com', personalNotes: 'Connu via LinkedIn' }, 'online'],
    ['"Discord community" means online', { email: 'jo@x.com', personalNotes: 'From the Discord community' }, 'online'],
    ['"client depuis" means a client', { email: 'jo@x.com', personalNotes: 'Client depuis 2018' }, 'clients'],
    ['"key account" means a client', { email: 'jo@x.com', personalNotes: 'Key account, renewal in May' }, 'clients'],
    ['"ma cousine" means family', { email: 'jo@gmail.com', personalNotes: 'Ma cousine' }, 'family-friends'],
    ['"brother-in-law" means family', { email: 'jo@gmail.com', personalNotes: 'Brother-in-law' }, 'family-friends'],
    [
      '"ex-Vertigo" means a former colleague',
      { email: 'jo@newco.com', personalNotes: 'ex-Vertigo' },
      'former-colleagues',
    ],
    [
      '"formerly at" the past employer means a former colleague',
      { email: 'jo@newco.com', personalNotes: 'Formerly at Vertigo Conseil' },
      'former-colleagues',
    ],
    ['"promo 2008" means a classmate', { email: 'jo@gmail.com', personalNotes: 'Promo 2008' }, 'classmates'],
    ['"class of 2009" means a classmate', { email: 'jo@gmail.com', personalNotes: 'Class of 2009' }, 'classmates'],
    ['a birthday means family or friends', { email: 'jo@gmail.com', birthday: '1990-02-03' }, 'family-friends'],
    [
      'a birthday on a work card is a personal detail, not enough alone',
      { email: 'jo@gmail.com', birthday: '1990-02-03', companyName: 'Menuiserie Dubois', jobTitle: 'Gérant' },
      null,
    ],
    [
      'nor with the other personal details of a work card',
      {
        email: 'jo@gmail.com',
        birthday: '1990-02-03',
        jobTitle: 'Buyer',
        spouseName: 'Alex',
        homeAddress: { city: 'Brest' },
        homePhones: ['01'],
      },
      null,
    ],
    [
      'the owner’s surname and a private address mean family',
      { email: 'jo@gmail.com', surname: 'Fontaine' },
      'family-friends',
    ],
    ['a category named after a circle is kept', { email: 'jo@x.com', categories: ['Clients'] }, 'clients'],
    ['a spouse alone is not enough', { email: 'jo@gmail.com', spouseName: 'Alex' }, null],
    [
      'spouse, home address, home phone and a "Personal" category together are still not enough',
      {
        email: 'jo@gmail.com',
        spouseName: 'Alex',
        homeAddress: { city: 'Brest' },
        homePhones: ['01'],
        categories: ['Personal'],
      },
      null,
    ],
    [
      'a LinkedIn page alone is not enough',
      { email: 'jo@x.com', businessHomePage: 'https://www.linkedin.com/in/jo' },
      null,
    ],
    ['nothing at all means abstaining', { email: 'jo@gmail.com' }, null],
    [
      'a software licence pasted into the notes says nothing of a client',
      {
        email: 'jo@x.com',
        personalNotes:
          'This software is provided by the copyright holders "as is" and any express or implied warranties are disclaimed. In no event shall the authors be liable for any damages, whether in contract, strict liability or tort, arising from the use of this software or of its services.',
      },
      null,
    ],
    [
      'nor an e-mail’s confidentiality footer',
      {
        email: 'jo@x.com',
        personalNotes:
          'Ce message et ses pièces jointes sont strictement confidentiels et destinés exclusivement au destinataire désigné. Si vous n’êtes pas le destinataire désigné, merci de le détruire. Notre responsabilité ne saurait être engagée au titre de ce contrat ni de nos prestations client.',
      },
      null,
    ],
    [
      'a short note about a licence contract is still read',
      { email: 'jo@x.com', personalNotes: 'Client : contrat de licence renouvelé en mai' },
      'clients',
    ],
  ])('%s', (_, fields, expected) => {
    expect(suggestFor(contact(fields))?.circle ?? null).toBe(expected);
  });
});

describe('evidence from the mailbox', () => {
  it.each<[string, string, CircleId]>([
    ['a quote thread means a client', 'Devis n°2024-12', 'clients'],
    ['an invoice thread means a client', 'RE: Invoice for March', 'clients'],
    ['a follow-up after a fair means a conference', 'Suite à notre échange au salon Batimat', 'conferences'],
    ['"great to meet you at" means a conference', 'Great to meet you at the Fintech summit', 'conferences'],
    ['a club’s dues mean a club', 'Cotisation Rotary 2025', 'clubs'],
    ['a LinkedIn request means online', 'Demande de mise en relation LinkedIn', 'online'],
    ['weekend plans mean family or friends', 'Week-end à la mer ?', 'family-friends'],
  ])('%s', (_, subject, expected) => {
    const c = contact({ email: 'jo@x.com' });
    expect(suggestFor(c, { messages: [message('m1', subject, 'JO@X.COM')] })?.circle).toBe(expected);
  });

  it('counts a farewell for the workplace of someone whose address is at a past employer, else as a social event', () => {
    const messages = [
      message('m1', 'Pot de départ de Gilles', 'jo@vertigo-conseil.fr'),
      message('m2', 'Farewell drinks', 'jo@vertigo-conseil.fr'),
      message('m3', 'Pot de départ de Gilles', 'al@x.com'),
    ];
    const former = suggestFor(contact({ email: 'jo@vertigo-conseil.fr', personalNotes: 'Ex-collègue chez Vertigo' }), {
      messages,
    });
    // Before: two farewells at 0.72 each made a rival of 0.92 and the explicit former colleague fell to 39 %.
    expect([former?.circle, former?.confidence]).toEqual(['former-colleagues', expect.any(Number)]);
    expect(former?.confidence).toBeGreaterThan(0.95);
    expect(suggestFor(contact({ email: 'al@x.com' }), { messages })?.circle).toBe('social-events');
  });

  it('links events through a second address, case-insensitively', () => {
    const c = contact({ email: ['jo@x.com', 'Jo.Perso@Gmail.com'] });
    const s = suggestFor(c, {
      events: [event('e1', 'Certification ITIL - session 2', ['jo.perso@gmail.com'], 'Cegos')],
    });
    expect(s?.circle).toBe('training');
  });

  it('ignores messages and events when signals are off', () => {
    const c = contact({ email: 'jo@x.com' });
    const result = classify({
      mailbox: mailbox({ contacts: [c], messages: [message('m1', 'Devis 12', 'jo@x.com')] }),
      signals: 'off',
    });
    expect(result.suggestions[0]?.circle).toBeNull();
  });

  it('lets an address at the current employer outweigh a conference note', () => {
    const c = contact({ email: 'jo@acme-energie.fr', personalNotes: 'Rencontrée au congrès Hydrogène' });
    expect(suggestFor(c)?.circle).toBe('colleagues');
  });

  it('never suggests a disabled circle', () => {
    const c = contact({ email: 'jo@x.com', personalNotes: 'Client depuis 2018' });
    const disabled = defaultTaxonomy.map((d) => (d.id === 'clients' ? { ...d, enabled: false } : d));
    expect(classify({ mailbox: mailbox({ contacts: [c] }), taxonomy: disabled }).suggestions[0]?.circle).not.toBe(
      'clients',
    );
  });

  it('treats a custom circle’s keywords and domains like built-in knowledge', () => {
    const custom = [
      ...defaultTaxonomy,
      {
        id: 'custom-sailing' as const,
        labels: { fr: 'Voile', en: 'Sailing' },
        color: 'preset3' as const,
        enabled: true,
        builtIn: false,
        keywords: ['régate'],
        domains: ['yachtclub-brest.fr'],
      },
    ];
    const byWord = contact({ email: 'a@x.com', personalNotes: 'Équipier à la régate de Brest' });
    const byDomain = contact({ email: 'b@yachtclub-brest.fr' });
    const s = classify({ mailbox: mailbox({ contacts: [byWord, byDomain] }), taxonomy: custom }).suggestions;
    expect(s.map((x) => x.circle)).toEqual(['custom-sailing', 'custom-sailing']);
  });
});

describe('the owner’s profile', () => {
  it('infers the current employer from the owner’s address and past employers from recurring old addresses', () => {
    const bare = { ...owner, profile: { employers: [], schools: [], trainings: [], clubs: [] } };
    const contacts = ['a', 'b', 'c'].map((n) =>
      contact({ email: [`${n}@elsewhere${n}.com`, `${n}@oldco-industries.com`] }),
    );
    const { profileCandidates } = classify({ mailbox: mailbox({ owner: bare, contacts }) });
    expect(profileCandidates.currentEmployer?.domain).toBe('acme-energie.fr');
    expect(profileCandidates.employers.map((e) => e.domain)).toContain('oldco-industries.com');
  });

  it('offers recurring schools, clubs and trainings named in notes, spelled as written, and not what the user gave', () => {
    const notes = [
      'Promo 2011 École Vauban',
      'Camarade de École Vauban',
      'Adhérente du Cercle Émeraude',
      'Membre du Cercle Émeraude',
      'Formation Négociation avancée (Cegos)',
      'Formation Négociation avancée',
      'Certification ITIL',
      'Certification ITIL',
    ];
    const contacts = notes.map((personalNotes, i) => contact({ email: `p${i}@gmail.com`, personalNotes }));
    const { profileCandidates } = classify({ mailbox: mailbox({ contacts }) });
    expect(profileCandidates.schools.map((s) => s.name)).toContain('École Vauban');
    expect(profileCandidates.clubs.map((s) => s.name)).toContain('Cercle Émeraude');
    expect(profileCandidates.trainings.map((s) => s.name)).toEqual(['Formation Négociation avancée']);
  });
});
