/**
 * The words of an ambition the reading left out. When only a goal was understood ("Je veux devenir
 * astronaute" → « Trouver un poste »), the words that named what the goal is about were not: the pane and the
 * command line say which, rather than ranking as if the ambition had been read whole.
 */
import goalData from './data/goals.json';
import type { AmbitionInterpretation } from './interpret';
import { tokens } from '../text/fold';

/** Words that carry no target of their own in an ambition: pronouns, articles, wanting, trying, for. */
// prettier-ignore
const functionWords = new Set(
  ('je j me m moi mon ma mes nous notre nos on il elle un une des de du le la les l d a au aux en dans pour par ' +
    'avec chez sur sous vers et ou mais plus tres bien veux voudrais aimerais souhaite souhaiterais compte ' +
    'vais dois faut peux envie reve objectif projet idee essayer tenter pouvoir vouloir etre avoir faire ' +
    'devenir trouver chercher cherche rejoindre entrer changer lancer monter creer passer aller ' +
    'nouveau nouvelle nouveaux premier premiere prochain prochaine vie metier poste emploi travail boulot job ' +
    'i me my we our us a an the of in at to for with into from on by and or but some any new next first ' +
    'want would like wish hope plan try trying going get become find join land start move work career role ' +
    'position dream goal aim idea').split(' '),
);

/** The words of the goal patterns (data/goals.json), whole or as the prefixes they end with `*`. */
function goalWords(): { whole: Set<string>; prefixes: string[] } {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  const patterns = Object.values((goalData as { goals: Record<string, string[]> }).goals).flat();
  for (const p of patterns)
    for (const word of p.match(/[a-z0-9]+\*?/g) ?? []) {
      if (word.endsWith('*')) {
        // A prefix of one or two letters (« a* ») says nothing about a word.
        if (word.length > 3) prefixes.push(word.slice(0, -1));
      } else whole.add(word);
    }
  return { whole, prefixes };
}

let known: ReturnType<typeof goalWords> | undefined;

/** Whether nothing but goals was understood: no sector, offer, place, role or company. */
export function onlyGoals(i: AmbitionInterpretation): boolean {
  return (
    i.goals.length > 0 &&
    [i.sectors, i.offer ?? [], i.countries, i.regions, i.roles, i.companies].every((l) => l.length === 0)
  );
}

/**
 * The words of the ambition left out when only a goal was understood (none otherwise): the words of four
 * letters or more that are neither function words nor words of the goal patterns, as typed, once each.
 */
export function notUnderstood(i: AmbitionInterpretation): string[] {
  if (!onlyGoals(i)) return [];
  known ??= goalWords();
  const { whole, prefixes } = known;
  const out: string[] = [];
  for (const typed of i.text.split(/[^\p{L}\p{N}'’-]+/u)) {
    const word = typed.replace(/^[’'-]+|[’'-]+$/g, '');
    const folded = tokens(word).join(' ');
    if (folded.length < 4 || folded.includes(' ')) continue;
    if (functionWords.has(folded) || whole.has(folded) || prefixes.some((p) => folded.startsWith(p))) continue;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}
