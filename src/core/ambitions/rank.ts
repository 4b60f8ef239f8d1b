/**
 * Ranks a mailbox's contacts against an ambition: relevance (organisation, sector, country, role) first,
 * then tie strength and circle as modest multipliers, so a well-placed acquaintance still beats a close
 * friend with nothing to do with the ambition. Deterministic; ties are broken by contact id.
 */
import type { CircleId } from '../circles/types';
import { boundContact } from '../contacts/bounds';
import type { Contact, Mailbox } from '../model';
import { withCurrentPosition } from '../linkedin/match';
import type { CurrentPosition } from '../linkedin/types';
import type { AmbitionInterpretation, Goal } from './interpret';
import { profileOf, type ContactProfile, type Finding } from './profile';
import type { CountryKind, SectorKind, ShortlistReason } from './evidence';
import { roleAffinity, type RoleId } from './roles';
import { sectorAffinity } from './sectors';
import { doorOpener, targetOf, withNearCountries, type Target } from './target';
import { computeTies, latestDate, noTie, type Tie } from './ties';
import { findIntroducers, type Introducer } from './introducers';
import { diversify, organisationOf } from './diversity';
import { circlePromises, FIT, isWarm, shortfallsOf, type CirclePromise, type Shortfall } from './summary';
import { tokens } from '../text/fold';
import { pad } from '../text/terms';

export type ShortlistEntry = {
  contactId: string;
  score: number;
  /** True when the contact fits the ambition; false when they are only among the closest. */
  fits: boolean;
  reasons: ShortlistReason[];
  /**
   * For a contact who fits but whom the user barely knows: close contacts of the user who write or meet
   * with them and could introduce the user, best first. Absent when there is none or no need.
   */
  introducers?: Introducer[];
};

export type Shortlist = {
  interpretation: AmbitionInterpretation;
  /** Circles holding people who fit, by promise (best = 1), with how many fit and how many are warm. */
  circles: CirclePromise[];
  /** Parts of the ambition nobody among the contacts matches: the list then shows the closest. */
  shortfalls: Shortfall[];
  /** Best first; scores within 0..1. */
  contacts: ShortlistEntry[];
  /** How many contacts the ambition ranks at all: `contacts` is the first `limit` of them. */
  ranked: number;
};

export type RankInput = {
  mailbox: Mailbox;
  interpretation: AmbitionInterpretation;
  /** contactId → circle (null when the circle engine abstains). */
  circles?: ReadonlyMap<string, CircleId | null>;
  /** Default 50. */
  limit?: number;
  /** Reference date for recency; defaults to the mailbox's latest message or event (never the clock). */
  now?: Date;
  /** Current company and position by contact id (LinkedIn), read instead of the card's possibly stale ones. */
  current?: ReadonlyMap<string, CurrentPosition>;
};

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const MAX_CIRCLE_FACTOR = 1.06;

/** How well the contact's organisation and sector fit (0..1), and why. */
function placeFit(
  p: ContactProfile,
  t: Target,
  words: Words,
): { sector: number; implied: number; impliedSector?: string; reasons: ShortlistReason[] } {
  const reasons: ShortlistReason[] = [];
  let sector = 0;
  let why: ShortlistReason | undefined;
  if (p.company && t.companyIds.has(p.company.id)) {
    sector = 1;
    why = { kind: 'named-company', company: p.company.name, weight: 1 };
  }
  // A company the dataset does not know, by the words of its name: on the card (company, title, department)
  // it is where they work; only in an address's domain it is less sure (an old address, a partner's
  // mailbox) and the reason says so, in the user's spelling of the name.
  for (const raw of t.rawCompanies) {
    if (sector < 1 && words.card.includes(` ${raw.key} `)) {
      sector = 1;
      why = { kind: 'named-company', company: raw.name, weight: 1 };
    }
    // A card naming another company puts the person's role there: the address is an old one, or shared.
    const fit = words.otherCompany ? DOMAIN_OTHER_COMPANY : DOMAIN_ONLY;
    const domain = sector < fit ? words.domains.find((d) => d.words.includes(` ${raw.key} `)) : undefined;
    if (domain) {
      sector = fit;
      why = { kind: 'named-company', company: raw.name, domain: domain.domain, weight: fit };
    }
  }
  // A sector the user typed and the taxonomy does not know is looked for as a word of the contact's fields.
  for (const raw of t.rawSectors) {
    if (sector < 0.8 && words.all.includes(` ${raw}`)) {
      sector = 0.8;
      why = { kind: 'typed-sector', word: raw, weight: 0.8 };
    }
  }
  type Best = { value: number; finding?: Finding<SectorKind>; wanted?: string };
  const bestOf = (wanted: ReadonlyMap<string, number>): Best => {
    let out: Best = { value: 0 };
    for (const [w, weight] of wanted) {
      for (const f of p.sectors.values()) {
        const v = sectorAffinity(w, f.value) * f.confidence * weight;
        if (v > out.value || (v === out.value && v > 0 && out.finding && f.value < out.finding.value))
          out = { value: v, finding: f, wanted: w };
      }
    }
    return out;
  };
  const explicit = bestOf(t.sectors);
  if (explicit.value > sector && explicit.finding) {
    sector = explicit.value;
    why = {
      kind: explicit.finding.kind,
      sector: explicit.finding.value,
      found: explicit.finding.evidence,
      weight: round(sector),
    };
  }
  if (why) reasons.push(why);
  const implied = bestOf(t.impliedSectors);
  const goal = goalOfImplied(t);
  if (implied.value > 0 && implied.finding && goal)
    reasons.push({
      kind: 'goal-sector',
      sector: implied.finding.value,
      goal,
      found: implied.finding.evidence,
      weight: round(implied.value),
    });
  return { sector, implied: implied.value, ...(implied.wanted ? { impliedSector: implied.wanted } : {}), reasons };
}

/** The goal that calls for the implied sectors (see `targetOf`). */
function goalOfImplied(t: Target): Goal | undefined {
  return (['expand', 'fundraising', 'first-client'] as const).find((g) => t.goals.has(g));
}

/** How much a tie to a country counts: as read, or (to open an office) less for a company's seat. */
type Weigh = (f: Finding<CountryKind>) => number;
const asRead: Weigh = (f) => f.confidence;
/**
 * To open an office, people on the ground count most: a company's headquarters there says where the
 * company is, not where the person works (a first client is the reverse: the company buys).
 */
const onTheGround: Weigh = (f) => f.confidence * (f.kind === 'company-hq' ? 0.7 : 1);

function countryFit(
  p: ContactProfile,
  t: Target,
  weigh: Weigh = asRead,
): { value: number; near?: boolean; reason?: ShortlistReason } {
  let best: Finding<CountryKind> | undefined;
  for (const f of p.countries.values()) if (t.countries.has(f.value) && (!best || weigh(f) > weigh(best))) best = f;
  if (!best) return nearFit(p, t);
  // A second independent signal (an address and a phone, say) makes the tie to the country surer.
  const others = [...p.countries.values()].filter(
    (f) => t.countries.has(f.value) && f !== best && f.field !== best!.field,
  ).length;
  const value = Math.min(1, weigh(best) + 0.1 * others);
  return {
    value,
    reason: { kind: best.kind, country: best.value, found: best.evidence, weight: round(value) },
  };
}

/**
 * When nobody is tied to the country asked, the closest are those tied to a country near it (see
 * `nearCountries`): a weaker tie, said as such, and never counted as being in the country.
 */
function nearFit(p: ContactProfile, t: Target): { value: number; near?: boolean; reason?: ShortlistReason } {
  let best: { f: Finding<CountryKind>; value: number; wanted: string } | undefined;
  for (const f of p.countries.values()) {
    const near = t.near.get(f.value);
    if (near && (!best || f.confidence * near.weight > best.value))
      best = { f, value: f.confidence * near.weight, wanted: near.wanted };
  }
  if (!best) return { value: 0 };
  const { f, value, wanted } = best;
  return {
    value,
    near: true,
    reason: { kind: 'near-country', country: f.value, wanted, found: f.evidence, weight: round(value) },
  };
}

/**
 * To open an office in a country: people in or tied to it first (0.3..1), those who can act there (a
 * senior, an adviser on the spot) before the others; then (below 0.3) advisers from home, whose trade is
 * setting up abroad (an export agency more than a lawyer or a consultant, and much less one whose card
 * names another country: their practice is there), and, when nobody is tied to the country, people tied
 * to a country near it.
 */
function officeFit(p: ContactProfile, t: Target, adviser: number, agency: boolean, door: number): number {
  // An adviser on the spot is both: in the country and in the trade of setting up there.
  const acts = Math.min(1, 0.5 + 0.3 * door + 0.5 * adviser);
  const tie = countryFit(p, t, onTheGround);
  if (tie.value > 0 && !tie.near) return 0.3 + 0.7 * tie.value * acts;
  const elsewhere = [...p.countries.values()].some((f) => f.kind === 'title-country' && !t.countries.has(f.value));
  const home = adviser * (agency ? 0.3 : 0.2) * (elsewhere ? 0.3 : 1);
  return Math.max(home, 0.5 * tie.value * acts);
}

/**
 * Circles and ambitions (see docs/KNOWLEDGE.md): close circles make warm introductions; former colleagues
 * and classmates now elsewhere bridge into new sectors; current colleagues sit where the user already is,
 * so they help less to move; clients are leverage for selling; online-only ties are the weakest.
 */
export function circleFactor(circle: CircleId | null | undefined, t: Target, ownerInPlace = false): number {
  switch (circle) {
    case 'family-friends':
      return 1.06;
    case 'former-colleagues':
      return 1.05;
    case 'classmates':
    case 'clubs':
      return 1.03;
    case 'clients':
      return t.goals.has('first-client') || t.goals.has('partners') ? 1.05 : 1.02;
    case 'colleagues':
      // To move, colleagues help where the user's own company already is in the sector sought, and
      // little elsewhere: they know the company the user wants to leave.
      if (!(t.goals.has('job') || t.goals.has('enter-sector'))) return 1;
      return ownerInPlace ? 0.92 : 0.75;
    case 'online':
      return 0.97;
    case 'social-events':
      return 0.99;
    default:
      return 1;
  }
}

function tieReason(tie: Tie): ShortlistReason | undefined {
  if (tie.strength === 0) return undefined;
  const { received, sent, shared, events, daysSince } = tie;
  return {
    kind: 'tie',
    received,
    sent,
    shared,
    events,
    ...(daysSince === undefined ? {} : { daysSince }),
    weight: round(tie.strength),
  };
}

/**
 * How well a contact matches each part of the ambition (0..1): the sector or company, the country, the
 * exact role. Undefined where the ambition names none. They say whether anybody fits (`shortfallsOf`).
 */
export type Facets = { readonly place?: number; readonly country?: number; readonly role?: number };

type Relevance = { value: number; reasons: ShortlistReason[]; facets: Facets };

/** Relevance of one contact (0..1) with its reasons; 0 means off the list. */
export function relevanceOf(p: ContactProfile, t: Target, words: Words): Relevance {
  const hasPlace = t.sectors.size > 0 || t.companyIds.size > 0 || t.rawCompanies.length > 0 || t.rawSectors.length > 0;
  const hasCountry = t.countries.size > 0;
  const place = placeFit(p, t, words);
  const country = countryFit(p, t);
  const reasons = [...place.reasons];
  if (country.reason) reasons.push(country.reason);
  const exactRole = Math.max(0, ...t.roles.map((r) => p.roles.get(r)?.confidence ?? 0));
  const facets: Facets = {
    ...(hasPlace ? { place: place.sector } : {}),
    ...(hasCountry ? { country: country.near ? 0 : country.value } : {}),
    ...(t.roles.length > 0 ? { role: exactRole } : {}),
  };

  let fit: number | undefined;
  if (hasPlace && hasCountry) fit = place.sector * (0.25 + 0.75 * country.value);
  else if (hasPlace) fit = place.sector;
  // To open an office, anyone in the country helps a little; those who set offices up (below) help most.
  else if (hasCountry) fit = country.value * (t.goals.has('expand') ? 0.5 : 1);
  let serviceDoor = 0;
  if (t.impliedSectors.size > 0) {
    // A Paris fund helps less with a round in Berlin than a Berlin one; an export agency helps from home,
    // though its desk in the country asked helps most.
    const local = !hasCountry
      ? 1
      : place.impliedSector === 'trade-promotion'
        ? 0.6 + 0.4 * country.value
        : 0.25 + 0.75 * country.value;
    const served = place.implied * local;
    // To set up abroad, the lawyer, the accountant or the agency's adviser does the work, whatever the title.
    if (t.goals.has('expand') && served > (fit ?? 0)) serviceDoor = 0.6;
    fit = Math.max(fit ?? 0, served);
  }

  const held = new Map<RoleId, number>([...p.roles].map(([id, f]) => [id, f.confidence]));
  const door = doorOpener(t, held, p.seniority);
  // A door read from the department alone quotes the department: the title may be empty.
  const doorTitle = p.title || (door.role ? p.roles.get(door.role)?.evidence : undefined) || '';
  if (door.weight > 0 && doorTitle)
    reasons.push(
      door.kind === 'wanted-role' && door.role
        ? { kind: 'wanted-role', role: door.role, title: doorTitle, weight: round(door.weight) }
        : { kind: door.kind === 'wanted-role' ? 'director' : door.kind, title: doorTitle, weight: round(door.weight) },
    );

  if (t.goals.has('expand') && hasCountry && !hasPlace && t.mode === 'reach') {
    const agency = place.impliedSector === 'trade-promotion';
    return { value: officeFit(p, t, place.implied, agency, door.weight), reasons, facets };
  }

  if (t.mode === 'become') {
    let role = 0;
    let found: Finding<'title-role' | 'department-role'> | undefined;
    for (const r of t.roles) {
      for (const f of p.roles.values()) {
        const v = f.confidence * roleAffinity(r, f.value as RoleId);
        if (v > role) {
          role = v;
          found = f;
        }
      }
    }
    // "Devenir DAF": a finance director holds it more than an accountant does.
    if (t.senior && p.seniority !== 'executive' && p.seniority !== 'director') role *= 0.85;
    const held = found?.value as RoleId | undefined;
    if (found && held && found.evidence)
      reasons.push(
        t.roles.includes(held)
          ? { kind: 'wanted-role', role: held, title: found.evidence, weight: round(role) }
          : { kind: 'near-role', role: held, wanted: t.roles[0]!, title: found.evidence, weight: round(role) },
      );
    // Holding the role and being in the sector both matter; a door opener in the sector adds a little.
    const value = fit === undefined ? role : 0.5 * fit + 0.5 * role + 0.05 * door.weight * fit;
    return { value, reasons, facets };
  }
  if (fit === undefined) return { value: door.weight, reasons, facets };
  return { value: fit * (0.6 + 0.4 * Math.max(door.weight, serviceDoor)), reasons, facets };
}

/**
 * A typed company found only in an address's domain fits a little less than one the card names, and much less
 * when the card names another company.
 */
const DOMAIN_ONLY = 0.9;
const DOMAIN_OTHER_COMPANY = 0.6;

/**
 * The folded words of the fields where a typed company or sector name may appear: the card's (company, title,
 * department), each address's domain, and all of them together.
 */
export type Words = {
  readonly card: string;
  /** The card names a company (one that is not the company looked for, when that is not in `card`). */
  readonly otherCompany: boolean;
  readonly domains: readonly { readonly domain: string; readonly words: string }[];
  readonly all: string;
};

const noWords: Words = { card: '', otherCompany: false, domains: [], all: '' };

function wordsOf(contact: Contact): Words {
  const card = [contact.companyName ?? '', contact.jobTitle ?? '', contact.department ?? ''].join(' ');
  const domains = contact.emailAddresses.map((e) => (e.address.split('@')[1] ?? '').toLowerCase());
  return {
    card: pad(tokens(card).join(' ')),
    otherCompany: (contact.companyName ?? '').trim() !== '',
    domains: domains.filter((d) => d !== '').map((domain) => ({ domain, words: pad(tokens(domain).join(' ')) })),
    all: pad(tokens([card, ...domains].join(' ')).join(' ')),
  };
}

/** Ranks the mailbox's contacts for the interpretation. Contacts with no relevance are left out. */
/**
 * Whether nothing at all was read in the ambition ("azerty", a word the knowledge does not hold): no goal,
 * sector, offer, place, role or company. Nobody is ranked then: a list would only be the most senior people,
 * shown as fitting an ambition nobody understood.
 */
export function understoodNothing(i: AmbitionInterpretation): boolean {
  return [i.goals, i.sectors, i.offer ?? [], i.countries, i.regions, i.roles, i.companies].every((l) => l.length === 0);
}

export function rankShortlist(input: RankInput): Shortlist {
  const { mailbox, interpretation } = input;
  if (understoodNothing(interpretation))
    return { interpretation, circles: [], shortfalls: [], contacts: [], ranked: 0 };
  const asked = targetOf(interpretation);
  const now = input.now ?? latestDate(mailbox);
  const ties = computeTies(mailbox, now);
  const limit = input.limit ?? 50;

  const cards = mailbox.contacts.map((card) => {
    const contact = withCurrentPosition(card, input.current?.get(card.id));
    // Read within bounds (a 100,000-character title is not evidence); the entry keeps the contact as it is.
    const read = boundContact(contact);
    return { contact, read, profile: profileOf(read) };
  });
  const target = nobodyInCountry(asked, cards)
    ? withNearCountries(asked, homeCountry(profileOf(ownerCard(mailbox)), cards))
    : asked;
  const ownerInPlace = ownerFits(mailbox, target);
  const ownerDomain = mailbox.owner.mail.split('@')[1]?.toLowerCase();

  type Scored = ShortlistEntry & {
    circle: CircleId | null;
    relevance: number;
    warm: boolean;
    facets: Facets;
    organisation?: string;
  };
  const scored: Scored[] = [];
  for (const { contact, read, profile } of cards) {
    const words = target.rawCompanies.length > 0 || target.rawSectors.length > 0 ? wordsOf(read) : noWords;
    const rel = relevanceOf(profile, target, words);
    if (rel.value <= 0) continue;
    const tie = ties.get(contact.id) ?? noTie;
    const circle = input.circles?.get(contact.id) ?? null;
    // A colleague is one by the circle the user set, or by sharing the user's work address domain.
    const colleague =
      circle === 'colleagues' ||
      (!!ownerDomain && contact.emailAddresses.some((e) => e.address.toLowerCase().endsWith(`@${ownerDomain}`)));
    const factor = circleFactor(colleague ? 'colleagues' : circle, target, ownerInPlace);
    // Divided by the largest circle factor so scores stay within 0..1.
    const score = round((rel.value * (0.85 + 0.15 * tie.strength) * factor) / MAX_CIRCLE_FACTOR);
    if (score <= 0) continue;
    const reasons = [...rel.reasons];
    const tr = tieReason(tie);
    if (tr) reasons.push(tr);
    if (circle && factor !== 1) reasons.push({ kind: 'circle', circle, weight: factor });
    const fits = rel.value >= FIT;
    const organisation = organisationOf(read, profile);
    scored.push({
      ...(organisation ? { organisation } : {}),
      contactId: contact.id,
      score,
      fits,
      reasons,
      circle,
      relevance: rel.value,
      warm: isWarm(tie),
      facets: rel.facets,
    });
  }
  scored.sort((a, b) => b.score - a.score || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));

  const top = diversify(scored, Math.max(0, limit));
  // Introductions are worth finding for the people who fit but whom the user barely knows.
  const cold = new Set(top.filter((e) => e.fits && !e.warm).map((e) => e.contactId));
  const intros = findIntroducers(mailbox, cold, ties);
  return {
    interpretation,
    circles: circlePromises(scored),
    shortfalls: shortfallsOf(scored, interpretation, target),
    contacts: top.map(({ contactId, score, fits, reasons }) => {
      const introducers = intros.get(contactId);
      return { contactId, score, fits, reasons, ...(introducers ? { introducers } : {}) };
    }),
    ranked: scored.length,
  };
}

type Card = { readonly profile: ContactProfile };

/** Contacts tied to a country before it can be the user's own for lack of better evidence. */
const HOME_MIN = 3;

/** True when countries are asked and no contact is tied to any of them. */
function nobodyInCountry(t: Target, cards: readonly Card[]): boolean {
  if (t.countries.size === 0) return false;
  return !cards.some(({ profile }) => [...profile.countries.keys()].some((c) => t.countries.has(c)));
}

/**
 * The user's own country: where the user's address or company says, else the one most contacts are tied
 * to, when one clearly is: several contacts, twice as many as any other country.
 */
function homeCountry(owner: ContactProfile, cards: readonly Card[]): string | undefined {
  const own = [...owner.countries.values()].sort((a, b) => b.confidence - a.confidence)[0];
  if (own) return own.value;
  const count = new Map<string, number>();
  for (const { profile } of cards) for (const c of profile.countries.keys()) count.set(c, (count.get(c) ?? 0) + 1);
  const [first, second] = [...count].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= HOME_MIN && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** The user's own card, read like a contact's. */
function ownerCard(mailbox: Mailbox): Contact {
  const { owner } = mailbox;
  return {
    id: '',
    displayName: owner.displayName,
    emailAddresses: owner.mail ? [{ name: owner.displayName, address: owner.mail }] : [],
    businessPhones: [],
    homePhones: [],
    categories: [],
    ...(owner.companyName ? { companyName: owner.companyName } : {}),
  };
}

/** Whether the user's own company is in the sector sought. */
function ownerFits(mailbox: Mailbox, t: Target): boolean {
  const { owner } = mailbox;
  if (!owner.companyName && !owner.mail) return false;
  const card = ownerCard(mailbox);
  return placeFit(profileOf(card), t, wordsOf(card)).sector >= 0.8;
}
