import fc from 'fast-check';
import type { CircleId } from '../../src/core/circles/types';
import { interpretAmbition, rankShortlist, understoodNothing } from '../../src/core/ambitions/index';
import type { Mailbox } from '../../src/core/model';
import { MailboxBuilder } from './builder';

const ids = (m: Mailbox, text: string, circles?: ReadonlyMap<string, CircleId | null>): string[] =>
  rankShortlist({ mailbox: m, interpretation: interpretAmbition(text), ...(circles ? { circles } : {}) }).contacts.map(
    (c) => c.contactId,
  );

describe('rankShortlist', () => {
  it('names a company the dataset does not know as the user wrote it, and says when only an address names it (review2 #35)', () => {
    const m = new MailboxBuilder()
      .contact('a-manager-elsewhere', {
        companyName: 'Menuiserie Kerloc',
        jobTitle: 'Gérant',
        email: 'a@nordsea-logistics.co.uk',
      })
      .contact('b-cto-nordsea', {
        companyName: 'Nordsea Logistics',
        jobTitle: 'Directeur technique',
        email: 'b@hotel-les-genets.fr',
      })
      .build();
    const list = rankShortlist({
      mailbox: m,
      interpretation: { ...interpretAmbition('Trouver des partenaires'), companies: ['Nordsea Logistics'] },
    });
    expect(list.contacts.map((c) => [c.contactId, c.reasons.find((r) => r.kind === 'named-company')])).toEqual([
      ['b-cto-nordsea', { kind: 'named-company', company: 'Nordsea Logistics', weight: 1 }],
      [
        'a-manager-elsewhere',
        { kind: 'named-company', company: 'Nordsea Logistics', domain: 'nordsea-logistics.co.uk', weight: 0.6 },
      ],
    ]);
  });

  it('puts decision makers at Japanese companies first for a first client in Japan', () => {
    const m = new MailboxBuilder()
      .contact('a-buyer-sony', { companyName: 'Sony', jobTitle: 'Head of Procurement', email: 'a@sony.co.jp' })
      .contact('b-ceo-hitachi', { companyName: 'HITACHI', jobTitle: 'PDG', email: 'b@hitachi.co.jp' })
      .contact('c-engineer-toyota', {
        companyName: 'Toyota Motor',
        jobTitle: 'Software Engineer',
        email: 'c@toyota.co.jp',
      })
      .contact('d-friend-carrefour', {
        companyName: 'Carrefour',
        jobTitle: 'Directeur des achats',
        email: 'd@carrefour.com',
      })
      .contact('e-business-france', {
        companyName: 'Business France',
        jobTitle: 'Chargée de mission',
        email: 'e@businessfrance.fr',
      })
      .contact('f-phone-only', { businessPhones: ['+81 3 1234 5678'] })
      .exchange('c-engineer-toyota', 12, 10)
      .exchange('d-friend-carrefour', 20, 20)
      .build();
    expect(ids(m, 'Win a first client in Japan')).toEqual([
      // a and b: a Japanese company and the power to buy or decide; equal relevance, no tie, so by id.
      'a-buyer-sony',
      'b-ceo-hitachi',
      // c: a Japanese company but no buying power; a strong tie does not lift c above the deciders.
      'c-engineer-toyota',
      // f: only a Japanese phone number says Japan, and nothing about the company.
      'f-phone-only',
      // e: the export agency can help from France, a weaker door than anyone in Japan.
      'e-business-france',
      // d (Carrefour, France) is left out whatever the tie: nothing links them to Japan.
    ]);
  });

  it('ranks people already in the wanted role and sector first for a job ambition', () => {
    const m = new MailboxBuilder()
      .contact('cfo-michelin', { companyName: 'Michelin', jobTitle: 'Directrice financière', email: 'x@michelin.com' })
      .contact('controller-unknown-industrial', {
        companyName: "Forges de l'Est Industries",
        jobTitle: 'Contrôleur de gestion',
      })
      .contact('engineer-safran', { companyName: 'Safran', jobTitle: 'Ingénieur méthodes', email: 'y@safrangroup.com' })
      .contact('accountant-bank', { companyName: 'BNP Paribas', jobTitle: 'Comptable', email: 'z@bnpparibas.com' })
      .contact('designer-agency', { companyName: 'Atelier Graphique', jobTitle: 'Designer' })
      .build();
    expect(ids(m, "Devenir directeur financier dans l'industrie")).toEqual([
      // In finance at a known industrial group: both halves of the ambition.
      'cfo-michelin',
      // In finance at a company whose name says "industries" (not in the dataset): slightly less sure.
      'controller-unknown-industrial',
      // One half each: industry but engineering; then finance in a bank, but an accountant where a
      // director is wanted (a junior holder of the function counts less for a senior post).
      'engineer-safran',
      'accountant-bank',
      // The designer has neither and is left out.
    ]);
  });

  it('prefers a former colleague to an online acquaintance in the same place, and a recruiter to both', () => {
    const m = new MailboxBuilder()
      .contact('pm-online', { companyName: 'Qonto', jobTitle: 'Product manager', email: 'p1@qonto.com' })
      .contact('pm-former', { companyName: 'Qonto', jobTitle: 'Product manager', email: 'p2@qonto.com' })
      .contact('recruiter-revolut', {
        companyName: 'Revolut',
        jobTitle: 'Talent Acquisition Partner',
        email: 'r@revolut.com',
      })
      .build();
    const circles = new Map<string, CircleId | null>([
      ['pm-online', 'online'],
      ['pm-former', 'former-colleagues'],
      ['recruiter-revolut', null],
    ]);
    // The recruiter opens the hiring process; between equals, a former colleague gives a warmer introduction.
    expect(ids(m, 'Join a fintech start-up', circles)).toEqual(['recruiter-revolut', 'pm-former', 'pm-online']);
  });

  it('lets tie strength order people of equal relevance', () => {
    const m = new MailboxBuilder()
      .contact('a-quiet', { companyName: 'Neoen', jobTitle: 'Chef de projet', email: 'a@neoen.com' })
      .contact('b-close', { companyName: 'Neoen', jobTitle: 'Chef de projet', email: 'b@neoen.com' })
      .contact('c-met', { companyName: 'Neoen', jobTitle: 'Chef de projet', email: 'c@neoen.com' })
      .exchange('b-close', 6, 6, '2026-09-30T10:00:00Z')
      .meeting(['c-met'], '2024-01-10T10:00:00Z')
      .build();
    // b writes both ways and recently; c was met once two years earlier; a never.
    expect(ids(m, 'Move into renewable energy')).toEqual(['b-close', 'c-met', 'a-quiet']);
  });

  it('to hire a CTO, ranks senior engineers, then recruiters, then engineers, then HR elsewhere', () => {
    const m = new MailboxBuilder()
      .contact('cto-elsewhere', { companyName: 'Doctolib', jobTitle: 'CTO' })
      .contact('headhunter', { companyName: 'Hays', jobTitle: 'Consultante en recrutement IT, chasseuse de têtes' })
      .contact('engineer', { companyName: 'Criteo', jobTitle: 'Ingénieur logiciel' })
      .contact('hr-elsewhere', { companyName: 'Michelin', jobTitle: 'Responsable RH' })
      .contact('baker', { companyName: 'Boulangerie Martin', jobTitle: 'Boulanger' })
      .build();
    expect(ids(m, 'Recruter un CTO')).toEqual(['cto-elsewhere', 'headhunter', 'engineer', 'hr-elsewhere']);
  });

  it('explains each entry with typed evidence: the kind, the values found and what they were read as', () => {
    const m = new MailboxBuilder()
      .contact('x', { companyName: 'Eurazeo', jobTitle: 'Investment Manager', email: 'x@eurazeo.com' })
      .build();
    const [entry] = rankShortlist({
      mailbox: m,
      interpretation: interpretAmbition('Lever des fonds pour ma startup'),
    }).contacts;
    expect(entry?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'goal-sector',
          sector: 'venture-capital',
          goal: 'fundraising',
          found: 'Eurazeo',
        }),
        { kind: 'investor', title: 'Investment Manager', weight: 1 },
      ]),
    );
  });

  it('counts received and sent mail apart in the tie evidence', () => {
    const m = new MailboxBuilder()
      .contact('x', { companyName: 'Eurazeo', jobTitle: 'Investment Manager', email: 'x@eurazeo.com' })
      .exchange('x', 3, 1, '2026-09-30T10:00:00Z')
      .build();
    const [entry] = rankShortlist({
      mailbox: m,
      interpretation: interpretAmbition('Lever des fonds pour ma startup'),
    }).contacts;
    expect(entry?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'tie', received: 3, sent: 1, shared: 0, events: 0, daysSince: 0 }),
    );
  });

  it('summarises circles with the best at 1 and leaves contacts without a circle out of the summary', () => {
    const m = new MailboxBuilder()
      .contact('a', { companyName: 'Bpifrance', jobTitle: 'Directeur de participations' })
      .contact('b', { companyName: 'Partech', jobTitle: 'Analyst' })
      .contact('c', { companyName: 'Index Ventures', jobTitle: 'Partner' })
      .build();
    const circles = new Map<string, CircleId | null>([
      ['a', 'clubs'],
      ['b', 'online'],
      ['c', null],
    ]);
    const list = rankShortlist({ mailbox: m, interpretation: interpretAmbition('Raise a seed round'), circles });
    expect(list.circles.map((c) => c.circle)).toEqual(['clubs', 'online']);
    expect(list.circles[0]?.score).toBe(1);
    expect(list.circles[1]!.score).toBeGreaterThan(0);
    expect(list.circles[1]!.score).toBeLessThan(1);
  });

  it('finds a company or a sector the user typed that the knowledge does not hold, by its words', () => {
    const m = new MailboxBuilder()
      .contact('drone-maker', { companyName: 'Skyward Drones', jobTitle: 'CEO' })
      .contact('drone-pilot', { companyName: 'Agence Martin', jobTitle: 'Drone pilot' })
      .contact('acme', { companyName: 'Acme Robotique', jobTitle: 'Acheteur' })
      .contact('other', { companyName: 'Boulangerie Martin', jobTitle: 'CEO' })
      .build();
    const base = interpretAmbition('Trouver un premier client');
    const rank = (sectors: string[], companies: string[]): string[] =>
      rankShortlist({ mailbox: m, interpretation: { ...base, sectors, companies } }).contacts.map((c) => c.contactId);
    // The user edited the chips: a free-text sector "drone" and an unknown company "Acme Robotique".
    expect(rank(['drone'], [])).toEqual(['drone-maker', 'drone-pilot']);
    expect(rank([], ['Acme Robotique'])).toEqual(['acme']);
  });

  it('ranks nobody when nothing at all was read in the ambition, yet still ranks a goal alone', () => {
    const m = new MailboxBuilder()
      .contact('a-ceo', { companyName: 'Groupe Vantier', jobTitle: 'Gérant', email: 'a@vantier.fr' })
      .contact('b-director', { companyName: 'Airbus', jobTitle: 'Directrice générale', email: 'b@airbus.com' })
      .exchange('a-ceo', 5, 5)
      .build();
    // Before, "azerty" listed the two deciders as fitting it, at 100 %.
    for (const text of ['azerty', 'asdf qwerty', '   ']) {
      const list = rankShortlist({ mailbox: m, interpretation: interpretAmbition(text) });
      expect(understoodNothing(list.interpretation)).toBe(true);
      expect(list.contacts).toEqual([]);
      expect(list.circles).toEqual([]);
    }
    // A goal is something understood: "find a mentor" asks for senior people, whatever the sector.
    const mentor = interpretAmbition('Trouver un mentor');
    expect(understoodNothing(mentor)).toBe(false);
    expect(rankShortlist({ mailbox: m, interpretation: mentor }).contacts.length).toBeGreaterThan(0);
  });

  it('honours the limit and leaves out contacts with no relevance', () => {
    const b = new MailboxBuilder();
    for (let i = 0; i < 30; i++) b.contact(`n${String(i).padStart(2, '0')}`, { companyName: 'Neoen' });
    b.contact('baker', { companyName: 'Boulangerie Martin' });
    const list = rankShortlist({
      mailbox: b.build(),
      interpretation: interpretAmbition('Move into renewable energy'),
      limit: 5,
    });
    expect(list.contacts.map((c) => c.contactId)).toEqual(['n00', 'n01', 'n02', 'n03', 'n04']);
    const all = rankShortlist({
      mailbox: b.build(),
      interpretation: interpretAmbition('Move into renewable energy'),
      limit: 100,
    });
    expect(all.contacts.some((c) => c.contactId === 'baker')).toBe(false);
  });

  it('ignores the order of contacts, messages and events, and sorts best first within 0..1', () => {
    const companies = ['Neoen', 'Qonto', 'Sony', 'Michelin', 'Eurazeo', 'Carrefour', 'GreenWind Partners', ''];
    const titles = ['CEO', 'Acheteuse', 'Comptable', 'Recruiter', 'Head of Partnerships', '', 'Investment Manager'];
    const ambitions = [
      'Win a first client in Japan',
      'Rejoindre une fintech',
      'Become a CFO in manufacturing',
      'Lever des fonds',
      'Me lancer dans les énergies renouvelables',
    ];
    const contact = fc.record({
      company: fc.constantFrom(...companies),
      title: fc.constantFrom(...titles),
      received: fc.nat(4),
      sent: fc.nat(4),
      day: fc.integer({ min: 1, max: 28 }),
    });
    const world = fc.record({
      people: fc.array(contact, { minLength: 1, maxLength: 25 }),
      ambition: fc.constantFrom(...ambitions),
    });
    fc.assert(
      fc.property(world, fc.func(fc.integer()), ({ people, ambition }, order) => {
        const b = new MailboxBuilder();
        people.forEach((p, i) => {
          const id = `c${i}`;
          b.contact(id, { companyName: p.company, jobTitle: p.title, email: `${id}@mail.test` });
          b.exchange(id, p.received, p.sent, `2026-09-${String(p.day).padStart(2, '0')}T08:00:00Z`);
          if (p.sent > 2) b.meeting([id], `2026-08-${String(p.day).padStart(2, '0')}T08:00:00Z`);
        });
        const m = b.build();
        // Any permutation, chosen by a random function of each item's position.
        const shuffle = <T>(xs: readonly T[]): T[] =>
          xs
            .map((x, i) => [order(i), i, x] as const)
            .sort((a, b) => a[0] - b[0] || a[1] - b[1])
            .map(([, , x]) => x);
        const shuffled: Mailbox = {
          ...m,
          contacts: shuffle(m.contacts),
          messages: shuffle(m.messages),
          events: shuffle(m.events),
        };
        const interpretation = interpretAmbition(ambition);
        const ranked = rankShortlist({ mailbox: m, interpretation, limit: 100 });
        expect(rankShortlist({ mailbox: shuffled, interpretation, limit: 100 })).toEqual(ranked);
        // Best first, ties by id, every score within 0..1.
        ranked.contacts.forEach((c, i) => {
          expect(c.score).toBeGreaterThan(0);
          expect(c.score).toBeLessThanOrEqual(1);
          const next = ranked.contacts[i + 1];
          if (next) expect(c.score > next.score || (c.score === next.score && c.contactId < next.contactId)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  }, 600_000);
});
