/**
 * Evidence extraction: every field of a contact, and (when allowed) the messages and events reached through
 * any of its addresses, turned into reasons `{ field, kind, evidence, circle, weight }`.
 */
import {
  academicKind,
  hostOf,
  type AcademicKind,
  domainLabel,
  fold,
  isPublicProvider,
  registrableDomain,
  sameCompanyKey,
  companyKey,
  sharesSurname,
} from '../contacts';
import type { Contact, MessageHeader } from '../model';
import { circleOfOrg, orgMatchesKey, textMentionsOrg, type KnownOrg } from './knowledge';
import type { Matcher } from './matcher';
import { captureOrganisations } from './organisations';
import { looksLikeClub, looksLikeSchool } from './profile';
import { baseSubject, type SignalIndex } from './signals';
import type { CircleId, EvidenceField, Reason } from './types';
import { datedEventPattern, metAtMarker, type RuleScope } from './vocabulary';

const metAt = new RegExp(metAtMarker);
const datedEvent = new RegExp(datedEventPattern);

/** What the engine knows while reading contacts. Built once per run. */
export type EngineContext = {
  readonly current?: KnownOrg;
  /** Past employers, schools, trainings and clubs (given and inferred). */
  readonly orgs: readonly KnownOrg[];
  /** The owner's display name: a contact sharing its surname may be family. */
  readonly ownerName: string;
  readonly matcher: Matcher;
  readonly signals: SignalIndex;
  /** Registrable domains that identify a circle (custom circles, extra domains on built-ins). */
  readonly domainCircles: ReadonlyMap<string, CircleId>;
  /** Folded circle labels (both languages), to read categories the user already set. */
  readonly labelCircles: ReadonlyMap<string, CircleId>;
};

/** Weights of the structural evidence (documented in docs/ENGINE.md). */
export const weights = {
  ownerDomain: 0.97,
  leftOwnerCompany: 0.8,
  employerDomain: 0.9,
  schoolDomain: 0.9,
  clubDomain: 0.9,
  customDomain: 0.9,
  alumniDomain: 0.75,
  academicDomain: 0.45,
  clubWordDomain: 0.6,
  otherOldAddress: 0.3,
  companyCurrent: 0.6,
  companyOrg: 0.6,
  companyScope: 0.6,
  orgMention: 0.75,
  orgNamed: 0.85,
  exUnknown: 0.6,
  anciensUnknownSchool: 0.6,
  anciensUnknownEmployer: 0.45,
  linkedinUrl: 0.3,
  socialUrl: 0.45,
  category: 0.9,
  categoryWords: 0.7,
  personalCategory: 0.2,
  birthday: 0.7,
  spouse: 0.25,
  homeAddress: 0.15,
  homePhone: 0.1,
  sharedSurnamePersonal: 0.7,
  sharedSurnameWork: 0.35,
  messagePrimary: 0.9,
  messageSecondary: 0.45,
  eventAlone: 0.9,
  eventPrimary: 0.85,
  eventSecondary: 0.35,
  location: 0.7,
  /** A weak hint ("anniversaire", "day") in a sentence saying where they met. */
  metAtHint: 0.7,
  datedEvent: 0.55,
} as const;

/**
 * A finding in a text before it is tied to a field: cached per folded text. `kind` is the stable code of the
 * reason it becomes ("keyword" turns into "notes-keyword", "subject-keyword"… by field); `source` and `rule`
 * drive the engine's own logic.
 */
type Finding = {
  readonly circle: CircleId;
  readonly kind: string;
  readonly source: 'keyword' | 'mention' | 'named' | 'capture' | 'dated';
  readonly rule?: string;
  readonly weight: number;
};

const clip = (text: string): string => (text.length > 160 ? `${text.slice(0, 157)}…` : text).trim();

/** Reads free text: vocabulary, mentions of known organisations, and names after "ex-", "anciens de"… */
export class TextReader {
  private readonly cache = new Map<string, readonly Finding[]>();
  private readonly byRaw = new Map<RuleScope, Map<string, readonly Finding[]>>();

  constructor(private readonly ctx: Pick<EngineContext, 'orgs' | 'matcher' | 'current'>) {}

  findings(text: string, scope: RuleScope): readonly Finding[] {
    // Keyed by the raw text per scope: the same subjects come back on every thread.
    const byScope = this.byRaw.get(scope) ?? new Map<string, readonly Finding[]>();
    this.byRaw.set(scope, byScope);
    const seen = byScope.get(text);
    if (seen) return seen;
    const result = this.compute(text, scope);
    if (byScope.size > 50_000) byScope.clear();
    byScope.set(text, result);
    return result;
  }

  private compute(text: string, scope: RuleScope): readonly Finding[] {
    const folded = fold(text);
    if (folded === '') return [];
    const key = `${scope}\u0000${folded}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out: Finding[] = this.ctx.matcher.match(folded, scope).map((h) => ({
      circle: h.circle,
      kind: 'keyword',
      source: 'keyword',
      rule: h.ruleId,
      weight: h.weight,
    }));
    if (scope === 'text') {
      if (metAt.test(folded)) {
        for (let i = 0; i < out.length; i++) {
          const f = out[i];
          if (f && f.weight < weights.metAtHint && (f.rule === 'social-weak' || f.rule === 'conference-weak'))
            out[i] = { ...f, weight: weights.metAtHint };
        }
        const dated = datedEvent.exec(folded);
        if (dated && !looksLikeSchool(dated[1] ?? ''))
          out.push({ circle: 'conferences', kind: 'dated-event', source: 'dated', weight: weights.datedEvent });
      }
      const resolved = new Set<string>();
      for (const o of this.ctx.orgs) {
        if (textMentionsOrg(folded, o)) {
          out.push({
            circle: circleOfOrg[o.kind],
            kind: `mentions-${o.kind}`,
            source: 'mention',
            weight: weights.orgMention * o.trust,
          });
          resolved.add(o.kind);
        }
      }
      for (const c of captureOrganisations(folded)) {
        const known = this.ctx.orgs.find((o) => orgMatchesKey(o, c.key));
        if (known) {
          out.push({
            circle: circleOfOrg[known.kind],
            kind: `mentions-${known.kind}`,
            source: 'named',
            weight: weights.orgNamed * known.trust,
          });
          resolved.add(known.kind);
        } else if (this.ctx.current && this.ctx.current.key !== '' && sameCompanyKey(this.ctx.current.key, c.key)) {
          if (c.hint === 'employer')
            out.push({
              circle: 'former-colleagues',
              kind: 'ex-employer',
              source: 'capture',
              weight: weights.exUnknown,
            });
        } else if (this.ctx.matcher.match(c.entity, 'text').some((h) => h.weight >= 0.6)) {
          // "ex-collègue", "anciens de la formation…": the words name a circle, not an organisation.
        } else if (c.id === 'ex-prefix') {
          out.push({ circle: 'former-colleagues', kind: 'ex-employer', source: 'capture', weight: weights.exUnknown });
        } else if (c.id === 'anciens-de' || c.id === 'alumni-of') {
          if (looksLikeSchool(c.entity))
            out.push({
              circle: 'classmates',
              kind: 'school-alumni',
              source: 'capture',
              weight: weights.anciensUnknownSchool,
            });
          else if (c.id === 'anciens-de')
            out.push({
              circle: 'former-colleagues',
              kind: 'company-alumni',
              source: 'capture',
              weight: weights.anciensUnknownEmployer,
            });
        } else if (c.hint === 'club' && looksLikeClub(c.entity)) {
          out.push({ circle: 'clubs', kind: 'club-member', source: 'capture', weight: weights.anciensUnknownSchool });
        }
      }
      // A past employer named in the text makes "alumni"/"anciens" mean former colleagues, not classmates.
      if (resolved.has('employer') && !resolved.has('school')) {
        for (let i = out.length - 1; i >= 0; i--)
          if (out[i]?.circle === 'classmates' && out[i]?.source === 'keyword') out.splice(i, 1);
      }
      if (resolved.has('school') && !resolved.has('employer')) {
        for (let i = out.length - 1; i >= 0; i--)
          if (out[i]?.circle === 'former-colleagues' && out[i]?.source !== 'named') out.splice(i, 1);
      }
    }
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }
}

function reason(field: EvidenceField, kind: string, evidence: string, circle: CircleId, weight: number): Reason {
  return {
    field,
    kind,
    evidence: clip(evidence),
    circle,
    weight: Math.round(Math.min(0.99, Math.max(0, weight)) * 1000) / 1000,
  };
}

/** The stable code of a vocabulary match, by field ("notes-keyword", "subject-keyword"…). */
const keywordKind: Readonly<Record<EvidenceField, string>> = {
  email: 'email-keyword',
  company: 'company-keyword',
  jobTitle: 'title-keyword',
  department: 'department-keyword',
  notes: 'notes-keyword',
  webPage: 'webpage-keyword',
  categories: 'category-keyword',
  birthday: 'keyword',
  spouse: 'keyword',
  homeAddress: 'keyword',
  homePhone: 'keyword',
  surname: 'keyword',
  message: 'subject-keyword',
  event: 'event-keyword',
  coAttendance: 'keyword',
  learned: 'keyword',
};

function readText(
  reader: TextReader,
  out: Reason[],
  field: EvidenceField,
  text: string | undefined,
  factor: number,
  scope: RuleScope = 'text',
): void {
  if (!text) return;
  for (const f of reader.findings(text, scope))
    out.push(reason(field, f.kind === 'keyword' ? keywordKind[field] : f.kind, text, f.circle, f.weight * factor));
}

const hasPostal = (a: Contact['homeAddress']): boolean =>
  !!a && Object.values(a).some((v) => typeof v === 'string' && v.trim() !== '');

/** What an address's domain says, computed once per host. */
type DomainFacts = {
  readonly domain: string;
  readonly label: string;
  readonly owner: boolean;
  readonly custom?: CircleId;
  readonly org?: KnownOrg;
  readonly academic: AcademicKind;
  readonly clubWord: boolean;
};

/** What a company name says, computed once per name. */
type CompanyFacts = { readonly current: boolean; readonly org?: KnownOrg };

/** Per-run memo of domain and company facts: the same few hundred hosts and companies recur. */
export class FieldMemo {
  private readonly domains = new Map<string, DomainFacts | null>();
  private readonly companies = new Map<string, CompanyFacts>();

  constructor(private readonly ctx: EngineContext) {}

  /** null for public mailbox providers: they say nothing. */
  domain(address: string): DomainFacts | null {
    const host = hostOf(address);
    const known = this.domains.get(host);
    if (known !== undefined) return known;
    let facts: DomainFacts | null = null;
    if (host !== '' && !isPublicProvider(host)) {
      const domain = registrableDomain(host);
      const label = domainLabel(domain);
      const sameOrg = (d: string | undefined): boolean =>
        !!d &&
        (d === domain ||
          d === host ||
          host.endsWith(`.${d}`) ||
          (d.split('.').length === 2 && domainLabel(d) === label));
      const custom = this.ctx.domainCircles.get(domain);
      const org = this.ctx.orgs.find((o) => sameOrg(o.domain));
      facts = {
        domain,
        label,
        owner: sameOrg(this.ctx.current?.domain),
        ...(custom ? { custom } : {}),
        ...(org ? { org } : {}),
        academic: academicKind(host),
        clubWord: looksLikeClub(label.replace(/-/g, ' ')),
      };
    }
    this.domains.set(host, facts);
    return facts;
  }

  company(name: string): CompanyFacts {
    const known = this.companies.get(name);
    if (known) return known;
    const key = companyKey(name);
    const current = !!this.ctx.current && this.ctx.current.key !== '' && sameCompanyKey(this.ctx.current.key, key);
    const org = current ? undefined : this.ctx.orgs.find((o) => o.key !== '' && sameCompanyKey(o.key, key));
    const facts = { current, ...(org ? { org } : {}) };
    this.companies.set(name, facts);
    return facts;
  }
}

const orgDomainWeight = (o: KnownOrg): number =>
  o.kind === 'employer' ? weights.employerDomain : o.kind === 'school' ? weights.schoolDomain : weights.clubDomain;

/** All the reasons one contact offers, before combination. */
export function contactEvidence(contact: Contact, ctx: EngineContext, reader: TextReader, memo: FieldMemo): Reason[] {
  const out: Reason[] = [];
  const addresses = contact.emailAddresses.map((e) => e.address.trim()).filter((a) => a.includes('@'));
  const facts = addresses.map((a) => memo.domain(a));
  const first = facts[0] ?? null;
  const hasCorporate = facts.some((f) => f !== null);

  addresses.forEach((address, i) => {
    const f = facts[i];
    if (!f) return;
    if (f.custom) out.push(reason('email', 'circle-domain', address, f.custom, weights.customDomain));
    const movedOn = i > 0 && first !== null && first.domain !== f.domain && first.label !== f.label;
    if (f.owner) {
      // An older address at the owner's company, a newer one elsewhere: they left — a former colleague.
      if (movedOn && !first?.owner)
        out.push(reason('email', 'old-address', address, 'former-colleagues', weights.leftOwnerCompany));
      else out.push(reason('email', 'owner-domain', address, 'colleagues', weights.ownerDomain));
      return;
    }
    if (f.org) {
      const kind = f.org.kind === 'employer' ? (i > 0 ? 'old-address' : 'employer-domain') : `${f.org.kind}-domain`;
      out.push(reason('email', kind, address, circleOfOrg[f.org.kind], orgDomainWeight(f.org) * f.org.trust));
      return;
    }
    if (f.academic === 'alumni')
      out.push(reason('email', 'alumni-domain', address, 'classmates', weights.alumniDomain));
    else if (f.academic === 'school')
      out.push(reason('email', 'academic-domain', address, 'classmates', weights.academicDomain));
    else if (f.clubWord) out.push(reason('email', 'club-domain', address, 'clubs', weights.clubWordDomain));
    else if (movedOn) out.push(reason('email', 'old-address', address, 'former-colleagues', weights.otherOldAddress));
  });

  if (contact.companyName) {
    const company = memo.company(contact.companyName);
    if (company.current) {
      if (!out.some((r) => r.kind === 'owner-domain'))
        out.push(reason('company', 'current-employer', contact.companyName, 'colleagues', weights.companyCurrent));
    } else {
      const org = company.org;
      if (org)
        out.push(
          reason(
            'company',
            org.kind === 'employer' ? 'former-employer' : `company-${org.kind}`,
            contact.companyName,
            circleOfOrg[org.kind],
            weights.companyOrg * org.trust,
          ),
        );
      readText(reader, out, 'company', contact.companyName, weights.companyScope, 'company');
    }
  }
  readText(reader, out, 'jobTitle', contact.jobTitle, 1, 'title');
  readText(reader, out, 'department', contact.department, 1, 'title');
  readText(reader, out, 'notes', contact.personalNotes, 1);

  const page = contact.businessHomePage?.toLowerCase() ?? '';
  if (page.includes('linkedin.'))
    out.push(reason('webPage', 'linkedin-url', contact.businessHomePage ?? '', 'online', weights.linkedinUrl));
  else if (/(facebook|twitter|x|github|instagram|mastodon|gitlab)\.(com|social)/.test(page))
    out.push(reason('webPage', 'social-url', contact.businessHomePage ?? '', 'online', weights.socialUrl));

  for (const category of contact.categories) {
    const folded = fold(category).replace(/^(cercle|circle)\s*[·:|-]\s*/, '');
    const circle = ctx.labelCircles.get(folded);
    if (circle) out.push(reason('categories', 'existing-category', category, circle, weights.category));
    else if (/^(personnel|personal|perso|prive|private)$/.test(folded))
      out.push(reason('categories', 'personal-category', category, 'family-friends', weights.personalCategory));
    else readText(reader, out, 'categories', category, weights.categoryWords);
  }

  if (contact.birthday) out.push(reason('birthday', 'birthday', contact.birthday, 'family-friends', weights.birthday));
  if (contact.spouseName) out.push(reason('spouse', 'spouse', contact.spouseName, 'family-friends', weights.spouse));
  if (hasPostal(contact.homeAddress))
    out.push(
      reason('homeAddress', 'private-address', contact.homeAddress?.city ?? '', 'family-friends', weights.homeAddress),
    );
  if (contact.homePhones.length > 0)
    out.push(reason('homePhone', 'home-phone', contact.homePhones[0] ?? '', 'family-friends', weights.homePhone));
  if (contact.surname && sharesSurname(ctx.ownerName, contact.surname)) {
    out.push(
      reason(
        'surname',
        'surname-match',
        contact.surname,
        'family-friends',
        hasCorporate ? weights.sharedSurnameWork : weights.sharedSurnamePersonal,
      ),
    );
  }

  // Mailbox signals, through every address; each message or event once, each thread subject once
  // (a contact with one address cannot meet the same message twice: the index lists each person once).
  const several = addresses.length > 1;
  const seenMessages = new Set<string>();
  const seenEvents = new Set<string>();
  const subjects = new Map<string, number>();
  const take = (messages: readonly MessageHeader[] | undefined, factor: number): void => {
    for (const message of messages ?? []) {
      if (several) {
        if (seenMessages.has(message.id)) continue;
        seenMessages.add(message.id);
      }
      const subject = baseSubject(message.subject);
      if ((subjects.get(subject) ?? 0) < factor) subjects.set(subject, factor);
    }
  };
  for (const address of addresses) {
    const lower = address.toLowerCase();
    take(ctx.signals.messagesByAddress.get(lower), weights.messagePrimary);
    take(ctx.signals.secondaryMessagesByAddress.get(lower), weights.messageSecondary);
  }
  for (const [subject, factor] of subjects) readText(reader, out, 'message', subject, factor);
  for (const address of addresses) {
    const lower = address.toLowerCase();
    for (const link of ctx.signals.eventsByAddress.get(lower) ?? []) {
      if (seenEvents.has(link.event.id)) continue;
      seenEvents.add(link.event.id);
      const factor =
        link.guests <= 1 ? weights.eventAlone : link.role === 'primary' ? weights.eventPrimary : weights.eventSecondary;
      readText(reader, out, 'event', link.event.subject, factor);
      if (link.event.location) {
        readText(reader, out, 'event', link.event.location, factor * weights.location);
      }
    }
  }
  return out;
}
