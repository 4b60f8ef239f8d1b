/**
 * Reads an ambition typed in French or English into sectors, countries, regions, roles, named companies
 * and goals. The result is shown to the user as editable chips; the ranking only reads the (edited)
 * interpretation, never the text.
 */
import type { Language } from '../model';
import { companies } from './companies';
import { countries, regions } from './countries';
import { roles, type RoleId } from './roles';
import { sectorById, sectors } from './sectors';
import { fold, hasTerm, pad } from './text';

/** The goals the ranking knows how to serve. */
export type Goal = 'fundraising' | 'first-client' | 'job' | 'enter-sector' | 'partners' | 'expand';

export const goals: readonly { readonly id: Goal; readonly labels: Readonly<Record<Language, string>> }[] = [
  { id: 'fundraising', labels: { fr: 'Lever des fonds', en: 'Raise funds' } },
  { id: 'first-client', labels: { fr: 'Trouver des clients', en: 'Win clients' } },
  { id: 'job', labels: { fr: 'Trouver un poste', en: 'Land a job' } },
  { id: 'enter-sector', labels: { fr: 'Entrer dans un secteur', en: 'Enter a sector' } },
  { id: 'partners', labels: { fr: 'Trouver des partenaires', en: 'Find partners' } },
  { id: 'expand', labels: { fr: "S'implanter (bureau, filiale)", en: 'Open an office or subsidiary' } },
];

/** What the engine understood; every list may be edited by the user before ranking. */
export type AmbitionInterpretation = {
  readonly text: string;
  readonly language: Language;
  /** Sector ids (see `sectors`). */
  readonly sectors: string[];
  /** ISO 3166-1 alpha-2. */
  readonly countries: string[];
  /** Region ids (see `regions`): every country of the region counts. */
  readonly regions: string[];
  /** Role ids (see `roles`): the role the user wants to hold (job) or the people they want to reach. */
  readonly roles: string[];
  /** Company ids from the dataset, or raw names for organisations it does not know. */
  readonly companies: string[];
  /** 'fundraising' | 'first-client' | 'job' | 'enter-sector' | 'partners' | 'expand'. */
  readonly goals: string[];
};

const goalPatterns: readonly [Goal, RegExp][] = [
  [
    'fundraising',
    /( lever (des |de |du )?(fonds|capital|argent)| levee de fonds| lever \d| lever un | financer (ma|mon|notre|nos)| financement| tour de table| amorcage| serie [abc] | raise | raising | fundrais| funding| seed | series [abc] | pre seed )/,
  ],
  [
    'first-client',
    /( premiers? clients?| nouveaux clients| des clients| un client| decrocher (un |une |mon |ma |des |nos |notre |le |la |les )?(premier |premiere |1er )?(client|contrat|marche|deal|commande|appel)| signer (un |une |mon |ma |des |nos |notre |le |la |les )?(premier |premiere |1er )?(client|contrat|deal|commande)| premiers? contrats?| premiere commande| prospect| vendre| exporter| l export| a l export| m implanter| s implanter| nous implanter| conquerir| developper (mon|ma|notre|nos) (activite|entreprise|business|societe|startup|start up|marque|ventes)| first (client|customer)| (client|customer)s? in | new (client|customer)s?| win (a |an |new |our |my )?| land (a |an |our |my )?(first )?(client|customer|deal|contract)| sell | selling| sign (a |an |our |my )?(first )?(client|customer|deal|contract)| first (deal|contract|order|sale)| find (new )?(client|customer)s?| expand (to|into)| grow (my|our) (business|company|sales)| enter the [a-z]+ market| go to market| expand (our |my )?[a-z ]*(to|into) | developper (mon |ma |notre |nos )?[a-z ]*a l international| freelance| free lance| (consultante?|travailleu(r|se)|format(eur|rice)|developpeu(r|se)|designer|traduct(eur|rice)|graphiste|coach|architecte) independante?| a mon compte| a son compte| self employed| independent (consultant|contractor))/,
  ],
  [
    'job',
    /( rejoindre| integrer| travailler (chez|dans|pour|a|en|au)| trouver (un|une|mon|ma) (emploi|poste|job|travail|stage|cdi|alternance)| decrocher (un|une|mon|ma) (emploi|poste|job|stage|cdi|alternance)| etre embauche| me faire embaucher| devenir| postuler| candidater| job | emploi| poste de| join | joining| become | becoming| work (at|for|in) | get (a|my|an) (job|position|role)| land (a|my|an) (job|role|position)| career| hired)/,
  ],
  [
    'enter-sector',
    /( me lancer| se lancer| nous lancer| lancer dans| entrer dans| percer dans| me reconvertir| reconversion| changer de (metier|carriere|secteur|voie)| change (careers|sector|industry)| m orienter| decouvrir le secteur| move into| break into| get into| transition (to|into)| pivot| switch to| enter (the )?[a-z]+ (sector|industry)| start (a career )?in | launch into| mentor| mentorat| mentoring| parrain| marraine| coach | advice from| guidance)/,
  ],
  [
    'expand',
    /( ouvrir (un |une |notre |nos |mon |ma |des |nouveau |nouvelle )?(bureau|bureaux|filiale|agence|antenne|succursale|usine|site|representation)| open (an |a |our |my |new )?(office|branch|subsidiary|factory|site)| expand (our |my )?[a-z ]*(to|into) | expansion| implantation| s implanter| m implanter| nous implanter| set up (an |a |our |my )?(office|subsidiary|entity|branch))/,
  ],
  [
    'partners',
    /( partenaires?| partenariats?| partners?| partnerships?| alliances?| distributeurs?| distributors?| (un |une |mon |ma )associee? | co ?fondat| co ?founder)/,
  ],
];

// Meeting investors is a round in the making, unless the user wants to work for them.
const investorWords = /( investisseurs?| investors?| business angels?| venture capital| capital risque| vc )/;

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
]);

// Dataset names too common as words to be read as a company unless capitalised in the text.
const commonWords = new Set([
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
  const p = pad(fold(text));
  const fr = (p.match(frenchMarkers) ?? []).length + (/[éèêàùçôîœ]/i.test(text) ? 1 : 0);
  const en = (p.match(englishMarkers) ?? []).length;
  return en > fr ? 'en' : 'fr';
}

// "Vendre mon logiciel aux banques": the sector after a possessive is what the user offers, not the target.
const possessives = ['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our'];
function ownOffer(p: string, term: string): boolean {
  const core = term.trim();
  return (
    possessives.some((w) => p.includes(` ${w} ${core}`)) &&
    !/ (dans|in|into|chez|at) (le |la |les |l |the )?/.test(p.slice(0, p.indexOf(core)).slice(-12))
  );
}

function findSectors(p: string): string[] {
  const found = new Map<string, string>();
  for (const s of sectors) {
    const term = s.terms.find((t) => hasTerm(p, t) && !ownOffer(p, t));
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

function findCountries(p: string, text: string): { countries: string[]; regions: string[] } {
  // Demonyms agree in French: "japonais", "japonaises", "allemandes".
  const said = (n: string): boolean => ['', 's', 'e', 'es'].some((end) => p.includes(` ${n.trim()}${end} `));
  const cs = countries.filter((c) => c.names.some(said)).map((c) => c.code);
  // "US" only in capitals: "help us grow" is not about America.
  if (!cs.includes('US') && /(^|[^\p{L}])U\.?S\.?A?\.?($|[^\p{L}])/u.test(text)) cs.push('US');
  const rs = regions.filter((r) => r.names.some(said)).map((r) => r.id);
  return { countries: cs, regions: rs };
}

function findRoles(p: string): RoleId[] {
  return roles
    .filter((r) => {
      let text = p;
      for (const n of r.not) text = text.split(` ${n}`).join(' ');
      return r.terms.some((t) => !ambiguousRoleTerms.has(t) && hasTerm(text, t));
    })
    .map((r) => r.id);
}

/** Words of the original text with their folded form and whether they were capitalised. */
function words(text: string): { folded: string; capital: boolean }[] {
  return (text.match(/[\p{L}\p{N}&]+/gu) ?? []).map((w) => ({ folded: fold(w), capital: /^\p{Lu}/u.test(w) }));
}

const placeNames = new Set(countries.flatMap((c) => c.names.map((n) => n.trim())));
const placePrepositions = new Set(['in', 'a', 'en', 'au', 'to', 'near', 'around', 'vers', 'pres']);

function findCompanies(text: string): string[] {
  const ws = words(text);
  const found: string[] = [];
  const at = (i: number, name: string[]): boolean => name.every((n, k) => ws[i + k]?.folded === n);
  for (const c of companies) {
    for (const n of [c.name, ...c.aliases]) {
      const parts = fold(n)
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
export function interpretAmbition(text: string): AmbitionInterpretation {
  const language = detectLanguage(text);
  // "j'ai" folds to "j ai", which must not read as "AI".
  const p = pad(fold(text).replace(/\b([jn]) ai\b/g, '$1ai'));
  const goalsFound = goalPatterns.filter(([, re]) => re.test(p)).map(([g]) => g);
  if (
    !goalsFound.includes('fundraising') &&
    !goalsFound.includes('job') &&
    !goalsFound.includes('enter-sector') &&
    investorWords.test(p)
  )
    goalsFound.push('fundraising');
  // A first client or a round is the point even when the sentence also says "join" or "become".
  let g = goalsFound;
  if (g.includes('first-client') || g.includes('fundraising')) g = g.filter((x) => x !== 'job' && x !== 'enter-sector');
  if (g.includes('fundraising')) g = g.filter((x) => x !== 'partners');
  if (g.includes('job') && g.includes('enter-sector'))
    g = g.filter((x) => x !== (/ devenir | become /.test(p) ? 'enter-sector' : 'job'));
  const { countries: cs, regions: rs } = findCountries(p, text);
  return {
    text,
    language,
    sectors: findSectors(p),
    countries: cs,
    regions: rs,
    roles: findRoles(p),
    companies: findCompanies(text),
    goals: g,
  };
}
