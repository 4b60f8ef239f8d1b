/**
 * Reads an ambition typed in French or English into sectors, countries, regions, roles, named companies
 * and goals. The result is shown to the user as editable chips; the ranking only reads the (edited)
 * interpretation, never the text.
 */
import type { Language } from '../model';
import { companies, companyById } from './companies';
import { countries, countryGroups, regions } from './countries';
import goalData from './data/goals.json';
import { compileGoalKnowledge } from './goal-patterns';
import { roles, type RoleId } from './roles';
import { sectorById, sectors } from './sectors';
import { foldTerms } from '../text/fold';
import { hasTerm, pad } from '../text/terms';
import { correctToLexicon } from '../text/typos';

/** The goals the ranking knows how to serve. */
export type Goal = 'fundraising' | 'first-client' | 'job' | 'enter-sector' | 'partners' | 'expand' | 'hire' | 'mentor';

export const goals: readonly { readonly id: Goal; readonly labels: Readonly<Record<Language, string>> }[] = [
  { id: 'fundraising', labels: { fr: 'Lever des fonds', en: 'Raise funds' } },
  { id: 'first-client', labels: { fr: 'Trouver des clients', en: 'Win clients' } },
  { id: 'job', labels: { fr: 'Trouver un poste', en: 'Land a job' } },
  { id: 'enter-sector', labels: { fr: 'Entrer dans un secteur', en: 'Enter a sector' } },
  { id: 'partners', labels: { fr: 'Trouver des partenaires', en: 'Find partners' } },
  { id: 'expand', labels: { fr: 'S’implanter (bureau, filiale, export)', en: 'Expand (office, subsidiary, export)' } },
  { id: 'hire', labels: { fr: 'Recruter', en: 'Hire' } },
  { id: 'mentor', labels: { fr: 'Trouver un mentor', en: 'Find a mentor' } },
];

/** What the engine understood; every list may be edited by the user before ranking. */
export type AmbitionInterpretation = {
  readonly text: string;
  readonly language: Language;
  /** Sector ids (see `sectors`): where the people the user wants to reach are. */
  readonly sectors: string[];
  /**
   * Sector ids of what the user offers or runs ("mon logiciel", "our clinics"): not a target for a first
   * client, but where a hire, a partner or a mentor best comes from.
   */
  readonly offer?: string[];
  /** ISO 3166-1 alpha-2. */
  readonly countries: string[];
  /** Region ids (see `regions`): every country of the region counts. */
  readonly regions: string[];
  /** Role ids (see `roles`): the role the user wants to hold (job) or the people they want to reach. */
  readonly roles: string[];
  /** Company ids from the dataset, or raw names for organisations it does not know. */
  readonly companies: string[];
  /** Goal ids (see `goals`). */
  readonly goals: string[];
};

// What an ambition says it wants, and the cues that refine it: patterns in data/goals.json (docs/KNOWLEDGE.md).
const knowledge = compileGoalKnowledge(
  goalData,
  goals.map((g) => g.id),
  roles.map((r) => r.id),
);
const goalPatterns = knowledge.goals;
// Selling or launching in a country: a market entry (launch our brand in the US, enter the French market).
const marketEntry = knowledge.cues['market-entry'];
// Words of a role change: with a role it is a job, with a sector entering it.
const roleChange = knowledge.cues['role-change'];
// Working in a sector is both a job and entering the sector ("bosser dans la fintech", "work in edtech").
// A job in a sector ("un job en banque") is a job search; working in one is also entering it.
const workIn = knowledge.cues['work-in'];
// Recruiters named as people, not the verb: "meet headhunters" is a job search, "recruter" is hiring.
const recruiterNouns = knowledge.cues['recruiter-nouns'];
// Titles that say how senior the role is: "head of", a director, a C-level, DAF/DRH/DSI.
const seniorWords = knowledge.cues['senior-words'];
// Role words only an ambition uses: "PM" is a product manager, "mentor in product" is product.
const ambitionRoles = knowledge.roles;

// The words people most often mistype in the words an ambition hinges on.
const lexicon = [
  'travailler',
  'travaille',
  'bosser',
  'recruter',
  'recrute',
  'recruteur',
  'recruteurs',
  'recruiter',
  'recruiters',
  'recruiting',
  'recruitment',
  'recruit',
  'looking',
  'mentor',
  'mentors',
  'mentorat',
  'mentoring',
  'investisseur',
  'investisseurs',
  'investor',
  'investors',
  'customers',
  'clients',
  'partenaires',
  'partners',
  'rejoindre',
  'devenir',
  'become',
  'trouver',
  'cherche',
  'chercher',
  'developper',
  'developpeur',
  'developer',
  'startup',
  'fintech',
  'renouvelables',
  'renewable',
  'cybersecurite',
  'cybersecurity',
  'consultant',
  'consulting',
  'marketing',
  'product',
  'manager',
  'management',
  'hiring',
  'engineer',
  'ingenieur',
  'assurance',
  'insurance',
  'financement',
  'funding',
  'fundraising',
  'entreprise',
  'company',
  'industrie',
  'industry',
  'ferroviaire',
  'pharmaceutique',
  'aeronautique',
] as const;

// Meeting investors is a round in the making, unless the user wants to work for them.
const investorWords = knowledge.cues['investor-words'];

// Role words that are ambiguous in an ambition: "la finance" is a sector, "partner" a goal.
const ambiguousRoleTerms = new Set([
  'software',
  'private equity',
  'venture capital',
  'finance',
  'financier',
  'financiere',
  'financial',
  'partner ',
  'associe ',
  'associee ',
  'executive',
  'talent',
  'production',
  'operation',
  'technique',
  'conseil ',
  'marque',
  'brand',
  'growth',
  'revenue',
  'vente',
  'ventes',
  'achat',
  'sourcing',
  // In an ambition these name the goal or a sector: "recruiting a CTO", "build partnerships", "logistics".
  'recruitment',
  'recruiting',
  'recrutement',
  'partenariat',
  'partnership',
  'logisti',
]);

// Dataset names too common as words to be read as a company unless capitalised in the text.
const commonWords = new Set([
  'recruit',
  'total',
  'orange',
  'next',
  'block',
  'visa',
  'sky',
  'bolt',
  'ramp',
  'shine',
  'nickel',
  'raise',
  'october',
  'sunday',
  'index',
  'alan',
  'meta',
  'wise',
  'curve',
  'tide',
  'chime',
  'vale',
  'iris',
  'malt',
  'accel',
  'benchmark',
  'line',
  'sage',
  'arm',
  'ing',
  'ana',
  'x',
  'ba',
  'bt',
  'ef',
  'sg',
  'se',
  'ge',
  'gm',
  'db',
  'dbt',
  'dit',
  'bpi',
  'ca',
  'lcl',
  'bp',
  'ee',
  'the family',
  'station f',
  'lydia',
  'sia',
  'leclerc',
  'casino',
  'next',
  'elis',
  'spie',
  'seb',
  'ses',
  'engie',
  'sncf',
  'kiabi',
  'eren',
  'kea',
  'dior',
  'sephora',
  'amex',
  'cat',
  'square',
]);

const frenchMarkers =
  /( le | la | les | des | une | un | dans | pour | au | aux | du | ma | mon | mes | nos | notre | en | chez | avec | trouver | devenir | rejoindre | lever | lancer | premier | premiere | d | l | j | m )/g;
const englishMarkers =
  /( the | a | an | in | into | for | my | our | at | with | to | find | become | join | raise | win | move | first | of )/g;

/** French or English, from function words; accents tip a tie towards French. */
export function detectLanguage(text: string): Language {
  const p = pad(foldTerms(text));
  const fr = (p.match(frenchMarkers) ?? []).length + (/[éèêàùçôîœ]/i.test(text) ? 1 : 0);
  const en = (p.match(englishMarkers) ?? []).length;
  return en > fr ? 'en' : 'fr';
}

// "Vendre mon logiciel aux banques": the words after a possessive, up to a preposition, are what the user
// offers or runs ("mon cabinet de conseil RH", "our solar panels"), not where the people sought are.
const possessives = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our']);
const offerEnds = new Set(
  'pour for to aux au a in en avec with dans chez at sur on vers into aupres et and ou or qui that which'.split(' '),
);

/** The folded text with only the phrases after a possessive kept (the rest blanked), padded. */
function offerPhrases(p: string): string {
  const ws = p.trim().split(' ');
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!possessives.has(ws[i]!)) continue;
    const phrase: string[] = [];
    for (let k = i + 1; k < ws.length && k <= i + 5 && !offerEnds.has(ws[k]!); k++) phrase.push(ws[k]!);
    kept.push(phrase.join(' '));
  }
  return kept.length ? pad(kept.join(' | ')) : '';
}

// Sector words an ambition uses for a function: "devenir data scientist" is the data role, not software.
const roleSectorTerms = new Set(['la data ', 'data ', 'data science', 'big data']);

/** Sector ids found in a padded text, the precise one kept when a wider one is also said. */
function sectorsIn(p: string): string[] {
  const found = new Map<string, string>();
  for (const s of sectors) {
    const term = s.terms.find((t) => !roleSectorTerms.has(t) && hasTerm(p, t));
    if (term) found.set(s.id, term);
  }
  // "énergies renouvelables" also says "énergie": keep the precise sector, drop the wider one.
  for (const id of [...found.keys()]) {
    for (const other of found.keys()) if (other !== id && sectorById(other)?.broader.includes(id)) found.delete(id);
  }
  // "industrie pharmaceutique": the generic "industrie" only qualifies the other sector.
  if (
    found.size > 1 &&
    found.has('manufacturing') &&
    /^(industr|industrie|industry|industriel|industrial)$/.test(found.get('manufacturing') ?? '')
  )
    found.delete('manufacturing');
  return sectors.map((s) => s.id).filter((id) => found.has(id));
}

/** Target sectors and the user's own (after a possessive); a sector said both ways is a target. */
function findSectors(p: string): { sectors: string[]; offer: string[] } {
  const own = offerPhrases(p);
  const all = sectorsIn(p);
  if (!own) return { sectors: all, offer: [] };
  const offered = sectorsIn(own);
  // What remains once the possessive phrases are blanked out is where the people sought are.
  let rest = p;
  for (const phrase of own.split(' | ')) if (phrase.trim()) rest = rest.replace(` ${phrase.trim()} `, ' ');
  const target = sectorsIn(pad(rest.trim()));
  return { sectors: target, offer: offered.filter((id) => !target.includes(id)) };
}

function findCountries(p: string, text: string): { countries: string[]; regions: string[] } {
  // Demonyms agree in French: "japonais", "japonaises", "allemandes".
  const said = (n: string): boolean => ['', 's', 'e', 'es'].some((end) => p.includes(` ${n.trim()}${end} `));
  const cs = countries.filter((c) => c.names.some(said)).map((c) => c.code);
  for (const g of countryGroups)
    if (g.names.some(said)) for (const code of g.codes) if (!cs.includes(code)) cs.push(code);
  // "US" only in capitals: "help us grow" is not about America.
  if (!cs.includes('US') && /(^|[^\p{L}])U\.?S\.?A?\.?($|[^\p{L}])/u.test(text)) cs.push('US');
  const rs = regions.filter((r) => r.names.some(said)).map((r) => r.id);
  return { countries: cs, regions: rs };
}

function findRoles(p: string): RoleId[] {
  const found = new Set<RoleId>(
    roles
      .filter((r) => {
        let text = p;
        for (const n of r.not) text = text.split(` ${n}`).join(' ');
        return r.terms.some((t) => !ambiguousRoleTerms.has(t) && hasTerm(text, t));
      })
      .map((r) => r.id),
  );
  for (const [id, re] of ambitionRoles) if (re.test(p)) found.add(id);
  // "Head of sales", "DAF", "CTO": a senior post; the ranking reads it as seniority next to a function.
  if (seniorWords.test(p)) found.add('executive');
  return roles.map((r) => r.id).filter((id) => found.has(id));
}

/** Words of the original text with their folded form and whether they were capitalised. */
function words(text: string): { folded: string; capital: boolean }[] {
  return (text.match(/[\p{L}\p{N}&]+/gu) ?? []).map((w) => ({ folded: foldTerms(w), capital: /^\p{Lu}/u.test(w) }));
}

const placeNames = new Set(countries.flatMap((c) => c.names.map((n) => n.trim())));
const placePrepositions = new Set(['in', 'a', 'en', 'au', 'to', 'near', 'around', 'vers', 'pres']);

function findCompanies(text: string): string[] {
  const ws = words(text);
  const found: string[] = [];
  const at = (i: number, name: string[]): boolean => name.every((n, k) => ws[i + k]?.folded === n);
  for (const c of companies) {
    for (const n of [c.name, ...c.aliases]) {
      const parts = foldTerms(n)
        .split(' ')
        .filter((x) => x !== '');
      if (parts.length === 0) continue;
      const joined = parts.join(' ');
      for (let i = 0; i < ws.length; i++) {
        if (!at(i, parts)) continue;
        // A sentence's first word is capitalised anyway: "Raise a seed round" is not about the fund Raise.
        if ((commonWords.has(joined) || joined.length < 4) && (!ws[i]!.capital || i === 0)) continue;
        // "an insurer in Zurich", "un bureau à Orange": after a place preposition a city is a place.
        if (placeNames.has(joined) && i > 0 && placePrepositions.has(ws[i - 1]!.folded)) continue;
        if (!found.includes(c.id)) found.push(c.id);
      }
    }
  }
  return found;
}

/** Reads an ambition. Never throws; an empty or unintelligible text gives empty lists. */
export function interpretAmbition(full: string): AmbitionInterpretation {
  // An ambition is a sentence or two: what follows the first 1,000 characters is not read.
  const text = full.length > 1000 ? full.slice(0, 1000) : full;
  const language = detectLanguage(text);
  // "j'ai" folds to "j ai", which must not read as "AI".
  const p = pad(correctToLexicon(foldTerms(text).replace(/\b([jn]) ai\b/g, '$1ai'), lexicon));
  const { countries: cs, regions: rs } = findCountries(p, text);
  const companyIds = findCompanies(text);
  const found = findSectors(p);
  let sectorIds = found.sectors;
  let roleIds = findRoles(p);
  const functions = roleIds.filter((r) => r !== 'executive');
  const g = new Set<Goal>(goalPatterns.filter(([, re]) => re.test(p)).map(([goal]) => goal));
  if (!g.has('fundraising') && !g.has('job') && !g.has('enter-sector') && investorWords.test(p)) g.add('fundraising');
  if (cs.length + rs.length > 0 && marketEntry.test(p) && !g.has('job')) {
    // "Get into the French market" is a market entry, not a career move.
    g.add('expand');
    g.delete('enter-sector');
  }
  const changing = roleChange.test(p);
  if (changing) {
    // "Move into product management" is a new job; "se reconvertir dans le bio" is entering a sector.
    if (functions.length > 0 || knowledge.cues['career-change'].test(p)) g.add('job');
    if (sectorIds.length > 0) g.add('enter-sector');
    else if (functions.length > 0) g.delete('enter-sector');
  }
  const working = workIn.test(p) && sectorIds.length > 0;
  if (working) {
    g.add('job');
    g.add('enter-sector');
  }
  if (g.has('job') && g.has('enter-sector') && !changing && !working)
    g.delete(knowledge.cues.become.test(p) ? 'enter-sector' : 'job');
  // "Recruter un CTO": the role named is whom to hire; the verb does not make recruiters the target.
  if (g.has('hire')) {
    g.delete('job');
    g.delete('enter-sector');
    if (!recruiterNouns.test(p)) roleIds = roleIds.filter((r) => r !== 'recruiter');
  }
  // A mentor is the point even when the sentence says what for ("to become a better manager").
  if (g.has('mentor')) {
    g.delete('job');
    g.delete('enter-sector');
  }
  // A first client or a round is the point even when the sentence also says "join" or "become".
  if (g.has('first-client') || g.has('fundraising')) {
    g.delete('job');
    g.delete('enter-sector');
  }
  if (g.has('fundraising')) {
    g.delete('partners');
    // Investors are whom a round reaches; their sector is implied by the goal, not a target of its own.
    if (!roleIds.includes('investor')) roleIds = [...roleIds, 'investor'];
    sectorIds = sectorIds.filter((x) => x !== 'venture-capital');
  }
  // A consultant works in consulting: "devenir consultant en stratégie" names the sector too.
  if (g.has('job') && functions.includes('consulting') && sectorIds.length === 0) sectorIds = ['consulting'];
  // A named company says its sector: "rentrer chez LVMH" is luxury too.
  for (const id of companyIds) {
    const main = companyById(id)?.sectors[0];
    if (main && !sectorIds.includes(main)) sectorIds = [...sectorIds, main];
  }
  return {
    text: full,
    language,
    sectors: sectorIds,
    offer: found.offer.filter((x) => !sectorIds.includes(x)),
    countries: cs,
    regions: rs,
    roles: roleIds,
    companies: companyIds,
    goals: goals.map((x) => x.id).filter((id) => g.has(id)),
  };
}
