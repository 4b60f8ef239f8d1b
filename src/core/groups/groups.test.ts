import { defaultTaxonomy } from '../circles/taxonomy';
import type { CircleId, Suggestion } from '../circles/types';
import type { CalendarEvent, Contact, Mailbox, Owner } from '../model';
import { grown } from './communities';
import { meetingGraph, tie } from './graph';
import { findGroups, groupNames, peopleCount, type Group } from './index';

// An invented network: the owner left "Vertigo Conseil" (2010–2016) and studied at ESGN (2006–2009).
const owner: Owner = {
  displayName: 'Claire Fontaine',
  mail: 'claire.fontaine@acme-energie.fr',
  companyName: 'Acme Énergie',
  profile: {
    employers: [{ name: 'Vertigo Conseil', domain: 'vertigo-conseil.fr', from: 2010, to: 2016 }],
    schools: [{ name: 'École Supérieure de Gestion de Nantes', domain: 'esgn.edu', from: 2006, to: 2009 }],
    trainings: [{ name: 'Certification ITIL' }],
    clubs: [],
  },
};

function person(id: string, name: string, over: Partial<Contact> & { email?: string } = {}): Contact {
  const { email, ...rest } = over;
  return {
    id,
    displayName: name,
    emailAddresses: [{ address: email ?? `${id}@mail.example` }],
    businessPhones: [],
    homePhones: [],
    categories: [],
    ...rest,
  };
}

const placed = (contacts: readonly Contact[], circles: Record<string, CircleId>): Suggestion[] =>
  contacts.map((c) => ({
    contactId: c.id,
    circle: circles[c.id] ?? null,
    confidence: circles[c.id] ? 0.9 : 0,
    reasons: [],
    alternatives: [],
  }));

const meeting = (id: string, ids: readonly string[], start = '2026-05-01T10:00:00Z'): CalendarEvent => ({
  id,
  subject: 'Point',
  start,
  organizer: { address: owner.mail },
  attendees: ids.map((x) => ({ address: `${x}@mail.example` })),
});

const names = (contacts: readonly Contact[]) => new Map(contacts.map((c) => [c.id, c.displayName]));
const label = (g: Group, contacts: readonly Contact[], lang: 'fr' | 'en' = 'fr') =>
  groupNames([g], lang, defaultTaxonomy, names(contacts)).get(g.id);

describe('named sub-circles', () => {
  it('puts the spellings of one past employer (domain, upper case, legal suffix, notes) in one group under its profile name', () => {
    const contacts = [
      person('v1', 'Inès Roux', { email: 'ines.roux@vertigo-conseil.fr' }),
      person('v2', 'Paul Henry', { companyName: 'VERTIGO CONSEIL' }),
      person('v3', 'Léa Morel', { companyName: 'Vertigo Conseil SAS' }),
      person('v4', 'Hugo Petit', { personalNotes: 'Ex-Vertigo Conseil, équipe audit' }),
      person('x1', 'Nora Blanc', { companyName: 'Autre Boîte' }),
    ];
    const mailbox: Mailbox = { owner, contacts, events: [], messages: [] };
    const circles: Record<string, CircleId> = {
      v1: 'former-colleagues',
      v2: 'former-colleagues',
      v3: 'former-colleagues',
      v4: 'former-colleagues',
      x1: 'former-colleagues',
    };
    const { named } = findGroups({ mailbox, suggestions: placed(contacts, circles) });
    expect(named).toHaveLength(1);
    expect(named[0]!.members).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(named[0]!.circle).toBe('former-colleagues');
    expect(label(named[0]!, contacts)).toBe('Anciens collègues · Vertigo Conseil');
    expect(label(named[0]!, contacts, 'en')).toBe('Former colleagues · Vertigo Conseil');
  });

  it("names the owner's own class year among classmates, nested in the school", () => {
    const contacts = [
      person('s1', 'Ana Léger', { personalNotes: 'ESGN promo 2009' }),
      person('s2', 'Bob Lenoir', { personalNotes: 'Promo 2009 à l’École Supérieure de Gestion de Nantes' }),
      person('s3', 'Cyril Faure', { email: 'cyril.faure@esgn.edu', personalNotes: 'Class of 2009' }),
      person('s4', 'Dina Caron', { email: 'dina.caron@esgn.edu' }),
      person('s5', 'Élie Marchand', { email: 'elie.marchand@esgn.edu', personalNotes: 'Promo 1998' }),
    ];
    const mailbox: Mailbox = { owner, contacts, events: [], messages: [] };
    const circles = Object.fromEntries(contacts.map((c) => [c.id, 'classmates' as CircleId]));
    const { named } = findGroups({ mailbox, suggestions: placed(contacts, circles) });
    expect(named.map((g) => label(g, contacts, 'en'))).toEqual([
      'Classmates & alumni · École Supérieure de Gestion de Nantes',
      'Classmates & alumni · École Supérieure de Gestion de Nantes 2009',
    ]);
    // The circle's name as the pane shows it: a typographic apostrophe, not the category's straight one.
    expect(label(named[0]!, contacts, 'fr')).toBe('Camarades d’études · École Supérieure de Gestion de Nantes');
    expect(named[1]!.members).toEqual(['s1', 's2', 's3']);
  });

  it('merges two names of the same people into one group under the first name, and ignores a name of generic words', () => {
    const trainee = {
      ...owner,
      profile: {
        ...owner.profile,
        trainings: [{ name: 'PMP' }, { name: 'Formation PMP' }],
        clubs: [{ name: 'Anciens' }],
      },
    };
    const contacts = ['p1', 'p2', 'p3'].map((id) =>
      person(id, id, { personalNotes: 'Formation PMP, anciens du groupe' }),
    );
    const mailbox: Mailbox = { owner: trainee, contacts, events: [], messages: [] };
    const training = Object.fromEntries(contacts.map((c) => [c.id, 'training' as CircleId]));
    expect(
      findGroups({ mailbox, suggestions: placed(contacts, training) }).named.map((g) => label(g, contacts, 'en')),
    ).toEqual(['Training & courses · PMP']);
    const clubs = Object.fromEntries(contacts.map((c) => [c.id, 'clubs' as CircleId]));
    expect(findGroups({ mailbox, suggestions: placed(contacts, clubs) }).named).toEqual([]);
  });

  it('makes no group of two, and leaves contacts without a circle out', () => {
    const contacts = [
      person('t1', 'Ana', { personalNotes: 'Certification ITIL, session de mars' }),
      person('t2', 'Bob', { personalNotes: 'Certification ITIL' }),
      person('t3', 'Cyd', { personalNotes: 'Certification ITIL' }),
    ];
    const mailbox: Mailbox = { owner, contacts, events: [], messages: [] };
    const { named } = findGroups({ mailbox, suggestions: placed(contacts, { t1: 'training', t2: 'training' }) });
    expect(named).toEqual([]);
  });
});

describe('groups of people who meet together', () => {
  // Two teams who meet among themselves every month, and one meeting across them.
  const team = (prefix: string) => ['1', '2', '3', '4', '5'].map((n) => `${prefix}${n}`);
  const red = team('r');
  const blue = team('b');
  const contacts = [
    ...red.map((id, i) => person(id, `Rouge ${i}`, i < 4 ? { companyName: 'Atelier Dubois' } : {})),
    ...blue.map((id, i) => person(id, `Bleu ${i}`)),
    ...['n1', 'n2', 'n3', 'n4', 'n5', 'n6'].map((id) => person(id, `Seul ${id}`)),
  ];
  const months = ['01', '02', '03', '04', '05', '06'];
  const events = [
    ...months.map((m) => meeting(`red-${m}`, red, `2026-${m}-10T10:00:00Z`)),
    ...months.map((m) => meeting(`blue-${m}`, blue.slice(0, 4), `2026-${m}-12T10:00:00Z`)),
    ...months.map((m) => meeting(`blue-b-${m}`, ['b1', 'b5'], `2026-${m}-13T10:00:00Z`)),
    meeting('across', ['r1', 'b1']),
  ];
  const mailbox: Mailbox = { owner, contacts, events, messages: [] };

  it('finds each team as one group, named by what its members share or by its most central person', () => {
    const { shown } = findGroups({ mailbox, suggestions: placed(contacts, {}) });
    const sets = shown.map((g) => [...g.members].sort());
    expect(sets).toContainEqual([...red].sort());
    expect(sets).toContainEqual([...blue].sort());
    const redGroup = shown.find((g) => g.members.includes('r1'))!;
    const blueGroup = shown.find((g) => g.members.includes('b2'))!;
    expect(redGroup.circle).toBeNull();
    expect(label(redGroup, contacts)).toBe('Atelier Dubois');
    expect(label(blueGroup, contacts, 'en')).toBe('Around Bleu 0');
  });

  it('gives the same groups whatever the order of the contacts', () => {
    const a = findGroups({ mailbox, suggestions: placed(contacts, {}) }).shown.map((g) => [...g.members].sort());
    const reversed = { ...mailbox, contacts: [...contacts].reverse() };
    const b = findGroups({ mailbox: reversed, suggestions: placed(contacts, {}) }).shown.map((g) =>
      [...g.members].sort(),
    );
    expect(new Set(b.map((m) => m.join()))).toEqual(new Set(a.map((m) => m.join())));
  });

  it('weighs a meeting two years older than the latest signal half as much', () => {
    const m: Mailbox = {
      owner,
      contacts: [person('a', 'A'), person('b', 'B'), person('c', 'C')],
      events: [meeting('new', ['a', 'b'], '2026-06-01T00:00:00Z'), meeting('old', ['a', 'c'], '2024-06-01T00:00:00Z')],
      messages: [],
    };
    const g = meetingGraph(m);
    expect(tie(g, 'a', 'b')).toBeCloseTo(1);
    expect(tie(g, 'a', 'c')).toBeCloseTo(0.5, 2);
    expect(tie(g, 'b', 'c')).toBe(0);
  });

  it('puts a person in a group too when a quarter of their meeting weight is with its members', () => {
    const m: Mailbox = {
      owner,
      contacts: ['a', 'b', 'c', 'x', 'y'].map((id) => person(id, id.toUpperCase())),
      events: [
        ...[1, 2, 3].map((i) => meeting(`team${i}`, ['a', 'b', 'c'])),
        meeting('xa', ['x', 'a']),
        meeting('xy1', ['x', 'y']),
        meeting('xy2', ['x', 'y']),
      ],
      messages: [],
    };
    const g = meetingGraph(m);
    const team = new Set(['a', 'b', 'c']);
    // x spends a third of its weight with the team (one meeting with a, two with y); y none.
    expect([...grown(g, team, 0.25)].sort()).toEqual(['a', 'b', 'c', 'x']);
    expect([...grown(g, team, 0.4)].sort()).toEqual(['a', 'b', 'c']);
    expect([...grown(g, team, 0)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('links the people of a message, not the owner, and ignores broadcasts', () => {
    const many = Array.from({ length: 60 }, (_, i) => person(`p${i}`, `P${i}`));
    const m: Mailbox = {
      owner,
      contacts: [person('a', 'A'), person('b', 'B'), ...many],
      events: [],
      messages: [
        {
          id: 'newsletter',
          subject: 'Newsletter',
          sentDateTime: '2026-06-01T00:00:00Z',
          from: { address: owner.mail },
          toRecipients: many.map((p) => ({ address: p.emailAddresses[0]!.address })),
          ccRecipients: [],
        },
        {
          id: 'm1',
          subject: 'Devis',
          sentDateTime: '2026-06-01T00:00:00Z',
          from: { address: owner.mail },
          toRecipients: [{ address: 'a@mail.example' }],
          ccRecipients: [{ address: 'B@Mail.Example' }],
        },
      ],
    };
    const g = meetingGraph(m);
    expect(g.edges.source.length).toBe(1);
    expect(tie(g, 'a', 'b')).toBeGreaterThan(0);
  });
});

describe('counts in labels', () => {
  it.each([
    [1, 'fr', '1 personne'],
    [2, 'fr', '2 personnes'],
    [1, 'en', '1 person'],
    [1200, 'en', '1,200 people'],
  ] as const)('writes %d in %s as "%s"', (n, lang, text) => {
    expect(peopleCount(n, lang)).toBe(text);
  });
});

describe('sub-circles as Outlook categories', () => {
  const contacts = [person('a', 'Ann Lee'), person('b', 'Bo Kim'), person('c', 'Cy Ray'), person('d', 'Di Fox')];
  const origin: Group = {
    id: 'o',
    circle: 'former-colleagues',
    members: ['a', 'b', 'c'],
    basis: { kind: 'origin', origin: 'employer', name: 'Capgemini' },
  };
  const community: Group = {
    id: 'k',
    circle: 'colleagues',
    members: ['a', 'b', 'c'],
    basis: { kind: 'community', centre: 'a', central: ['a', 'b', 'c'], resolution: 1, cohesion: 0.9 },
  };
  it.each([
    ['a named sub-circle', 'fr', 'Anciens collègues · Capgemini', origin],
    ['a named sub-circle', 'en', 'Former colleagues · Capgemini', origin],
    ['a community in one circle', 'fr', 'Collègues · autour d’Ann Lee', community],
    ['a community across circles', 'en', 'Around Ann Lee', { ...community, circle: null }],
  ] as const)('names %s in %s "%s", without its count', (_what, lang, name, g) => {
    expect(groupNames([g], lang, defaultTaxonomy, names(contacts)).get(g.id)).toBe(name);
  });

  // Nested communities share what names them: the map showed three "Formation PMP" groups, and writing the
  // small one's category added its people to the large one's.
  const nested = (id: string, members: string[], central: string[], shared?: string): Group => ({
    id,
    circle: 'colleagues',
    members,
    basis: {
      kind: 'community',
      ...(shared ? { shared: { field: 'origin' as const, value: shared } } : {}),
      centre: central[0]!,
      central,
      resolution: members.length,
      cohesion: 0.8,
    },
  });
  const unique = (groups: readonly Group[], lang: 'fr' | 'en') => {
    const all = groupNames(groups, lang, defaultTaxonomy, names(contacts));
    return groups.map((g) => all.get(g.id)!);
  };

  it('tells apart communities named by the same shared value: the largest keeps the name, the others add their centre', () => {
    const groups = [
      nested('small', ['b', 'c', 'd'], ['b', 'c', 'd'], 'Formation PMP'),
      nested('large', ['a', 'b', 'c', 'd'], ['a', 'b', 'c'], 'Formation PMP'),
      nested('middle', ['a', 'b', 'c'], ['a', 'c', 'b'], 'Formation PMP'),
    ];
    expect(unique(groups, 'fr')).toEqual([
      'Formation PMP · autour de Bo Kim',
      'Formation PMP',
      'Formation PMP · autour d’Ann Lee',
    ]);
  });

  it('tells apart communities around the same person by the next most central people', () => {
    const groups = [
      nested('outer', ['a', 'b', 'c', 'd'], ['a', 'b', 'c']),
      nested('inner', ['a', 'c', 'd'], ['a', 'c', 'd']),
    ];
    expect(unique(groups, 'fr')).toEqual(['Collègues · autour d’Ann Lee', 'Collègues · autour d’Ann Lee et Cy Ray']);
    expect(unique(groups, 'en')).toEqual(['Colleagues · around Ann Lee', 'Colleagues · around Ann Lee and Cy Ray']);
  });

  it('numbers what nothing else tells apart, case and accents aside, and a named sub-circle keeps its name', () => {
    const twin = (id: string, name: string): Group => ({
      ...origin,
      id,
      basis: { ...origin.basis, name } as Group['basis'],
    });
    const groups = [
      nested('k1', ['a', 'b', 'c'], ['a'], 'Capgemini'),
      twin('o1', 'Capgemini'),
      twin('o2', 'CAPGEMINI'),
      twin('o3', 'Capgémini'),
      nested('k2', ['a', 'b', 'd'], ['a'], 'Former colleagues · Capgemini'),
    ];
    const got = unique(groups, 'en');
    expect(got).toEqual([
      'Capgemini',
      'Former colleagues · Capgemini',
      'Former colleagues · CAPGEMINI (2)',
      'Former colleagues · Capgémini (3)',
      'Former colleagues · Capgemini · around Ann Lee',
    ]);
    expect(new Set(got.map((n) => n.toLowerCase())).size).toBe(groups.length);
  });
});
