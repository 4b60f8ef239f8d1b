/**
 * Named sub-circles from evidence: inside each circle, the contacts who share its origin — the employer for
 * former colleagues, the school (and the owner's own class years) for classmates, the training, the club —
 * and the department for colleagues. Organisations are the ones the engine knows (the profile the user gave
 * and what it inferred), so "Capgemini", "CAPGEMINI" and "capgemini.com" are one group under one name.
 */
import { hostOf, registrableDomain, sameCompanyKey } from '../contacts';
import { isDistinctiveName, textMentionsOrg, type KnownOrg, type OrgKind } from '../circles/knowledge';
import type { CircleId, Suggestion } from '../circles/types';
import type { Contact } from '../model';
import { jaccard, minGroupSize, sameGroup } from './communities';
import { fold } from '../text/fold';
import { companyKey } from '../text/company';
import type { Group } from './types';

type Origin = Exclude<OrgKind, 'current'>;

/** Which organisations make the sub-circles of which circle. */
export const originOfCircle: Readonly<Partial<Record<CircleId, Origin>>> = {
  'former-colleagues': 'employer',
  classmates: 'school',
  training: 'training',
  clubs: 'club',
};

const circleOfKind = (kind: OrgKind): CircleId =>
  (Object.keys(originOfCircle) as CircleId[]).find((c) => originOfCircle[c] === kind) ?? 'former-colleagues';

/** Inferred names may come folded ("formation pmp de mars"): a name starts with a capital. */
const readable = (name: string): string => name.charAt(0).toLocaleUpperCase() + name.slice(1);

const yearPattern = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;

/**
 * What a contact's origin may be read from, read once for all the organisations it is compared with: its
 * addresses' hosts and their registrable domains, its company's key, and its texts — its notes and the evidence
 * the engine gave for its circle — folded.
 */
type Traits = {
  readonly hosts: readonly { readonly host: string; readonly domain: string }[];
  readonly companyKey: string | undefined;
  readonly texts: readonly string[];
};

function traitsOf(contact: Contact, suggestion: Suggestion): Traits {
  const texts = [contact.personalNotes ?? '', contact.companyName ?? ''];
  for (const r of suggestion.reasons) if (r.circle === suggestion.circle) texts.push(r.evidence);
  return {
    hosts: contact.emailAddresses.map((e) => {
      const host = hostOf(e.address);
      return { host, domain: registrableDomain(host) };
    }),
    companyKey: contact.companyName ? companyKey(contact.companyName) : undefined,
    texts: texts.filter((t) => t !== '').map(fold),
  };
}

/**
 * Whether a text mentions an organisation, each text read once per organisation: the evidence repeats across
 * contacts (every attendee of a meeting carries its subject), and reading a text for a name, typos allowed, is
 * most of the named sub-circles' time.
 */
type Mentions = Map<KnownOrg, Map<string, boolean>>;

function mentions(known: Mentions, text: string, org: KnownOrg): boolean {
  let byText = known.get(org);
  if (!byText) known.set(org, (byText = new Map()));
  let found = byText.get(text);
  if (found === undefined) byText.set(text, (found = textMentionsOrg(text, org)));
  return found;
}

function belongsTo(traits: Traits, org: KnownOrg, known: Mentions): boolean {
  if (org.domain) {
    const d = org.domain;
    for (const { host, domain } of traits.hosts) if (host === d || host.endsWith(`.${d}`) || domain === d) return true;
  }
  if (org.key !== '' && traits.companyKey !== undefined && sameCompanyKey(traits.companyKey, org.key)) return true;
  return traits.texts.some((t) => mentions(known, t, org));
}

/** Years next to the contact's texts that fall in the owner's own years at that school. */
function classYears(texts: readonly string[], org: KnownOrg & { from?: number; to?: number }): number[] {
  if (org.kind !== 'school' || org.to === undefined) return [];
  const from = org.from ?? org.to;
  const years = new Set<number>();
  for (const t of texts)
    for (const m of t.matchAll(yearPattern)) {
      const y = Number(m[0]);
      if (y >= from && y <= org.to + 1) years.add(y);
    }
  return [...years];
}

export type OriginInput = {
  readonly contacts: readonly Contact[];
  /** The engine's suggestions, one per contact (any order). */
  readonly suggestions: readonly Suggestion[];
  /** The organisations the engine knows, with the owner's years where the profile gives them. */
  readonly orgs: readonly (KnownOrg & { readonly from?: number; readonly to?: number })[];
};

/** Every named sub-circle of at least `minGroupSize` people, in the taxonomy's circle order then by size. */
export function originGroups(input: OriginInput): Group[] {
  const byId = new Map(input.suggestions.map((s) => [s.contactId, s]));
  const members = new Map<KnownOrg, string[]>();
  const years = new Map<KnownOrg, Map<number, string[]>>();
  const departments = new Map<string, { names: Map<string, number>; ids: string[] }>();
  const known: Mentions = new Map();
  for (const contact of input.contacts) {
    const s = byId.get(contact.id);
    if (!s?.circle) continue;
    if (s.circle === 'colleagues' && contact.department?.trim()) {
      const key = companyKey(contact.department) || fold(contact.department);
      const d = departments.get(key) ?? { names: new Map<string, number>(), ids: [] };
      d.ids.push(contact.id);
      const name = contact.department.trim();
      d.names.set(name, (d.names.get(name) ?? 0) + 1);
      departments.set(key, d);
      continue;
    }
    const origin = originOfCircle[s.circle];
    if (!origin) continue;
    const traits = traitsOf(contact, s);
    for (const org of input.orgs) {
      if (org.kind !== origin || !belongsTo(traits, org, known)) continue;
      // Pushed, not copied: an organisation of a few thousand people copied its list at each one.
      const list = members.get(org);
      if (list) list.push(contact.id);
      else members.set(org, [contact.id]);
      for (const y of classYears(traits.texts, org)) {
        const byYear = years.get(org) ?? new Map<number, string[]>();
        const ofYear = byYear.get(y);
        if (ofYear) ofYear.push(contact.id);
        else byYear.set(y, [contact.id]);
        years.set(org, byYear);
      }
    }
  }
  const groups: Group[] = [];
  for (const [key, d] of departments) {
    if (d.ids.length < minGroupSize) continue;
    const name = [...d.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    groups.push({
      id: `origin:colleagues:${key}`,
      circle: 'colleagues',
      members: d.ids,
      basis: { kind: 'origin', origin: 'department', name },
    });
  }
  // In the engine's order (the profile the user gave first), so a given spelling wins over an inferred one.
  for (const org of input.orgs) {
    const ids = members.get(org) ?? [];
    if (ids.length < minGroupSize || !isDistinctiveName(org.name)) continue;
    // The same people under another name ("PMP" and "Formation PMP", a club's French and English names) are one
    // group: the first name stays.
    const set = new Set(ids);
    if (groups.some((g) => g.circle === circleOfKind(org.kind) && jaccard(new Set(g.members), set) >= sameGroup))
      continue;
    const circle = circleOfKind(org.kind);
    const id = `origin:${circle}:${org.key || org.domain || fold(org.name)}`;
    // The owner's own class: the years most of these classmates share, when at least three do.
    const shared = [...(years.get(org) ?? [])].filter(([, list]) => list.length >= minGroupSize);
    const classIds = new Set(shared.flatMap(([, list]) => list));
    const classYearsShared = shared.map(([y]) => y).sort((a, b) => a - b);
    const whole = classIds.size >= 0.8 * ids.length;
    groups.push({
      id,
      circle,
      members: ids,
      basis: {
        kind: 'origin',
        origin: org.kind as Origin,
        name: readable(org.name),
        ...(whole && classYearsShared.length > 0 ? { years: classYearsShared } : {}),
      },
    });
    if (!whole && classYearsShared.length > 0)
      groups.push({
        id: `${id}:${classYearsShared.join('-')}`,
        circle,
        members: ids.filter((x) => classIds.has(x)),
        basis: { kind: 'origin', origin: org.kind as Origin, name: readable(org.name), years: classYearsShared },
      });
  }
  return groups;
}
