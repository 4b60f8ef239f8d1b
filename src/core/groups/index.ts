/**
 * Sub-circles: named groups from evidence inside each circle (origins.ts) and groups of people who meet and
 * write together (communities.ts), labelled (labels.ts). Show few, good groups: every named sub-circle the
 * evidence supports, then the most cohesive communities that are not one of them. See docs/DESIGN.md.
 */
import { domainLabel, hostOf, isPublicProvider, registrableDomain } from '../contacts';
import { currentEmployer, givenOrgs, type KnownOrg } from '../circles/knowledge';
import { inferredOrgs } from '../circles/org-index';
import { candidateEntries } from '../circles/owner-profile';
import type { ProfileCandidates } from '../circles/profile-types';
import type { CircleId, Suggestion } from '../circles/types';
import type { Contact, Mailbox, Owner } from '../model';
import { cohesion, findCommunities, grown, jaccard, rankScore, type Community } from './communities';
import { meetingGraph, type MeetingGraph } from './graph';
import { originGroups } from './origins';
import { defaultTuning, type GroupTuning } from './tuning';
import { fold } from '../text/fold';
import { companyKey } from '../text/company';
import type { Group, SharedField } from './types';

export type { Group, GroupBasis, SharedField } from './types';
export { groupNames, peopleCount } from './labels';
export { forEachTie, meetingGraph, latestSignal, tie } from './graph';
export { findCommunities } from './communities';
export { defaultTuning, type GroupTuning } from './tuning';

/**
 * A value names a community when at least this share of its members have it, and it is this many times more
 * common inside than in the whole network (else every group of a one-school network is named after the school).
 */
export const sharedShare = 0.6;
export const sharedLift = 1.5;
/**
 * The meetings judge a named sub-circle only when at least this share of its people meet anyone at all; when
 * they do not, the name alone ranks it, as if it were this cohesive.
 */
export const judgedShare = 0.5;
export const namedPrior = 0.9;

export type FindGroupsInput = {
  readonly mailbox: Mailbox;
  /** The circle of each contact (the engine's suggestions, with the user's decisions applied). */
  readonly suggestions: readonly Suggestion[];
  /** What the engine inferred about the owner's path: its organisations name sub-circles too. */
  readonly profileCandidates?: ProfileCandidates;
  /** Recency is measured from here (ms since epoch); default: the mailbox's latest signal. */
  readonly now?: number;
  /** Other choices than the product's (the snap tuning script varies them). */
  readonly tuning?: Partial<GroupTuning>;
};

/** The organisations the engine knows, as the classifier builds them, with the owner's years from the profile. */
export function knownOrgs(owner: Owner, candidates?: ProfileCandidates): (KnownOrg & { from?: number; to?: number })[] {
  const p = owner.profile;
  const entries = [...p.employers, ...p.schools, ...p.trainings, ...p.clubs];
  const given = givenOrgs(owner).map((o, i) => {
    const e = entries[i];
    return { ...o, ...(e?.from !== undefined ? { from: e.from } : {}), ...(e?.to !== undefined ? { to: e.to } : {}) };
  });
  if (!candidates) return given;
  const current = currentEmployer(owner);
  return [...given, ...inferredOrgs(candidateEntries(candidates), current ? [current, ...given] : given)];
}

export type FindGroupsResult = {
  /** The few groups to show, best first within each kind: named sub-circles, then communities. */
  readonly shown: readonly Group[];
  /** Every named sub-circle of three people or more, shown or not: what a circle opens into on the map. */
  readonly named: readonly Group[];
};

export function findGroups(input: FindGroupsInput): FindGroupsResult {
  const { mailbox } = input;
  const tuning = { ...defaultTuning, ...input.tuning };
  const origins = originGroups({
    contacts: mailbox.contacts,
    suggestions: input.suggestions,
    orgs: knownOrgs(mailbox.owner, input.profileCandidates),
  });
  const graph = meetingGraph(mailbox, input.now, tuning);
  const { ranked, shown } = findCommunities(graph, 4 * tuning.maxShown + origins.length, tuning);
  // One ranking for both kinds, so the count stays what the graph supports: a named sub-circle is shown when its
  // people also meet together as much as the communities shown do; on a near-duplicate the name wins.
  type Pick =
    | { kind: 'origin'; group: Group; set: Set<string>; score: number }
    | { kind: 'community'; c: Community; set: ReadonlySet<string>; score: number };
  const pool: Pick[] = [
    ...origins.map((group): Pick => {
      const set = new Set(group.members);
      const met = group.members.filter((id) => (graph.strength.get(id) ?? 0) > 0).length;
      const judged = met >= judgedShare * set.size;
      const score = rankScore(judged ? cohesion(graph, set) : namedPrior, set.size, tuning);
      return { kind: 'origin', group, set, score };
    }),
    ...ranked.map((c): Pick => ({
      kind: 'community',
      c,
      set: c.members,
      score: rankScore(c.cohesion, c.members.size, tuning),
    })),
  ].sort((a, b) => b.score - a.score || (a.kind === 'origin' ? -1 : 0) - (b.kind === 'origin' ? -1 : 0));
  // Greedy, best first; a group that mostly repeats one already chosen adds little to a reader, so its score
  // shrinks with that overlap (maximal marginal relevance); a near-duplicate is the same group.
  const chosen: Pick[] = [];
  const left = [...pool];
  // Each candidate's overlap with each chosen group, computed once: the scan below asks again every round.
  const overlaps = new Map<Pick, Map<Pick, number>>(pool.map((p) => [p, new Map()]));
  const overlapOf = (q: Pick, p: Pick): number => {
    const known = overlaps.get(p)!;
    let x = known.get(q);
    if (x === undefined) known.set(q, (x = jaccard(q.set, p.set)));
    return x;
  };
  while (chosen.length < shown && left.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < left.length; i++) {
      const p = left[i]!;
      let overlap = 0;
      let twin = -1;
      chosen.forEach((q, j) => {
        const x = overlapOf(q, p);
        if (x > overlap) overlap = x;
        if (x >= tuning.sameGroup) twin = j;
      });
      if (twin >= 0) {
        if (p.kind === 'origin' && chosen[twin]!.kind === 'community') chosen[twin] = p;
        left.splice(i--, 1);
        continue;
      }
      const value = p.score * (1 - overlap) ** tuning.diversity;
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break;
    chosen.push(left.splice(best, 1)[0]!);
  }
  // A community is a partition's part; people tied mostly to it belong too (a person is in several groups).
  // Grown, two communities can become one group (a core and the team around it, both "around" one person):
  // the same people shown twice, so the one chosen later goes.
  const kept: ReadonlySet<string>[] = chosen.flatMap((p) => (p.kind === 'origin' ? [p.set] : []));
  const picked: Community[] = [];
  for (const p of chosen) {
    if (p.kind !== 'community') continue;
    const members = grown(graph, p.c.members, tuning.grow);
    if (kept.some((k) => jaccard(k, members) >= tuning.sameGrown)) continue;
    kept.push(members);
    picked.push({ ...p.c, members });
  }
  const circleOf = new Map(input.suggestions.map((s) => [s.contactId, s.circle]));
  const order = new Map(mailbox.contacts.map((c, i) => [c.id, i]));
  const contacts = new Map(mailbox.contacts.map((c) => [c.id, c]));
  const memberOrigins = new Map<string, string[]>();
  for (const g of origins)
    if (g.basis.kind === 'origin' && g.basis.origin !== 'department')
      for (const id of g.members) memberOrigins.set(id, [...(memberOrigins.get(id) ?? []), g.basis.name]);
  const current = currentEmployer(mailbox.owner);
  const ownCompany = current?.key ? current.key : undefined;
  const base = { circleOf, order, contacts, memberOrigins, ownCompany, ownDomain: current?.domain };
  const ctx: Context = { ...base, values: valuesOf(mailbox.contacts, base) };
  const overall = tally(
    mailbox.contacts.map((c) => c.id),
    ctx,
  );
  const communities = picked.map((c) => communityGroup(c, graph, ctx, overall));
  const named = chosen.flatMap((p) => (p.kind === 'origin' ? [p.group] : []));
  return { shown: [...named, ...communities], named: origins };
}

type Context = {
  readonly circleOf: ReadonlyMap<string, CircleId | null>;
  readonly order: ReadonlyMap<string, number>;
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly memberOrigins: ReadonlyMap<string, readonly string[]>;
  /** The owner's own company (key and domain): every colleague shares it, so it names no group. */
  readonly ownCompany: string | undefined;
  readonly ownDomain: string | undefined;
  /** Each contact's values (see `valuesOf`). */
  readonly values: ReadonlyMap<string, readonly Value[]>;
};

function communityGroup(c: Community, g: MeetingGraph, ctx: Context, overall: Tallies): Group {
  const members = [...c.members].sort((a, b) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0));
  const circles = new Set(members.map((id) => ctx.circleOf.get(id) ?? null));
  const only = circles.size === 1 ? [...circles][0]! : null;
  const central = centralOf(members, g, 3);
  const centre = central[0]!;
  const shared = sharedValue(members, ctx, overall);
  return {
    id: `community:${c.resolution}:${centre}`,
    circle: only,
    members,
    basis: {
      kind: 'community',
      ...(shared ? { shared } : {}),
      centre,
      central,
      resolution: c.resolution,
      cohesion: Math.round(c.cohesion * 1000) / 1000,
    },
  };
}

/** The `count` members with the most meeting weight inside the group, most first (input order on a tie). */
function centralOf(members: readonly string[], g: MeetingGraph, count: number): string[] {
  const marks = new Uint8Array(g.nodes.length);
  const positions = members.map((v) => g.position.get(v) ?? -1);
  for (const p of positions) if (p >= 0) marks[p] = 1;
  const { offsets, neighbours, weights } = g.adjacency;
  const inside = positions.map((p) => {
    let w = 0;
    if (p >= 0) for (let k = offsets[p]!; k < offsets[p + 1]!; k++) if (marks[neighbours[k]!]) w += weights[k]!;
    return w;
  });
  return members
    .map((_, i) => i)
    .sort((a, b) => inside[b]! - inside[a]! || a - b)
    .slice(0, count)
    .map((i) => members[i]!);
}

type Tallies = Map<string, { field: SharedField; names: Map<string, number>; count: number }>;
/** What one contact may share with others: its named origins, its employer (company or work domain), its city. */
type Value = { readonly field: SharedField; readonly key: string; readonly name: string };

/** Each contact's values, read once: the whole network's tally and every group's reuse them. */
function valuesOf(contacts: readonly Contact[], ctx: Omit<Context, 'values'>): Map<string, readonly Value[]> {
  const values = new Map<string, readonly Value[]>();
  for (const contact of contacts) {
    const list: Value[] = [];
    for (const name of new Set(ctx.memberOrigins.get(contact.id) ?? []))
      list.push({ field: 'origin', key: `origin:${fold(name)}`, name });
    const company = contact.companyName?.trim();
    const work = contact.emailAddresses.map((e) => hostOf(e.address)).find((h) => h !== '' && !isPublicProvider(h));
    const workDomain = work ? registrableDomain(work) : undefined;
    const companyId = company ? companyKey(company) || fold(company) : undefined;
    const own =
      (companyId !== undefined && companyId === ctx.ownCompany) ||
      (workDomain !== undefined && workDomain === ctx.ownDomain);
    if (own) {
      // the owner's company names no group
    } else if (company && companyId) list.push({ field: 'company', key: `company:${companyId}`, name: company });
    else if (workDomain) list.push({ field: 'company', key: `company:${workDomain}`, name: domainLabel(workDomain) });
    const city = (contact.homeAddress?.city ?? contact.businessAddress?.city)?.trim();
    if (city) list.push({ field: 'city', key: `city:${fold(city)}`, name: city });
    if (list.length > 0) values.set(contact.id, list);
  }
  return values;
}

/** How many of these contacts have each origin, employer and city. */
function tally(ids: readonly string[], ctx: Context): Tallies {
  const tallies: Tallies = new Map();
  for (const id of ids)
    for (const v of ctx.values.get(id) ?? []) {
      const t = tallies.get(v.key) ?? { field: v.field, names: new Map<string, number>(), count: 0 };
      t.count++;
      t.names.set(v.name, (t.names.get(v.name) ?? 0) + 1);
      tallies.set(v.key, t);
    }
  return tallies;
}

/** What most members share and sets them apart: a named origin, an employer, a city. */
function sharedValue(
  members: readonly string[],
  ctx: Context,
  overall: Tallies,
): { field: SharedField; value: string } | undefined {
  const everyone = ctx.contacts.size || 1;
  const fieldOrder: readonly SharedField[] = ['origin', 'company', 'city'];
  const found = [...tally(members, ctx)]
    .filter(([key, t]) => {
      const share = t.count / members.length;
      const base = (overall.get(key)?.count ?? t.count) / everyone;
      return share >= sharedShare && share >= sharedLift * base;
    })
    .sort(([, a], [, b]) => b.count - a.count || fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field))[0];
  if (!found) return undefined;
  const [bestKey, best] = found;
  // The spelling most used in the whole network, so every group names the same company the same way.
  const spellings = overall.get(bestKey)?.names ?? best.names;
  const value = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return { field: best.field, value };
}
