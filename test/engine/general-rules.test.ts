/**
 * General rules added for unseen mailboxes, in French and English: personal plans (an activity with an
 * evening or a weekend day), ages at birthdays, training and club wordings, major trade fairs by name, small
 * typos in long words, a named organisation deciding over the occasion, club names learnt from membership
 * phrases and their shared domain, and captured names cut at occasion words.
 */
import { classify, inferProfile, type CircleId } from '../../src/core/circles';
import { captureOrganisations } from '../../src/core/circles/organisations';
import { contact, emptyProfile, event, mailbox, message, owner } from '../../src/core/testing/builders';
import { fold } from '../../src/core/text/fold';

const circleOfNote = (note: string): CircleId | null => {
  const c = contact({ email: 'someone@gmail.com', personalNotes: note });
  return classify({ mailbox: mailbox({ contacts: [c] }) }).suggestions[0]?.circle ?? null;
};
const circleOfSubject = (subject: string): CircleId | null => {
  const c = contact({ email: 'someone@corp.example' });
  const m = mailbox({ contacts: [c], messages: [message('m', subject, 'someone@corp.example')] });
  return classify({ mailbox: m }).suggestions[0]?.circle ?? null;
};

describe('general rules for unseen mailboxes', () => {
  it.each([
    ['family-friends', 'Dîner samedi soir ?'],
    ['family-friends', 'Ciné ce soir ?'],
    ['family-friends', 'Apéro vendredi soir ?'],
    ['family-friends', 'Drinks Saturday?'],
    ['family-friends', 'Movie tonight?'],
    ['family-friends', 'Christmas plans'],
    ['social-events', 'Soirée des 40 ans de Julie'],
    ['social-events', 'Tom’s 30th birthday party'],
    ['social-events', 'Chatted at the Christmas drinks'],
    ['social-events', 'Lovely meeting you at the wedding'],
    ['family-friends', 'Pub quiz Thursday?'],
    ['social-events', 'Friday pub drinks'],
    ['social-events', 'Pot de Noël'],
    ['social-events', 'Leaving drinks for Sam'],
    ['social-events', 'Repas de quartier dimanche'],
    ['social-events', 'Street party photos'],
    ['family-friends', 'Projets pour Noël'],
    ['family-friends', 'Grandad’s visit'],
    ['family-friends', 'Kids’ sleepover'],
    ['social-events', 'Dîner de gala samedi'],
    ['social-events', 'Networking drinks tonight'],
  ] as const)('a personal plan or a party reads as %s: "%s"', (circle, subject) => {
    expect(circleOfSubject(subject)).toBe(circle);
  });

  it.each(['Petit-déjeuner jeudi ?', 'Déjeuner mardi', 'Lunch Tuesday', 'Call Thursday evening', 'Programme update'])(
    'an everyday plan on a working day says nothing: "%s"',
    (subject) => expect(circleOfSubject(subject)).toBeNull(),
  );

  it.each([
    ['training', 'Same intake on the data course'],
    ['training', 'Study buddy from the evening programme'],
    ['training', 'Executive Leadership Programme 2021'],
    ['training', 'Revision group for the exam'],
    ['training', 'Stagiaire avec moi en 2019'],
    ['training', 'Binôme lors du MOOC Gestion de projet'],
    ['training', 'Parcours Manager de managers'],
    ['clubs', 'My forum mate'],
    ['clubs', 'Fellow Harbour Circle member'],
    ['online', 'Contact via Malt'],
    ['online', 'Found me on Upwork'],
    ['conferences', 'Met at Hannover Messe'],
    ['conferences', 'Good to meet you at Dreamforce'],
    ['conferences', 'Following our chat at the Web Summit'],
    ['conferences', 'Rencontré au Salon de l’Agriculture'],
    ['conferences', 'Vu à Eurosatory'],
    ['conferences', 'Speaker dinner on Tuesday'],
    ['clubs', 'Parrain au Club des Entrepreneurs du Nord'],
    ['clubs', 'Marraine au Rotary de Nantes'],
  ] as const)('a note reads as %s: "%s"', (circle, note) => {
    expect(circleOfNote(note)).toBe(circle);
  });

  it.each([
    ['clients', 'Reonuvellement du contrat'],
    ['clients', 'Key acocunt review'],
    ['online', 'Saw your Twtiter thread'],
    ['conferences', 'Conférance annuelle'],
  ] as const)('a long word with one small typo is still read: %s for "%s"', (circle, subject) => {
    expect(circleOfSubject(subject)).toBe(circle);
  });

  it.each([
    ['Pot de départ de Fabrice (Vertigo Conseil)', 'former-colleagues'],
    ['Leaving do for Martin (Vertigo Conseil)', 'former-colleagues'],
    ['Gala des Cèdres 2024', 'clubs'],
    ['Cercle des Cèdres membership renewal', 'clubs'],
  ] as const)('a named organisation decides over the occasion: "%s" → %s', (subject, circle) => {
    const withProfile = {
      ...owner,
      profile: {
        ...emptyProfile,
        employers: [{ name: 'Vertigo Conseil', domain: 'vertigo-conseil.fr' }],
        clubs: [{ name: 'Cercle des Cèdres' }],
      },
    };
    const c = contact({ email: 'someone@gmail.com' });
    const m = mailbox({
      owner: withProfile,
      contacts: [c],
      events: [event('e', subject, ['someone@gmail.com'])],
    });
    expect(classify({ mailbox: m }).suggestions[0]?.circle).toBe(circle);
  });

  it.each([
    ['Ex-Northwind Motor Cars reunion drinks', 'northwind motor cars'],
    ['Your Calder alumni magazine', 'calder'],
    ['Fellow Harbour Circle member', 'harbour circle'],
    ['Met through the Harbour Circle', 'harbour circle'],
    ['Rencontrée via le Cercle des Cèdres', 'cercle des cedres'],
    ['Anciens de Northwind - soirée', 'northwind'],
  ])('a captured name stops before occasion words and drops possessives: "%s"', (text, entity) => {
    expect(captureOrganisations(fold(text)).map((c) => c.entity)).toContain(entity);
  });

  it('learns a club from membership phrases and the domain its members share, in both languages', () => {
    const members = [
      contact({ email: 'ana@harbour-circle.org', personalNotes: 'Fellow Harbour Circle member' }),
      contact({ email: 'ben@harbour-circle.org', personalNotes: 'Membre du Harbour Circle depuis 2019' }),
      contact({ email: 'cy@harbour-circle.org' }),
    ];
    const m = mailbox({ owner: { ...owner, profile: emptyProfile }, contacts: members });
    const clubs = inferProfile(m).clubs;
    expect(clubs.map((c) => c.domain)).toContain('harbour-circle.org');
    const third = classify({ mailbox: m }).suggestions.find((s) => s.contactId === members[2]?.id);
    expect(third?.circle).toBe('clubs');
  });
});

describe('clubs learnt from acronyms and membership', () => {
  it('joins an acronym and its expansion and finds the domain that spells the acronym', () => {
    const contacts = [
      contact({ email: 'a@gmail.com', personalNotes: 'Membre du RDQ' }),
      contact({ email: 'b@gmail.com', personalNotes: 'Member of Regional Dealmakers Quorum' }),
      contact({ email: 'c@rdq-europe.org' }),
    ];
    const clubs = inferProfile(mailbox({ owner: { ...owner, profile: emptyProfile }, contacts })).clubs;
    expect(clubs).toEqual([expect.objectContaining({ domain: 'rdq-europe.org', support: 2 })]);
  });

  it.each([
    ['Regional Dealmakers Quorum annual gala', 'clubs'],
    ['Dîner annuel du Regional Dealmakers Quorum', 'clubs'],
    ['Dîner chez Romain et Quentin', null],
  ] as const)('reads an acronym’s expansion as the club: "%s" → %s', (subject, circle) => {
    const withClub = { ...owner, profile: { ...emptyProfile, clubs: [{ name: 'RDQ' }] } };
    const c = contact({ email: 'someone@corp.example' });
    const m = mailbox({ owner: withClub, contacts: [c], events: [event('e', subject, ['someone@corp.example'])] });
    expect(classify({ mailbox: m }).suggestions[0]?.circle ?? null).toBe(circle);
  });

  it('does not take another circle’s word for a club ("Membre du Slack")', () => {
    const contacts = [
      contact({ email: 'a@gmail.com', personalNotes: 'Membre du Slack des devs' }),
      contact({ email: 'b@gmail.com', personalNotes: 'Member of the Slack community' }),
    ];
    expect(inferProfile(mailbox({ owner: { ...owner, profile: emptyProfile }, contacts })).clubs).toEqual([]);
  });
});

describe('past employers named loosely', () => {
  it.each([
    ['Leaving do for Martin (ex Northwind)', 'northwind'],
    ['Travaillait avec moi chez Northwind (2013-2016)', 'northwind'],
  ])('captures the employer in "%s"', (text, entity) => {
    expect(captureOrganisations(fold(text)).map((c) => c.entity)).toContain(entity);
  });

  it.each(['Classés ex aequo', 'An ex post review', 'My ex girlfriend'])('"%s" names no employer', (text) => {
    expect(captureOrganisations(fold(text)).filter((c) => c.id === 'ex-prefix')).toEqual([]);
  });
});

describe('aliases', () => {
  it('never makes an organisation alias of a generic vocabulary word, but keeps school names', async () => {
    const { orgAliases } = await import('../../src/core/circles/knowledge');
    const base = { kind: 'employer', source: 'inferred', trust: 0.8 } as const;
    expect(orgAliases({ ...base, name: 'Northwind Reunion Drinks', key: 'northwind reunion drinks' })).toEqual([
      'northwind',
      'nrd',
    ]);
    expect(
      orgAliases({ ...base, kind: 'school', name: 'ESSEC Business School', key: 'essec business school' }),
    ).toContain('essec');
  });
});

describe('a domain learnt from the contacts who use it', () => {
  const withSchool = {
    ...owner,
    profile: { ...emptyProfile, schools: [{ name: 'École Centrale de Calder', domain: 'ec-calder.fr' }] },
  };
  it.each([
    ['fr', 'Gala des anciens Centrale Calder'],
    ['en', 'Calder alumni reception'],
  ])(
    'contacts at an unknown domain whose texts name the school make its other contacts classmates (%s)',
    (_l, text) => {
      const contacts = [
        contact({ email: 'a@harbourside-assoc.org', personalNotes: text }),
        contact({ email: 'b@harbourside-assoc.org', personalNotes: text }),
        contact({ email: 'c@harbourside-assoc.org' }),
      ];
      const s = classify({ mailbox: mailbox({ owner: withSchool, contacts }) }).suggestions;
      expect(s[2]?.circle).toBe('classmates');
      expect(s[2]?.reasons.map((r) => r.kind)).toContain('shared-domain');
    },
  );

  it('leaves a company’s own domain alone: its staff went to the school, the company is no school', () => {
    const contacts = [
      contact({ email: 'a@northwind.com', companyName: 'Northwind', personalNotes: 'Calder alumni' }),
      contact({ email: 'b@northwind.com', companyName: 'Northwind SA', personalNotes: 'Calder alumni' }),
      contact({ email: 'c@northwind.com', companyName: 'Northwind' }),
    ];
    expect(classify({ mailbox: mailbox({ owner: withSchool, contacts }) }).suggestions[2]?.circle).toBeNull();
  });
});

describe('acronyms of organisations the owner gave', () => {
  it.each([
    ['Dirigeants Commerciaux de Gironde', 'Assemblée générale DCG', 'clubs'],
    ['RVM (Réseau Vendée Management)', 'Petit-déj RVM', 'clubs'],
    ['Harbour Valley Leaders Network', 'HVLN monthly breakfast', 'clubs'],
  ] as const)('"%s" is named by its acronym in "%s"', (name, subject, circle) => {
    const withClub = { ...owner, profile: { ...emptyProfile, clubs: [{ name }] } };
    const c = contact({ email: 'someone@corp.example' });
    const m = mailbox({ owner: withClub, contacts: [c], events: [event('e', subject, ['someone@corp.example'])] });
    expect(classify({ mailbox: m }).suggestions[0]?.circle).toBe(circle);
  });
});
