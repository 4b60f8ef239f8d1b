/**
 * Group names as a person would write them: "Anciens collègues · Capgemini", "Classmates · NEOMA 2004",
 * "Autour de Marie Dupont". Like category names (changes/plan.ts), they are data the user sees in Outlook and in
 * the CLI, so the core writes them, in both languages. A name carries no count: the count is shown beside it,
 * and a category named after a group stays true as people join.
 *
 * Every name shown at once is unique: the map can write each group as the Outlook category "<prefix><name>",
 * and two groups with one name would silently share one category (the second write adds its people to the
 * first's). Nested communities often share what names them (the 21 people of a training, and the 13 and 3 of
 * them who meet most), so a name that another group already has is told apart by the people at its centre.
 */
import { shownCircleName } from '../circles/taxonomy';
import type { Taxonomy } from '../circles/types';
import type { Language } from '../model';
import { elideBefore } from '../text/elision';
import { fold } from '../text/fold';
import type { Group } from './types';

const people: Readonly<Record<Language, Readonly<Record<'one' | 'other', string>>>> = {
  fr: { one: 'personne', other: 'personnes' },
  en: { one: 'person', other: 'people' },
};
const and: Readonly<Record<Language, string>> = { fr: 'et', en: 'and' };

/** "8 people", "1 personne", with the language's plural rules. */
export function peopleCount(n: number, language: Language): string {
  const rule = new Intl.PluralRules(language).select(n) === 'one' ? 'one' : 'other';
  return `${new Intl.NumberFormat(language).format(n)} ${people[language][rule]}`;
}

type Naming = {
  readonly language: Language;
  readonly taxonomy: Taxonomy;
  /** Contacts' display names (for "Around Marie Dupont"). */
  readonly names: ReadonlyMap<string, string>;
};

/**
 * How far a community's name goes to be told apart: 0 is its plain name; a community named by what its members
 * share then adds its centre ("Formation PMP · autour de Marie Dupont"); then one more, and two more, of the
 * people most tied to the others ("autour de Marie Dupont et Paul Henry").
 */
function nameAt(group: Group, level: number, n: Naming): string {
  const b = group.basis;
  const circle = n.taxonomy.find((c) => c.id === group.circle);
  const inCircle = circle ? `${shownCircleName(circle, n.language)} · ` : '';
  if (b.kind === 'origin') {
    const years = b.years && b.years.length > 0 ? ` ${yearsText(b.years)}` : '';
    return `${inCircle}${b.name}${years}`;
  }
  const shared = b.shared?.value;
  if (shared !== undefined && level === 0) return shared;
  const extra = shared !== undefined ? level - 1 : level;
  const central = [b.centre, ...(b.central ?? []).filter((id) => id !== b.centre)].slice(0, 1 + extra);
  const who = listed(
    central.map((id) => n.names.get(id) ?? id),
    n.language,
  );
  // Inside one circle the circle comes first, as for named sub-circles: "Collègues · autour de Marie Dupont".
  if (shared !== undefined) return `${shared} · ${around(who, n.language, false)}`;
  return `${inCircle}${around(who, n.language, !circle)}`;
}

/** How many levels of `nameAt` can still tell a group apart (0: none beyond its plain name). */
function deepest(group: Group): number {
  const b = group.basis;
  if (b.kind === 'origin') return 0;
  const others = (b.central ?? []).filter((id) => id !== b.centre).length;
  return Math.min(others, 2) + (b.shared ? 1 : 0);
}

/** "A", "A et B", "A, B et C". */
function listed(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and[language]} ${names[names.length - 1]!}`;
}

/** 2004, 2004–2005, or 2003–2006 for a run of years. */
function yearsText(years: readonly number[]): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** "autour de Marie Dupont", "autour d’Isaure Zimmerlin", "around Ann Lee"; capitalised at a label's start. */
function around(centre: string, language: Language, first: boolean): string {
  const words = language === 'fr' ? 'autour de ' : 'around ';
  const lead = first ? words[0]!.toUpperCase() + words.slice(1) : words;
  return `${language === 'fr' ? elideBefore(lead, centre) : lead}${centre}`;
}

/**
 * The name of each group (by id), unique among these groups even as Outlook compares category names (case and
 * accents aside). Groups sharing a name keep it in turn: a named sub-circle first, then the larger group; each
 * other one goes one step further (`nameAt`), and a name still taken after every step gets a number, "(2)".
 */
export function groupNames(
  groups: readonly Group[],
  language: Language,
  taxonomy: Taxonomy,
  names: ReadonlyMap<string, string>,
): Map<string, string> {
  const naming: Naming = { language, taxonomy, names };
  const levels = groups.map(() => 0);
  const order = groups
    .map((g, i) => i)
    .sort((a, b) => {
      const ka = groups[a]!.basis.kind === 'origin' ? 0 : 1;
      const kb = groups[b]!.basis.kind === 'origin' ? 0 : 1;
      return ka - kb || groups[b]!.members.length - groups[a]!.members.length || a - b;
    });
  const current = (): string[] => groups.map((g, i) => nameAt(g, levels[i]!, naming));
  for (let moved = true; moved;) {
    moved = false;
    const text = current();
    const holder = new Map<string, number>();
    for (const i of order) {
      const key = fold(text[i]!);
      if (!holder.has(key)) holder.set(key, i);
      else if (levels[i]! < deepest(groups[i]!)) {
        levels[i] = levels[i]! + 1;
        moved = true;
      }
    }
  }
  const text = current();
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const i of order) {
    let name = text[i]!;
    for (let k = 2; taken.has(fold(name)); k++) name = `${text[i]!} (${k})`;
    taken.add(fold(name));
    result.set(groups[i]!.id, name);
  }
  return result;
}
