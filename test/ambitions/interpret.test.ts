import { interpretAmbition } from '../../src/core/ambitions/index';

type Expected = {
  language: 'fr' | 'en';
  sectors?: string[];
  offer?: string[];
  countries?: string[];
  regions?: string[];
  roles?: string[];
  companies?: string[];
  goals: string[];
};

// Each row: an ambition as a user would type it, and the chips the engine should offer.
const table: [string, Expected][] = [
  ['Me lancer dans les énergies renouvelables', { language: 'fr', sectors: ['renewables'], goals: ['enter-sector'] }],
  ['Move into renewable energy', { language: 'en', sectors: ['renewables'], goals: ['enter-sector'] }],
  ['Trouver un premier client au Japon', { language: 'fr', countries: ['JP'], goals: ['first-client'] }],
  ['Win a first client in Japan', { language: 'en', countries: ['JP'], goals: ['first-client'] }],
  ['Rejoindre une fintech', { language: 'fr', sectors: ['fintech'], goals: ['job'] }],
  ['Join a fintech start-up', { language: 'en', sectors: ['fintech'], goals: ['job'] }],
  // A round reaches investors: they are the people sought.
  ['Lever des fonds pour ma startup', { language: 'fr', roles: ['investor'], goals: ['fundraising'] }],
  ['Raise a seed round for my start-up', { language: 'en', roles: ['investor'], goals: ['fundraising'] }],
  [
    "Devenir directeur financier dans l'industrie",
    { language: 'fr', sectors: ['manufacturing'], roles: ['executive', 'finance'], goals: ['job'] },
  ],
  // A director or C-level title adds the executive role: the ranking reads it as seniority.
  [
    'Become a CFO in manufacturing',
    { language: 'en', sectors: ['manufacturing'], roles: ['executive', 'finance'], goals: ['job'] },
  ],
  // Working in a sector is a job and entering the sector.
  ['Travailler dans le luxe', { language: 'fr', sectors: ['luxury'], goals: ['job', 'enter-sector'] }],
  ['Find a first client in Germany', { language: 'en', countries: ['DE'], goals: ['first-client'] }],
  [
    'Devenir directeur marketing dans la grande distribution',
    { language: 'fr', sectors: ['retail'], roles: ['executive', 'marketing'], goals: ['job'] },
  ],
  ["Me reconvertir dans l'aéronautique", { language: 'fr', sectors: ['aerospace-defence'], goals: ['enter-sector'] }],
  ['Trouver des partenaires de distribution en Asie', { language: 'fr', regions: ['asia'], goals: ['partners'] }],
  // A named company says its sector.
  ['Get a job at Airbus', { language: 'en', sectors: ['aerospace-defence'], companies: ['airbus'], goals: ['job'] }],
  [
    'Become a lawyer at a London law firm',
    { language: 'en', sectors: ['law'], countries: ['GB'], roles: ['legal'], goals: ['job'] },
  ],
  ["Entrer dans l'industrie pharmaceutique", { language: 'fr', sectors: ['pharma-health'], goals: ['enter-sector'] }],
  [
    'Sell to car makers in the United States',
    { language: 'en', sectors: ['automotive'], countries: ['US'], goals: ['first-client'] },
  ],
  ['Rencontrer des business angels', { language: 'fr', roles: ['investor'], goals: ['fundraising'] }],
  // "Hospitality" is hotels and restaurants, not a hospital (review3 N20).
  ['Find clients in hospitality', { language: 'en', sectors: ['hospitality-tourism'], goals: ['first-client'] }],
  [
    'Sell to hospitals in Germany',
    { language: 'en', sectors: ['pharma-health'], countries: ['DE'], goals: ['first-client'] },
  ],
];

describe('interpretAmbition', () => {
  it.each(table)('reads "%s"', (text, expected) => {
    const got = interpretAmbition(text);
    expect(got).toEqual({
      text,
      language: expected.language,
      sectors: expected.sectors ?? [],
      offer: expected.offer ?? [],
      countries: expected.countries ?? [],
      regions: expected.regions ?? [],
      roles: expected.roles ?? [],
      companies: expected.companies ?? [],
      goals: expected.goals,
    });
  });

  it('does not read "j\'ai" as artificial intelligence', () => {
    expect(interpretAmbition("J'ai envie de travailler dans la banque").sectors).toEqual(['banking']);
  });

  it('keeps a common word that is also a company name as a word unless it is capitalised', () => {
    expect(interpretAmbition('Get a total change of career in retail').companies).toEqual([]);
    expect(interpretAmbition('Work at Orange').companies).toEqual(['orange']);
  });

  it('reads a city after a place preposition as a place, not as the company of the same name', () => {
    expect(interpretAmbition('Become a data scientist at an insurer in Zurich').companies).toEqual([]);
    expect(interpretAmbition('Become a data scientist in Zurich').countries).toEqual(['CH']);
  });

  it('reads French demonyms in any agreement', () => {
    expect(interpretAmbition('Vendre aux banques japonaises').countries).toEqual(['JP']);
    expect(interpretAmbition('Travailler pour des entreprises allemandes').countries).toEqual(['DE']);
  });

  it('reads "US" as the United States only in capitals', () => {
    expect(interpretAmbition('Win a first client in the US').countries).toEqual(['US']);
    expect(interpretAmbition('Find investors to help us grow').countries).toEqual([]);
  });

  it('gives empty lists for an empty or unintelligible text', () => {
    for (const text of ['', '   ', '???', 'zzzz qqqq']) {
      const got = interpretAmbition(text);
      expect([got.sectors, got.countries, got.regions, got.roles, got.companies, got.goals]).toEqual([
        [],
        [],
        [],
        [],
        [],
        [],
      ]);
    }
  });
});

describe('interpretAmbition, harder phrasings', () => {
  it.each([
    ['Join an AI startup', { sectors: ['software'], goals: ['job'] }],
    ['Rejoindre un fonds de capital-risque', { sectors: ['venture-capital'], goals: ['job'] }],
    ['Trouver des investisseurs pour mon projet', { sectors: [], goals: ['fundraising'] }],
    ['Développer mon activité en Espagne', { sectors: [], goals: ['first-client', 'expand'] }],
    // The sector after "mon"/"our" is what the user sells, not where they sell it.
    ['Vendre mon logiciel aux banques', { sectors: ['banking'], goals: ['first-client'] }],
    ['Sell our software in Italy', { sectors: [], goals: ['first-client'] }],
    ['Décrocher un premier contrat au Japon', { sectors: [], goals: ['first-client'] }],
    ["Décrocher un CDI dans l'aéronautique", { sectors: ['aerospace-defence'], goals: ['job'] }],
    ['Sign our first deal in Germany', { sectors: [], goals: ['first-client'] }],
    ['Vendre aux banques japonaises', { sectors: ['banking'], goals: ['first-client'] }],
  ])('reads "%s"', (text, expected) => {
    const got = interpretAmbition(text);
    expect({ sectors: got.sectors, goals: got.goals }).toEqual(expected);
  });
});

describe('interpretAmbition, goals and places beyond the samples', () => {
  it.each([
    // A major city names its country.
    ['Raise a seed round in Berlin', { sectors: [], countries: ['DE'], roles: ['investor'], goals: ['fundraising'] }],
    [
      'Travailler dans le luxe à Milan',
      { sectors: ['luxury'], countries: ['IT'], roles: [], goals: ['job', 'enter-sector'] },
    ],
    ['Break into fintech in London', { sectors: ['fintech'], countries: ['GB'], roles: [], goals: ['enter-sector'] }],
    // Opening an office is its own goal: the people who set offices up, where it will be.
    ['Ouvrir un bureau en Allemagne', { sectors: [], countries: ['DE'], roles: [], goals: ['expand'] }],
    ['Open an office in Madrid', { sectors: [], countries: ['ES'], roles: [], goals: ['expand'] }],
    // Finding a mentor is a goal of its own (ranked like entering the sector: seniors first).
    ['Find a mentor in aerospace', { sectors: ['aerospace-defence'], countries: [], roles: [], goals: ['mentor'] }],
    // A freelancer needs clients.
    [
      'Devenir consultant indépendant en cybersécurité',
      { sectors: ['cybersecurity'], countries: [], roles: ['consulting'], goals: ['first-client'] },
    ],
    ['Trouver un associé pour ma startup', { sectors: [], countries: [], roles: [], goals: ['partners'] }],
    ['Become CHRO of a hospital group', { sectors: ['pharma-health'], countries: [], roles: ['hr'], goals: ['job'] }],
    [
      'Vendre aux hôpitaux en Belgique',
      { sectors: ['pharma-health'], countries: ['BE'], roles: [], goals: ['first-client'] },
    ],
    // Wanting to work in venture capital is entering a sector, not raising a round.
    [
      'Get into venture capital in New York',
      { sectors: ['venture-capital'], countries: ['US'], roles: [], goals: ['enter-sector'] },
    ],
    ['Trouver un job dans la tech à Lisbonne', { sectors: ['software'], countries: ['PT'], roles: [], goals: ['job'] }],
  ])('reads "%s"', (text, expected) => {
    const got = interpretAmbition(text);
    expect({ sectors: got.sectors, countries: got.countries, roles: got.roles, goals: got.goals }).toEqual(expected);
  });
});

describe('interpretAmbition, sector words beyond the samples', () => {
  it.each([
    ['Travailler dans le vin', 'food-agri'],
    ['Work in agtech', 'food-agri'],
    ['Work in hydrogen', 'energy'],
    ['Travailler dans le recyclage', 'energy'],
    ['Work in legaltech', 'law'],
    ['Work in web3', 'fintech'],
    ['Travailler dans les drones', 'aerospace-defence'],
    ['Travailler dans la diplomatie', 'public-sector'],
    ['Work at the United Nations', 'public-sector'],
    ['Work in quantum computing', 'software'],
    ['Travailler dans les relations publiques', 'media-advertising'],
    ['Work in impact investing', 'venture-capital'],
  ])('reads "%s" as %s', (text, sector) => {
    expect(interpretAmbition(text).sectors).toEqual([sector]);
  });
});

describe('interpretAmbition, roles beyond the samples', () => {
  it.each([
    ['Devenir DSI', ['executive', 'engineering'], ['job']],
    ['Travailler dans la data', ['data'], ['job']],
    ['Devenir directeur des opérations', ['executive', 'operations'], ['job']],
    // An independent board member is a board seat, not freelancing.
    ['Devenir administrateur indépendant', ['executive'], ['job']],
    ['Become a board member', ['executive'], ['job']],
  ])('reads "%s"', (text, roles, goals) => {
    const got = interpretAmbition(text);
    expect({ roles: got.roles, goals: got.goals }).toEqual({ roles, goals });
  });
});
