/**
 * The sector taxonomy: ids, French and English labels, and the words that reveal a sector in an ambition
 * or in a contact's company, title, department, notes or web domain. General knowledge, not tuned to any
 * mailbox; see docs/KNOWLEDGE.md.
 *
 * The taxonomy itself is data/sectors.json, in the knowledge notation (core/text/terms.ts): "renouvelab*"
 * matches "renouvelables", "ai" only the whole word. Compiled, a stem is matched at a word start and a whole
 * word carries a trailing space ("ai "), the form `hasTerm` reads.
 */
import type { Language } from '../model';
import { toWordStartTerm } from '../text/terms';
import data from './data/sectors.json';

/** A sector of the taxonomy. */
export type Sector = {
  readonly id: string;
  readonly labels: Readonly<Record<Language, string>>;
  /** Words that place a person or an organisation in the sector wherever they appear. */
  readonly terms: readonly string[];
  /**
   * Words that only count inside an organisation's name or web domain ("bank", "capital", "ventures"):
   * in a job title they describe the job, not the employer's sector.
   */
  readonly nameTerms: readonly string[];
  /** Wider sectors this one belongs to (wind farms are energy; car makers are industry). */
  readonly broader: readonly string[];
  /** Neighbouring sectors whose people can still open a door, with how much they count (0..1). */
  readonly related: Readonly<Record<string, number>>;
};

/**
 * A sector as written in data/sectors.json: the same fields, its terms in the knowledge notation. (`related`
 * admits undefined only because TypeScript reads the JSON's objects as having every key of the others.)
 */
type SectorRecord = Omit<Sector, 'related'> & { readonly related: Readonly<Record<string, number | undefined>> };

/** The taxonomy of a data file, its terms in the matcher's form; a malformed term is an error naming it. */
export function compileSectors(records: readonly SectorRecord[]): Sector[] {
  return records.map((r) => ({
    id: r.id,
    labels: { fr: r.labels.fr, en: r.labels.en },
    terms: r.terms.map(toWordStartTerm),
    nameTerms: r.nameTerms.map(toWordStartTerm),
    broader: [...r.broader],
    related: Object.fromEntries(Object.entries(r.related).filter((e): e is [string, number] => e[1] !== undefined)),
  }));
}

/** Every sector of the taxonomy, in file order. */
export const sectors: readonly Sector[] = compileSectors(data);

const byId = new Map(sectors.map((x) => [x.id, x]));

/** The sector with this id, if the taxonomy knows it. */
export function sectorById(id: string): Sector | undefined {
  return byId.get(id);
}

/** A sector's label in the language, or the id itself for an unknown (user-typed) sector. */
export function sectorLabel(id: string, lang: Language): string {
  return byId.get(id)?.labels[lang] ?? id;
}

/**
 * How much a person in sector `held` counts for an ambition aimed at sector `wanted` (0..1).
 * A subsector counts fully for its wider sector (a wind developer is in energy); the wider sector counts
 * a little for a subsector (an oil major opens fewer doors to wind than a wind developer does).
 */
export function sectorAffinity(wanted: string, held: string): number {
  if (wanted === held) return 1;
  const h = byId.get(held);
  const w = byId.get(wanted);
  if (h?.broader.includes(wanted)) return 1;
  let best = w?.related[held] ?? 0;
  if (w?.broader.includes(held)) best = Math.max(best, 0.35);
  return best;
}
