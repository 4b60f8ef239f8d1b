/**
 * When two names the mailbox gives for the owner's path are one organisation, so the onboarding offers one
 * entry a person would accept: "ENSM Brest" and the alumni domain "alumni-ensm-brest", "Formation PMP" and
 * "formation PMP de mars", "Université Paris-Dauphine" and "Dauphine", a club named in French and in English
 * ("Cercle des … d'Iroise", "Iroise …' circle"). General knowledge only: articles, the words of kinds of
 * organisation in both languages, places and dates — never a name from a sample.
 */
import { withinEdits } from '../text/distance';
import { isDistinctiveName } from './knowledge';

// Words that join a name without naming anything.
const fillers = new Set('de des du d l la le les of the s a au aux and et en in on for pour at chez'.split(' '));

// One word per idea across French and English: an organisation named in either language is one.
const translations: Readonly<Record<string, string>> = {
  cercle: 'circle',
  reseau: 'network',
  reseaux: 'network',
  chambre: 'chamber',
  societe: 'society',
  institut: 'institute',
  universite: 'university',
  ecole: 'school',
  formation: 'training',
  federation: 'federation',
  jeune: 'young',
  jeunes: 'young',
  anciens: 'alumni',
  diplomes: 'alumni',
  amis: 'friends',
  femmes: 'women',
  dirigeants: 'leaders',
  entreprises: 'companies',
  entreprise: 'company',
  economique: 'economic',
  internationale: 'international',
  nationale: 'national',
  commerce: 'commerce',
  industrie: 'industry',
  ingenieur: 'engineer',
  ingenieure: 'engineer',
  ingenieurs: 'engineers',
  ingenieures: 'engineers',
  medecins: 'doctors',
  avocats: 'lawyers',
  experts: 'experts',
  club: 'club',
};

// When and how often, not who: "de mars", "spring session", "2e édition".
const dateWords = new Set(
  `janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march
  april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  printemps ete automne hiver spring summer autumn fall winter session edition cohorte cohort`.split(/\s+/),
);

/** A word's one form: French words in English, simple plurals in the singular. */
function canonical(word: string): string {
  const t = translations[word] ?? word;
  // A known word stays as it is ("paris" is a town, not a plural).
  if (!isDistinctiveName(t)) return t;
  return t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t;
}

/** The canonical words of a folded name or key. */
export function nameWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of name.split(/[^a-z0-9]+/)) if (w !== '' && !fillers.has(w) && !/^\d+$/.test(w)) out.add(canonical(w));
  return out;
}

/** The same word, or its cognate in the other language ("navigateur", "navigator"): long words, two edits. */
const sameWord = (a: string, b: string): boolean =>
  a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 3) === b.slice(0, 3) && withinEdits(a, b, 2));

const holds = (words: ReadonlySet<string>, w: string): boolean => {
  if (words.has(w)) return true;
  for (const x of words) if (sameWord(x, w)) return true;
  return false;
};

/** A word that adds nothing to a name it joins: a kind of organisation, a place, a date. */
const incidental = (w: string): boolean => dateWords.has(w) || !isDistinctiveName(w);

/**
 * One organisation: the words of one name are those of the other (across French and English), give or take
 * incidental words (kinds, places, dates), and they share at least one distinctive word.
 */
export function sameOrganisationName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let distinctive = false;
  for (const w of small) {
    if (!holds(big, w)) return false;
    if (!incidental(w)) distinctive = true;
  }
  if (!distinctive) return false;
  for (const w of big) if (!holds(small, w) && !incidental(w)) return false;
  return true;
}

/**
 * What a name of the same organisation must share with this one (sameOrganisationName needs a distinctive
 * word in common, a cognate's first three letters at least): for an index of names.
 */
export function distinctiveStems(name: string): string[] {
  const out: string[] = [];
  for (const w of nameWords(name)) if (!incidental(w)) out.push(w.length >= 6 ? w.slice(0, 3) : w);
  return out;
}
