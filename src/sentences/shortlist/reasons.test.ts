import { reasonKinds, type ReasonKind, type ShortlistReason } from '../../core/ambitions';
import { defaultTaxonomy } from '../../core/circles';
import { frenchSpacing } from '../../core/text/typography';
import type { Language } from '../../core/model';
import { addStrings, translate, type Translate } from '../translate';
import { describeShortlistReason, howLongAgo } from './reasons';
import { shortlist } from './strings';

addStrings([shortlist]);

/** One reason of every kind, with values as the ranking hands them over (read from real-looking cards). */
const samples: Record<ReasonKind, ShortlistReason> = {
  'named-company': { kind: 'named-company', company: 'Airbus', weight: 1 },
  'typed-sector': { kind: 'typed-sector', word: 'drones', weight: 0.8 },
  'company-sector': { kind: 'company-sector', sector: 'renewables', found: 'Valorem', weight: 1 },
  'company-term': { kind: 'company-term', sector: 'renewables', found: 'GreenWind Partners', weight: 0.95 },
  'domain-term': { kind: 'domain-term', sector: 'fintech', found: 'payflow.io', weight: 0.7 },
  'title-term': { kind: 'title-term', sector: 'renewables', found: 'Chef de projet éolien', weight: 0.7 },
  'department-term': { kind: 'department-term', sector: 'insurance', found: 'Assurance vie', weight: 0.5 },
  'notes-term': { kind: 'notes-term', sector: 'aerospace-defence', found: 'satellites', weight: 0.2 },
  'goal-sector': { kind: 'goal-sector', sector: 'venture-capital', goal: 'fundraising', found: 'Eurazeo', weight: 1 },
  'address-country': { kind: 'address-country', country: 'DE', found: 'Berlin', weight: 0.7 },
  'phone-prefix': { kind: 'phone-prefix', country: 'JP', found: '+81 3 1234 5678', weight: 0.5 },
  'country-domain': { kind: 'country-domain', country: 'ES', found: 'bbva.es', weight: 0.6 },
  'company-hq': { kind: 'company-hq', country: 'GB', found: 'Octopus Energy', weight: 1 },
  'title-country': {
    kind: 'title-country',
    country: 'DE',
    found: 'Chargé d’affaires export Allemagne',
    weight: 0.5,
  },
  'near-country': { kind: 'near-country', country: 'AT', wanted: 'DE', found: '+43 1 234 5678', weight: 0.3 },
  executive: { kind: 'executive', title: 'Directrice générale', weight: 1 },
  director: { kind: 'director', title: 'Head of Operations', weight: 0.9 },
  manager: { kind: 'manager', title: 'Responsable achats', weight: 0.7 },
  buyer: { kind: 'buyer', title: 'Responsable achats', weight: 1 },
  partnerships: { kind: 'partnerships', title: 'Partnerships Manager', weight: 0.7 },
  recruiter: { kind: 'recruiter', title: 'Talent Acquisition Lead', weight: 1 },
  investor: { kind: 'investor', title: 'Investment Manager', weight: 1 },
  'wanted-role': { kind: 'wanted-role', role: 'finance', title: 'CFO', weight: 1 },
  'near-role': {
    kind: 'near-role',
    role: 'recruiter',
    wanted: 'hr',
    title: 'Talent Acquisition Partner',
    weight: 0.85,
  },
  tie: { kind: 'tie', received: 3, sent: 1, shared: 2, events: 1, daysSince: 40, weight: 0.6 },
  circle: { kind: 'circle', circle: 'former-colleagues', weight: 1.05 },
};

const render = (r: ShortlistReason, language: Language): string =>
  describeShortlistReason(r, (k, p) => translate(language, k, p), language, defaultTaxonomy);

// Words that give away a sentence (or a label) left in the other language.
const foreign: Record<Language, RegExp> = {
  fr: /(?<!\p{L})(the|their|your|is|in|at|and|of|with|company|sector|address|phone|received|sent|meetings?|days?|ago|last|circle|renewable|energy|former|colleagues)(?!\p{L})/iu,
  en: /(?<!\p{L})(le|la|les|son|sa|ses|vos|votre|dans|est|du|des|entreprise|secteur|adresse|reçus?|envoyés?|jours|dernier|cercle|énergies|anciens|collègues)(?!\p{L})/iu,
};
// Ids and codes that must never reach a reader.
const codes =
  /shortlist\.|\{\w+\}|\b(renewables|fintech|venture-capital|aerospace-defence|insurance|former-colleagues|fundraising|finance|[A-Z]{2})\b|undefined|null|NaN/;
const emptySlot = /\(\s*\)|«\s*»|“\s*”|:\s*[.,]|\s[.,]|,\s*,|^\s|\s$|\s{2}/;

describe('shortlist reasons in words', () => {
  test('the samples cover every kind', () => {
    expect(Object.keys(samples).sort()).toEqual([...reasonKinds].sort());
  });

  describe.each(['fr', 'en'] as const)('in %s', (language) => {
    test.each(reasonKinds.map((k) => [k]))('%s reads as a full sentence with its values', (kind) => {
      const text = render(samples[kind], language);
      expect(text).toMatch(/^\p{Lu}.*[.]$/u);
      expect(text).not.toMatch(emptySlot);
      // The other language's words, except inside quoted card values (a title may be in any language).
      const outsideQuotes = text
        .replace(/«[^»]*»|“[^”]*”|\([^)]*\)/g, '')
        .replace(/\b(Valorem|GreenWind Partners|Airbus|Eurazeo|Octopus Energy)\b/g, '');
      expect(outsideQuotes).not.toMatch(foreign[language]);
      expect(text.replace(/«[^»]*»|“[^”]*”|\([^)]*\)/g, '')).not.toMatch(codes);
    });
  });

  test.each(['fr', 'en'] as const)('a company aimed for and found only in an address says so, in %s', (language) => {
    const r: ShortlistReason = {
      kind: 'named-company',
      company: 'Nordsea Logistics',
      domain: 'nordsea-logistics.co.uk',
      weight: 0.9,
    };
    expect(render(r, language)).toBe(
      language === 'fr'
        ? frenchSpacing(
            'Son adresse est chez Nordsea Logistics (nordsea-logistics.co.uk), une entreprise que vous visez.',
          )
        : 'Their address is at Nordsea Logistics (nordsea-logistics.co.uk), a company you are aiming for.',
    );
  });

  test.each([
    ['fr', 'company-sector', frenchSpacing('Son entreprise, Valorem, relève du secteur « Énergies renouvelables ».')],
    ['en', 'company-sector', 'Their company, Valorem, is in “Renewable energy”.'],
    ['fr', 'address-country', frenchSpacing('Pays de son adresse : Allemagne (Berlin).')],
    ['en', 'goal-sector', 'Their sector, “Venture capital & private equity” (Eurazeo), serves your goal: raise funds.'],
    [
      'fr',
      'tie',
      frenchSpacing(
        'Vous échangez : 3 messages reçus, 1 envoyé, 2 fils en commun, 1 rendez-vous, dernier échange il y a 40 jours.',
      ),
    ],
    [
      'en',
      'tie',
      'You are in touch: 3 messages received, 1 sent, 2 shared threads, 1 meeting, last exchange 40 days ago.',
    ],
    ['fr', 'circle', frenchSpacing('Cercle suggéré : « Anciens collègues ».')],
    ['en', 'circle', 'Suggested circle: “Former colleagues”.'],
  ] as const)('in %s, %s reads %j', (language, kind, expected) => {
    // French sentences carry no-break spaces before : ; ! ? and inside « » (see typography.ts).
    expect(render(samples[kind], language)).toBe(language === 'fr' ? frenchSpacing(expected) : expected);
  });

  test.each([
    ['fr', frenchSpacing('Dans votre cercle « Anciens collègues ».')],
    ['en', 'In your “Former colleagues” circle.'],
  ] as const)('in %s, a circle Outlook already has the contact in reads %j', (language, expected) => {
    const t: Translate = (key, params) => translate(language, key, params);
    expect(describeShortlistReason(samples.circle, t, language, defaultTaxonomy, { placed: true })).toBe(
      language === 'fr' ? frenchSpacing(expected) : expected,
    );
  });

  test('received mail is never counted as sent', () => {
    const text = render({ kind: 'tie', received: 5, sent: 0, shared: 0, events: 0, daysSince: 3, weight: 0.5 }, 'en');
    expect(text).toBe('You are in touch: 5 messages received, last exchange 3 days ago.');
  });

  test.each([
    ['en', 'You are in touch: 2 messages sent, 1 meeting, last exchange today.'],
    ['fr', frenchSpacing('Vous échangez : 2 messages envoyés, 1 rendez-vous, dernier échange aujourd’hui.')],
  ] as const)('sent mail alone names its noun in %s', (language, expected) => {
    const tie = { kind: 'tie', received: 0, sent: 2, shared: 0, events: 1, daysSince: 0, weight: 0.4 } as const;
    expect(render(tie, language)).toBe(expected);
  });

  test.each([
    [1, 'fr', 'hier'],
    [45, 'en', '45 days ago'],
    [200, 'fr', 'il y a 7 mois'],
    [1000, 'en', '3 years ago'],
  ] as const)('%i days ago reads in %s as %j', (days, language, expected) => {
    expect(howLongAgo(days, language)).toBe(expected);
  });
});
