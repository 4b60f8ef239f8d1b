import { compareText, escapeRegExp } from '../text/fold';
/**
 * Compiles vocabulary rules into whole-word matchers and finds, in a folded text, the rules it triggers.
 * Longer matches win over the shorter ones they overlap, so "soirée chez des amis communs" counts as a social
 * event and not as "amis" (family), and "stand-up" is not a trade-fair stand.
 */
import type { CircleId } from './types';
import type { RuleScope } from './vocabulary';

/** A rule in its serialisable form, built-in or derived from a custom circle or from the profile. */
export type MatchRule = {
  readonly id: string;
  /** null for neutral phrases: they only shadow shorter matches. */
  readonly circle: CircleId | null;
  readonly weight: number;
  readonly scopes: readonly RuleScope[];
  readonly terms: readonly string[];
};

export type Hit = {
  readonly ruleId: string;
  readonly circle: CircleId;
  readonly weight: number;
  /** The folded words that matched. */
  readonly term: string;
};

type Compiled = { readonly rule: MatchRule; readonly re: RegExp };

/**
 * Each rule's expression, compiled once per rule object and shared by every matcher that runs the rule (a run's
 * matcher, the profile's). A run used to build its own: V8 compiled each new expression again, a few
 * milliseconds a run for the vocabulary's long alternations. `match` sets `lastIndex` before each use.
 */
const expressions = new WeakMap<MatchRule, RegExp>();

function expressionOf(rule: MatchRule): RegExp {
  let re = expressions.get(rule);
  if (!re) {
    const alternatives = [...rule.terms].sort((a, b) => b.length - a.length).map(termSource);
    re = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g');
    expressions.set(rule, re);
  }
  return re;
}

function termSource(term: string): string {
  return term
    .split(' ')
    .map((w) => escapeRegExp(w).replace(/-/g, '[- ]?').replace(/'/g, "[' ]?").replace(/\\\*/g, '[a-z0-9]*'))
    .join('[\\s-]+');
}

/** A set of compiled rules with a per-text cache (texts repeat a lot: "RE: …" threads, shared subjects). */
export class Matcher {
  private readonly compiled: readonly Compiled[];
  private readonly cache = new Map<string, readonly Hit[]>();

  constructor(rules: readonly MatchRule[]) {
    this.compiled = rules.filter((r) => r.terms.length > 0).map((rule) => ({ rule, re: expressionOf(rule) }));
  }

  /** Hits in a folded text for rules of the given scope; at most one hit per rule (its longest match). */
  match(folded: string, scope: RuleScope): readonly Hit[] {
    if (folded === '') return [];
    const key = `${scope}\u0000${folded}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const spans: { start: number; end: number; rule: MatchRule; term: string }[] = [];
    for (const { rule, re } of this.compiled) {
      if (!rule.scopes.includes(scope)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        spans.push({ start: m.index, end: m.index + m[0].length, rule, term: m[0] });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    // Longest first; ties by rule id so the outcome does not depend on rule order.
    spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || compareText(a.rule.id, b.rule.id));
    const kept: typeof spans = [];
    for (const s of spans) {
      if (kept.some((k) => s.start < k.end && k.start < s.end && k.rule !== s.rule)) continue;
      kept.push(s);
    }
    const best = new Map<string, Hit>();
    for (const s of kept) {
      if (s.rule.circle === null) continue;
      const prev = best.get(s.rule.id);
      if (!prev || prev.term.length < s.term.length)
        best.set(s.rule.id, { ruleId: s.rule.id, circle: s.rule.circle, weight: s.rule.weight, term: s.term });
    }
    const hits = [...best.values()].sort((a, b) => compareText(a.ruleId, b.ruleId));
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, hits);
    return hits;
  }
}
