/**
 * Reads free text (notes, subjects, event names, company names, categories): the vocabulary, mentions of
 * organisations the owner shares with contacts, and organisation names after "ex-", "anciens de"…
 */
import { sameCompanyKey } from '../contacts';
import { weights, type EngineContext } from './context';
import { circleOfOrg } from './knowledge';
import { orgIndexOf } from './org-index';
import { captureOrganisations } from './organisations';
import { looksLikeClub, looksLikeSchool } from './owner-profile';
import type { CircleId, FindingKind } from './types';
import { correctTypos } from './typos';
import {
  ageBirthdayPattern,
  boilerplateMarker,
  boilerplateMinLength,
  datedEventPattern,
  holidayPlansPattern,
  metAtMarker,
  personalActivityPattern,
  personalTimePattern,
  type RuleScope,
} from './vocabulary';
import { fold } from '../text/fold';
import { keepLayout } from '../layouts';
import { Matcher } from './matcher';

const metAt = new RegExp(metAtMarker);
const datedEvent = new RegExp(datedEventPattern);
const personalActivity = new RegExp(personalActivityPattern);
const personalTime = new RegExp(personalTimePattern);
const ageBirthday = new RegExp(ageBirthdayPattern);
const holidayPlans = new RegExp(holidayPlansPattern);
const boilerplate = new RegExp(boilerplateMarker, 'g');

/** A long text with two different words of legal boilerplate (a licence, a disclaimer): nothing to read. */
export function isBoilerplate(folded: string): boolean {
  if (folded.length < boilerplateMinLength) return false;
  boilerplate.lastIndex = 0;
  let first: string | undefined;
  for (let m = boilerplate.exec(folded); m; m = boilerplate.exec(folded)) {
    if (first === undefined) first = m[0];
    else if (m[0] !== first) return true;
  }
  return false;
}

/** Words that only describe the occasion (a party, a dinner, a gala, a renewal) when an organisation is named. */
const occasionCircles: ReadonlySet<CircleId> = new Set(['social-events', 'family-friends', 'conferences', 'clients']);
/** Capture kinds that name the organisation the contact and the owner share(d). */
const namingCaptures: ReadonlySet<string> = new Set(['ex-employer', 'club-member']);

/**
 * A finding in a text before it is tied to a field: cached per folded text. `kind` is the stable code of the
 * reason it becomes ("keyword" turns into "notes-keyword", "subject-keyword"… by field); `source` and `rule`
 * drive the engine's own logic.
 */
export type Finding = {
  readonly circle: CircleId;
  readonly kind: 'keyword' | FindingKind;
  readonly source: 'keyword' | 'mention' | 'named' | 'capture' | 'dated';
  readonly rule: string | undefined;
  readonly weight: number;
};

/**
 * Every finding from this one literal, with every field set: one layout that the reader's first run keeps
 * (the findings of texts met once per run, made elsewhere, had a layout of their own that did not outlive the
 * run: see layouts.ts), and one for the evidence to read.
 */
const finding = (
  circle: CircleId,
  kind: Finding['kind'],
  source: Finding['source'],
  weight: number,
  rule?: string,
): Finding => ({ circle, kind, source, rule, weight });
const withWeight = (f: Finding, weight: number): Finding => finding(f.circle, f.kind, f.source, weight, f.rule);

/** Reads free text: vocabulary, mentions of known organisations, and names after "ex-", "anciens de"… */
export class TextReader {
  private readonly cache = new Map<string, readonly Finding[]>();
  private readonly byRaw = new Map<RuleScope, Map<string, readonly Finding[]>>();

  constructor(private readonly ctx: Pick<EngineContext, 'orgs' | 'matcher' | 'current'>) {}

  findings(text: string, scope: RuleScope): readonly Finding[] {
    // Keyed by the raw text per scope: the same subjects come back on every thread.
    let byScope = this.byRaw.get(scope);
    if (!byScope) {
      byScope = new Map<string, readonly Finding[]>();
      this.byRaw.set(scope, byScope);
    }
    const seen = byScope.get(text);
    if (seen) return seen;
    const result = this.compute(text, scope);
    if (byScope.size > 50_000) byScope.clear();
    byScope.set(text, result);
    return result;
  }

  /**
   * "Dîner samedi ?", "Ciné ce soir", "Christmas plans": a personal plan (family and friends). "Soirée des 40
   * ans de Hugo", "Emma's 40th birthday party": a party where people meet (social event), not a relative.
   */
  private personalPlans(folded: string, out: Finding[]): void {
    if (ageBirthday.test(folded)) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i]?.circle === 'family-friends') out.splice(i, 1);
      out.push(finding('social-events', 'keyword', 'keyword', 0.8, 'birthday-party'));
      return;
    }
    const plan = holidayPlans.test(folded) || (personalActivity.test(folded) && personalTime.test(folded));
    if (!plan) return;
    // A stronger word of another circle in the same text names the occasion ("dîner de gala samedi").
    if (out.some((f) => f.circle !== 'family-friends' && f.weight >= 0.6)) return;
    out.push(finding('family-friends', 'keyword', 'keyword', 0.8, 'personal-plan'));
  }

  private compute(text: string, scope: RuleScope): readonly Finding[] {
    const folded = correctTypos(fold(text));
    if (folded === '' || (scope === 'text' && isBoilerplate(folded))) return [];
    const key = `${scope}\u0000${folded}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out: Finding[] = this.ctx.matcher
      .match(folded, scope)
      .map((h) => finding(h.circle, 'keyword', 'keyword', h.weight, h.ruleId));
    if (scope === 'text') {
      // "Suite à notre échange au Forum…", "Following up from the meetup": a follow-up naming a kind of event.
      const followUp = out.findIndex((f) => f.rule === 'conference-followup');
      if (followUp >= 0 && out.some((f) => f.rule === 'conference-medium'))
        out[followUp] = withWeight(out[followUp] as Finding, weights.followUpAtEvent);
      if (metAt.test(folded)) {
        for (let i = 0; i < out.length; i++) {
          const f = out[i];
          if (f && f.weight < weights.metAtHint && (f.rule === 'social-weak' || f.rule === 'conference-weak'))
            out[i] = withWeight(f, weights.metAtHint);
        }
        const dated = datedEvent.exec(folded);
        if (dated && !looksLikeSchool(dated[1] ?? ''))
          out.push(finding('conferences', 'dated-event', 'dated', weights.datedEvent));
      }
      this.personalPlans(folded, out);
      const resolved = new Set<string>();
      const orgs = orgIndexOf(this.ctx.orgs);
      for (const o of orgs.mentionedIn(folded)) {
        out.push(finding(circleOfOrg[o.kind], `mentions-${o.kind}`, 'mention', weights.orgMention * o.trust));
        resolved.add(o.kind);
      }
      for (const c of captureOrganisations(folded)) {
        const known = orgs.matchKey(c.key);
        if (known) {
          out.push(finding(circleOfOrg[known.kind], `mentions-${known.kind}`, 'named', weights.orgNamed * known.trust));
          resolved.add(known.kind);
        } else if (this.ctx.current && this.ctx.current.key !== '' && sameCompanyKey(this.ctx.current.key, c.key)) {
          if (c.hint === 'employer')
            out.push(finding('former-colleagues', 'ex-employer', 'capture', weights.exUnknown));
        } else if (
          this.ctx.matcher
            .match(c.entity, 'text')
            .some((h) => h.weight >= 0.6 && !(c.hint === 'club' && h.circle === 'clubs'))
        ) {
          // "ex-collègue", "anciens de la formation…": the words name a circle, not an organisation.
        } else if (c.id === 'ex-prefix') {
          out.push(finding('former-colleagues', 'ex-employer', 'capture', weights.exUnknown));
        } else if (c.id === 'anciens-de' || c.id === 'alumni-of') {
          if (looksLikeSchool(c.entity))
            out.push(finding('classmates', 'school-alumni', 'capture', weights.anciensUnknownSchool));
          else if (c.id === 'anciens-de')
            out.push(finding('former-colleagues', 'company-alumni', 'capture', weights.anciensUnknownEmployer));
        } else if (c.hint === 'club' && (c.id === 'fellow-member' || looksLikeClub(c.entity))) {
          out.push(finding('clubs', 'club-member', 'capture', weights.anciensUnknownSchool));
        }
      }
      // A named organisation decides: "Pot de départ de X (ex-Atos)", "Gala ESSEC", "YPO renewal" — the party,
      // the gala or the renewal only describe the occasion.
      const named = new Set<CircleId>();
      for (const f of out)
        if (
          (f.source === 'mention' || f.source === 'named' || namingCaptures.has(f.kind)) &&
          f.circle !== 'training' &&
          f.weight >= weights.exUnknown
        )
          named.add(f.circle);
      if (named.size > 0) {
        // Clubs also decide over renewals; strong conference words ("salon", "conférence") stay.
        const club = named.has('clubs');
        for (let i = out.length - 1; i >= 0; i--) {
          const f = out[i];
          if (!f || f.source !== 'keyword' || !occasionCircles.has(f.circle) || f.rule === 'conference-names') continue;
          if (f.circle === 'conferences' ? f.weight < 0.8 : f.circle !== 'clients' || club) out.splice(i, 1);
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

// One idle reader: its layout outlives a run (layouts.ts).
keepLayout(new TextReader({ orgs: [], matcher: new Matcher([]) }));
