import fc from 'fast-check';
import { Matcher, type MatchRule } from './matcher';
import { vocabulary } from './vocabulary';

// Matchers built from the same rule objects share each rule's compiled expression (and its lastIndex).
describe('matchers sharing rules', () => {
  const words = [...new Set(vocabulary.flatMap((r) => r.terms))].filter((t) => !t.includes('*')).slice(0, 400);
  const text = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('de', 'avec', 'the', 'notre', 'x', '-', '2024')), {
      maxLength: 12,
    })
    .map((ws) => ws.join(' '));
  const scope = fc.constantFrom('text' as const, 'company' as const, 'title' as const);
  // The same rules as other objects: matchers of their own, each compiled apart.
  const copy = (rules: readonly MatchRule[]): MatchRule[] => rules.map((r) => ({ ...r }));

  it('find what a matcher compiled on its own finds, whatever the order the texts are read in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, scope), { maxLength: 20 }), (reads) => {
        const a = new Matcher(vocabulary);
        const b = new Matcher(vocabulary.filter((_, i) => i % 2 === 0));
        const alone = new Matcher(copy(vocabulary));
        const aloneHalf = new Matcher(copy(vocabulary.filter((_, i) => i % 2 === 0)));
        for (const [t, s] of reads) {
          expect(a.match(t, s)).toEqual(alone.match(t, s));
          expect(b.match(t, s)).toEqual(aloneHalf.match(t, s));
        }
      }),
    );
  });

  it('find the vocabulary word in a sentence', () => {
    const rule = vocabulary.find((r) => r.terms.some((t) => /^[a-z]+$/.test(t)) && r.scopes.includes('text'));
    const word = rule?.terms.find((t) => /^[a-z]+$/.test(t)) ?? '';
    const hits = new Matcher(vocabulary).match(`bonjour ${word} merci`, 'text');
    expect(hits.map((h) => h.ruleId)).toContain(rule?.id);
  });
});
