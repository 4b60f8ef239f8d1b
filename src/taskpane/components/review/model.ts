/**
 * The review as data: one row per contact with what the engine suggests, what the contact has now and
 * what the user chose; the filters; and the flat list of group headers and rows the virtualised list draws.
 * Pure, so the filters and grouping are tested without rendering.
 */
import type { CircleId, Suggestion, Taxonomy } from '../../../core/circles/types';
import type { Contact } from '../../../core/model';
import { fold } from '../../../core/text/fold';
import type { Decision } from '../../state/decisions';

/** 'applied': the user's choice, written to Outlook in this session; 'in-place': the circle it already had. */
export type RowStatus = 'suggested' | 'accepted' | 'changed' | 'rejected' | 'applied' | 'in-place' | 'none';

/**
 * A row is also an item of the list (`kind`), drawn as it is: no wrapper object per row at each grouping. Every
 * row has the same fields, absent ones undefined, so that the passes over 10,000 rows read one shape.
 */
export type ReviewRow = {
  readonly kind: 'row';
  readonly contact: Contact;
  readonly suggestion?: Suggestion;
  /** The circle the contact's categories put it in now. */
  readonly current?: CircleId;
  readonly decision?: Decision;
  /** The circle the row stands for: the user's choice, else the engine's suggestion. */
  readonly circle: CircleId | null;
  readonly confidence: number;
  readonly status: RowStatus;
  /** Other cards that may be the same person: shown in this row, filed by its decision. */
  readonly twins?: readonly Contact[];
};

export type ReviewFilter = {
  /** 'none': contacts without a suggestion. */
  readonly circle: CircleId | 'all' | 'none';
  /** 0..1 */
  readonly minConfidence: number;
  /** 'no-circle': only contacts whose categories put them in no circle yet. */
  readonly scope: 'all' | 'no-circle';
  readonly query: string;
};

export const emptyFilter: ReviewFilter = { circle: 'all', minConfidence: 0, scope: 'all', query: '' };

export type ReviewHeader = {
  readonly kind: 'header';
  readonly circle: CircleId | null;
  readonly count: number;
  readonly acceptable: readonly string[];
};

/** What the list draws: a group's header, or a row (the row itself). */
export type ReviewItem = ReviewHeader | ReviewRow;

function statusOf(
  suggested: CircleId | null,
  current: CircleId | undefined,
  decision: Decision | undefined,
): RowStatus {
  if (decision) {
    if (decision.verdict === 'reject') return 'rejected';
    if (current === decision.circle) return 'applied';
    return decision.verdict === 'accept' ? 'accepted' : 'changed';
  }
  if (!suggested) return 'none';
  return current === suggested ? 'in-place' : 'suggested';
}

export function buildRows(
  contacts: readonly Contact[],
  suggestions: ReadonlyMap<string, Suggestion>,
  currentCircle: (id: string) => CircleId | undefined,
  decisions: ReadonlyMap<string, Decision>,
): ReviewRow[] {
  const rows: ReviewRow[] = new Array<ReviewRow>(contacts.length);
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i]!;
    const suggestion = suggestions.get(contact.id);
    const decision = decisions.size > 0 ? decisions.get(contact.id) : undefined;
    const current = currentCircle(contact.id);
    const suggested = suggestion?.circle ?? null;
    // A rejected row keeps the circle it was suggested for: the engine, told "not this one", may suggest nothing
    // or another circle at once, and the row would leave the user's hands (and the focus) for the end of the list.
    const circle = decision ? decision.circle : suggested;
    // One literal with every field (no spread of small objects: 10,000 rows at each change), in one shape.
    rows[i] = {
      kind: 'row',
      contact,
      suggestion,
      current,
      decision,
      circle,
      confidence: suggestion?.confidence ?? 0,
      status: statusOf(suggested, current, decision),
      twins: undefined,
    };
  }
  return rows;
}

/**
 * Possible duplicates as one row: the card the engine is surest of leads (the first card on a tie) and carries
 * the others, which leave the list.
 */
export function foldDuplicates(rows: readonly ReviewRow[], groups: readonly (readonly string[])[]): ReviewRow[] {
  if (groups.length === 0) return [...rows];
  // One look-up per row (by its id, only while building), then the rows to change by index: a lead, or a card
  // folded into one (null). Three look-ups per row cost more than the folding itself at 10,000 rows.
  const grouped = new Set<string>();
  for (const ids of groups) for (const id of ids) grouped.add(id);
  const at = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]!.contact.id;
    if (grouped.has(id)) at.set(id, i);
  }
  const changed: (ReviewRow | null | undefined)[] = new Array<ReviewRow | null | undefined>(rows.length);
  for (const ids of groups) {
    const members: number[] = [];
    for (const id of ids) {
      const i = at.get(id);
      if (i !== undefined) members.push(i);
    }
    if (members.length < 2) continue;
    const first = members.reduce((best, i) => (rows[i]!.confidence > rows[best]!.confidence ? i : best));
    const lead = rows[first]!;
    changed[first] = { ...lead, twins: members.filter((i) => i !== first).map((i) => rows[i]!.contact) };
    for (const i of members) if (i !== first) changed[i] = null;
  }
  const out: ReviewRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const change = changed[i];
    if (change === undefined) out.push(rows[i]!);
    else if (change) out.push(change);
  }
  return out;
}

const haystacks = new WeakMap<Contact, string>();
function haystack(c: Contact): string {
  let h = haystacks.get(c);
  if (h === undefined) {
    h = fold([c.displayName, c.companyName ?? '', ...c.emailAddresses.map((e) => e.address)].join(' '));
    haystacks.set(c, h);
  }
  return h;
}

/** The filter as a test of one row, its search words folded once (not once per row). */
export function matcher(filter: ReviewFilter): (row: ReviewRow) => boolean {
  const words = filter.query.trim() ? fold(filter.query).split(/\s+/).filter(Boolean) : [];
  const { circle, minConfidence, scope } = filter;
  return (row) => {
    if (circle === 'none' ? row.circle !== null : circle !== 'all' && row.circle !== circle) return false;
    // A user's own choice is as sure as it gets: the confidence filter is about the engine's suggestions.
    if (minConfidence > 0 && !row.decision && row.confidence < minConfidence) return false;
    if (scope === 'no-circle' && row.current) return false;
    if (words.length > 0) {
      // A duplicate's other cards are found by their names and addresses too.
      const cards = row.twins ? [row.contact, ...row.twins].map(haystack) : [haystack(row.contact)];
      if (!words.every((w) => cards.some((h) => h.includes(w)))) return false;
    }
    return true;
  };
}

export const matches = (row: ReviewRow, filter: ReviewFilter): boolean => matcher(filter)(row);

/** Rows the user can still accept in one click: a suggestion not yet decided nor already in place. */
export const isAcceptable = (row: ReviewRow): boolean => row.status === 'suggested';

// One collator for every comparison: String#localeCompare builds one per call; the order is the same.
const byName = new Intl.Collator().compare;

/** Where a row sorts within its group: the round it was first seen in, then its confidence at that time. */
type RowRank = { readonly round: number; readonly confidence: number };

/** Ranks rows into `rounds` and `confidences`, by row index. */
export type StableOrder = {
  readonly nextRound: (analysed: boolean) => void;
  readonly rank: (rows: readonly ReviewRow[], rounds: Int32Array, confidences: Float64Array) => void;
};

/**
 * The order of the review holds while the user works through it. Each choice is feedback the engine reads at
 * once, so confidences move and people join a group; sorting again by the new confidences would move rows
 * under the user's cursor (a keyboard user pressing Down then A would accept someone they have not read).
 * A row keeps the rank it had when first seen in its group; rows that join a group later go after the rows
 * already there. Ranking starts with the first grouping after a complete analysis (`nextRound(true)`), so the
 * suggestions streaming in on the first load still sort by confidence; each later grouping is a new round.
 */
export function stableOrder(): StableOrder {
  // By contact id, the rank in the group it was first seen in, chained to its ranks in other groups (nearly
  // always none): one object per contact.
  type Seen = RowRank & { readonly circle: CircleId | null; other?: Seen };
  const seen = new Map<string, Seen>();
  let round = 0;
  const rankOf = (row: ReviewRow): Seen => {
    const first = seen.get(row.contact.id);
    let last: Seen | undefined;
    for (let s = first; s; s = s.other) {
      if (s.circle === row.circle) return s;
      last = s;
    }
    const rank: Seen = { round, confidence: row.confidence, circle: row.circle };
    if (last) last.other = rank;
    else seen.set(row.contact.id, rank);
    return rank;
  };
  return {
    nextRound(analysed) {
      if (round > 0 || analysed) round++;
    },
    rank(rows, rounds, confidences) {
      if (round === 0) return byConfidence.rank(rows, rounds, confidences);
      for (let i = 0; i < rows.length; i++) {
        const at = rankOf(rows[i]!);
        rounds[i] = at.round;
        confidences[i] = at.confidence;
      }
    },
  };
}

/** No order kept: each row by its confidence now. */
const byConfidence: StableOrder = {
  nextRound: () => undefined,
  rank(rows, rounds, confidences) {
    rounds.fill(0, 0, rows.length);
    for (let i = 0; i < rows.length; i++) confidences[i] = rows[i]!.confidence;
  },
};

/** Each contact's place in the list by name, for sorting rows with a number instead of the collator. */
export type NameOrder = ReadonlyMap<Contact, number>;

/**
 * The contacts in the collator's order of their names (equal names in the contacts' order), as ranks. A sort
 * with the collator makes some 130,000 comparisons for 10,000 contacts, hundreds of milliseconds on the pane's
 * thread at every new slice of suggestions; instead the names are sorted once, by their folded form (plain
 * string comparisons, the same order for nearly every name), then put in the collator's exact order by an
 * insertion pass that costs one comparison per name plus one per name out of place. Names whose folded order
 * is far from the collator's (scripts it orders otherwise) fall back to the collator's sort, past a budget.
 */
export function nameOrder(contacts: readonly Contact[]): NameOrder {
  const keyed = contacts.map((contact, i) => ({ contact, i, key: fold(contact.displayName) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  type Keyed = (typeof keyed)[number];
  const exact = (a: Keyed, b: Keyed) => byName(a.contact.displayName, b.contact.displayName) || a.i - b.i;
  let budget = keyed.length * 4;
  for (let j = 1; j < keyed.length && budget >= 0; j++) {
    const x = keyed[j]!;
    let m = j - 1;
    for (; m >= 0 && exact(keyed[m]!, x) > 0; m--) {
      keyed[m + 1] = keyed[m]!;
      budget--;
    }
    keyed[m + 1] = x;
  }
  if (budget < 0) keyed.sort(exact);
  return new Map(keyed.map((k, rank) => [k.contact, rank]));
}

/** The rows with their sort keys by row index, in typed arrays: no object per row to sort by. */
export type RankedRows = {
  readonly rows: readonly ReviewRow[];
  readonly rounds: Int32Array;
  readonly confidences: Float64Array;
  /** Each row's place by name. */
  readonly names: Float64Array;
};

/**
 * Every row's sort keys: its rank (`order`: see stableOrder) and its place by name (`names`: the contacts'
 * nameOrder, computed once per list of contacts). Every row is ranked, shown or not, so that clearing a filter
 * does not make the hidden rows "new". The first half of groupRows: the review runs it as a slice of its own,
 * apart from the grouping (which a new filter runs again alone).
 */
export function rankRows(
  rows: readonly ReviewRow[],
  order: StableOrder = byConfidence,
  names: NameOrder = nameOrder(rows.map((r) => r.contact)),
): RankedRows {
  const n = rows.length;
  const rounds = new Int32Array(n);
  const confidences = new Float64Array(n);
  const byName = new Float64Array(n);
  order.rank(rows, rounds, confidences);
  for (let i = 0; i < n; i++) byName[i] = names.get(rows[i]!.contact) ?? Infinity;
  return { rows, rounds, confidences, names: byName };
}

/**
 * Groups the ranked rows that pass the filter by circle in the taxonomy's order (contacts without a suggestion
 * last), strongest suggestions first (or in the order kept) then by name, and flattens them with a header per
 * group. The second half of groupRows.
 */
export function groupRanked(ranked: RankedRows, filter: ReviewFilter, taxonomy: Taxonomy): ReviewItem[] {
  const { rows, rounds, confidences, names } = ranked;
  const shown = matcher(filter);
  const groups = new Map<CircleId | null, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!shown(row)) continue;
    const list = groups.get(row.circle);
    if (list) list.push(i);
    else groups.set(row.circle, [i]);
  }
  const known = new Set<CircleId | null>(taxonomy.map((c) => c.id));
  const order: (CircleId | null)[] = [
    ...taxonomy.map((c) => c.id),
    ...[...groups.keys()].filter((k) => k !== null && !known.has(k)),
    null,
  ];
  const items: ReviewItem[] = [];
  for (const circle of order) {
    const list = groups.get(circle);
    if (!list?.length) continue;
    list.sort((a, b) => rounds[a]! - rounds[b]! || confidences[b]! - confidences[a]! || names[a]! - names[b]!);
    const acceptable: string[] = [];
    for (const i of list) if (isAcceptable(rows[i]!)) acceptable.push(rows[i]!.contact.id);
    items.push({ kind: 'header', circle, count: list.length, acceptable });
    for (const i of list) items.push(rows[i]!);
  }
  return items;
}

/** rankRows then groupRanked, in one go. */
export function groupRows(
  rows: readonly ReviewRow[],
  filter: ReviewFilter,
  taxonomy: Taxonomy,
  order?: StableOrder,
  names?: NameOrder,
): ReviewItem[] {
  return groupRanked(rankRows(rows, order, names), filter, taxonomy);
}

/** Counts of suggestions per circle, of the rows that pass `shown` (all of them by default). */
export function countByCircle(
  rows: readonly ReviewRow[],
  shown: (row: ReviewRow) => boolean = () => true,
): Map<CircleId | null, number> {
  const counts = new Map<CircleId | null, number>();
  for (const r of rows) if (shown(r)) counts.set(r.circle, (counts.get(r.circle) ?? 0) + 1);
  return counts;
}

/** The contacts "accept everything above" would accept: filtered, acceptable and at least that confident. */
export function acceptableAbove(rows: readonly ReviewRow[], filter: ReviewFilter, threshold: number): string[] {
  const shown = matcher(filter);
  return rows.filter((r) => isAcceptable(r) && r.confidence >= threshold && shown(r)).map((r) => r.contact.id);
}

/** The pending changes of people not in these rows (a filter hides them); they are applied all the same. */
export function pendingOutside(rows: readonly ReviewRow[], pending: ReadonlyMap<string, unknown>): number {
  if (pending.size === 0) return 0;
  let inside = 0;
  for (const r of rows) {
    if (pending.has(r.contact.id)) inside++;
    if (r.twins) for (const twin of r.twins) if (pending.has(twin.id)) inside++;
  }
  return pending.size - inside;
}

/**
 * How many people the pending changes are for: a row with possible duplicates is one person whose choice files
 * each of its cards, and the review counts it once everywhere else (« Accepter (184) », « Tout accepter (28) »).
 * A pending card outside the rows shown (a sub-circle narrows them) counts as one person.
 */
export function pendingPeople(rows: readonly ReviewRow[], pending: ReadonlyMap<string, unknown>): number {
  let extra = 0;
  for (const r of rows) {
    if (!r.twins) continue;
    const cards = (pending.has(r.contact.id) ? 1 : 0) + r.twins.filter((t) => pending.has(t.id)).length;
    if (cards > 1) extra += cards - 1;
  }
  return pending.size - extra;
}
