/**
 * Sub-circles: named groups from evidence inside each circle (origins.ts) and groups of people who meet and
 * write together (communities.ts), labelled (labels.ts). Show few, good groups: every named sub-circle the
 * evidence supports, then the most cohesive communities that are not one of them. See docs/DESIGN.md.
 */
import { companyKey, domainLabel, fold, hostOf, isPublicProvider, registrableDomain } from '../contacts';
import { currentEmployer, givenOrgs, type KnownOrg } from '../circles/knowledge';
import { inferredOrgs } from '../circles/org-index';
import { candidateEntries } from '../circles/owner-profile';
import type { ProfileCandidates } from '../circles/profile-types';
import type { CircleId, Suggestion } from '../circles/types';
import type { Contact, Mailbox, Owner } from '../model';
import { cohesion, findCommunities, jaccard, maxShown, rankScore, sameGroup, type Community } from './communities';
import { meetingGraph, type MeetingGraph } from './graph';
import { originGroups } from './origins';
import type { Group, SharedField } from './types';

export type { Group, GroupBasis, SharedField } from './types';
export { groupCategoryName, groupLabel, peopleCount } from './labels';
export { meetingGraph, latestSignal } from './graph';
export { findCommunities } from './communities';

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
  const origins = originGroups({
    contacts: mailbox.contacts,
    suggestions: input.suggestions,
    orgs: knownOrgs(mailbox.owner, input.profileCandidates),
  });
  const graph = meetingGraph(mailbox, input.now);
  const { ranked, shown } = findCommunities(graph, maxShown + origins.length);
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
      return { kind: 'origin', group, set, score: rankScore(judged ? cohesion(graph, set) : namedPrior, set.size) };
    }),
    ...ranked.map((c): Pick => ({
      kind: 'community',
      c,
      set: c.members,
      score: rankScore(c.cohesion, c.members.size),
    })),
  ].sort((a, b) => b.score - a.score || (a.kind === 'origin' ? -1 : 0) - (b.kind === 'origin' ? -1 : 0));
  const chosen: Pick[] = [];
  for (const p of pool) {
    if (chosen.length >= shown) break;
    const twin = chosen.findIndex((q) => jaccard(q.set, p.set) >= sameGroup);
    if (twin < 0) chosen.push(p);
    else if (p.kind === 'origin' && chosen[twin]!.kind === 'community') chosen[twin] = p;
  }
  const picked = chosen.flatMap((p) => (p.kind === 'community' ? [p.c] : []));
  const circleOf = new Map(input.suggestions.map((s) => [s.contactId, s.circle]));
  const order = new Map(mailbox.contacts.map((c, i) => [c.id, i]));
  const contacts = new Map(mailbox.contacts.map((c) => [c.id, c]));
  const memberOrigins = new Map<string, string[]>();
  for (const g of origins)
    if (g.basis.kind === 'origin' && g.basis.origin !== 'department')
      for (const id of g.members) memberOrigins.set(id, [...(memberOrigins.get(id) ?? []), g.basis.name]);
  const current = currentEmployer(mailbox.owner);
  const ownCompany = current?.key ? current.key : undefined;
  const ctx = { circleOf, order, contacts, memberOrigins, ownCompany, ownDomain: current?.domain };
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
};

function communityGroup(c: Community, g: MeetingGraph, ctx: Context, overall: Tallies): Group {
  const members = [...c.members].sort((a, b) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0));
  const circles = new Set(members.map((id) => ctx.circleOf.get(id) ?? null));
  const only = circles.size === 1 ? [...circles][0]! : null;
  const centre = centreOf(members, c.members, g);
  const shared = sharedValue(members, ctx, overall);
  return {
    id: `community:${c.resolution}:${centre}`,
    circle: only,
    members,
    basis: {
      kind: 'community',
      ...(shared ? { shared } : {}),
      centre,
      resolution: c.resolution,
      cohesion: Math.round(c.cohesion * 1000) / 1000,
    },
  };
}

/** The member with the most meeting weight inside the group (first in input order on a tie). */
function centreOf(members: readonly string[], set: ReadonlySet<string>, g: MeetingGraph): string {
  let best = members[0]!;
  let bestWeight = -1;
  for (const v of members) {
    let w = 0;
    g.graph.forEachEdge(v, (_e, attr, s, t) => {
      if (set.has(s === v ? t : s)) w += (attr as { weight: number }).weight;
    });
    if (w > bestWeight) {
      best = v;
      bestWeight = w;
    }
  }
  return best;
}

type Tallies = Map<string, { field: SharedField; names: Map<string, number>; count: number }>;

/** How many of these contacts have each origin, employer (company or work domain) and city. */
function tally(ids: readonly string[], ctx: Context): Tallies {
  const tallies: Tallies = new Map();
  const bump = (field: SharedField, key: string, name: string): void => {
    const k = `${field}:${key}`;
    const t = tallies.get(k) ?? { field, names: new Map<string, number>(), count: 0 };
    t.count++;
    t.names.set(name, (t.names.get(name) ?? 0) + 1);
    tallies.set(k, t);
  };
  for (const id of ids) {
    const contact = ctx.contacts.get(id);
    if (!contact) continue;
    for (const name of new Set(ctx.memberOrigins.get(id) ?? [])) bump('origin', fold(name), name);
    const company = contact.companyName?.trim();
    const work = contact.emailAddresses.map((e) => hostOf(e.address)).find((h) => h !== '' && !isPublicProvider(h));
    const workDomain = work ? registrableDomain(work) : undefined;
    const companyId = company ? companyKey(company) || fold(company) : undefined;
    const own =
      (companyId !== undefined && companyId === ctx.ownCompany) ||
      (workDomain !== undefined && workDomain === ctx.ownDomain);
    if (own) {
      // the owner's company names no group
    } else if (company && companyId) bump('company', companyId, company);
    else if (workDomain) bump('company', workDomain, domainLabel(workDomain));
    const city = (contact.homeAddress?.city ?? contact.businessAddress?.city)?.trim();
    if (city) bump('city', fold(city), city);
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
