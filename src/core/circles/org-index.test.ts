import fc from 'fast-check';
import { CompanyKeyIndex, sameCompanyKey, TypoIndex } from '../contacts';
import { typoBudget, withinEdits } from '../text/distance';
import { inferredOrg, orgMatchesKey, textMentionsOrg, type OrgKind } from './knowledge';
import { OrgIndex } from './org-index';

// Few letters and words, so that names a typo apart, acronyms and shared words come up often.
const word = fc.stringMatching(/^[abcdeo]{1,9}$/);
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const kind = fc.constantFrom<OrgKind>('employer', 'school', 'training', 'club');
const org = fc
  .record({ kind, name, domain: fc.option(fc.constantFrom('abc.fr', 'abcde.com', 'x.abc.fr', 'bad-co.org')) })
  .map(({ kind, name, domain }) => inferredOrg(kind, domain ? { name, domain } : { name }));

describe('TypoIndex', () => {
  /** For each string, whether the index must return it for `q`. */
  const within = (strings: readonly string[], q: string): boolean[] =>
    strings.map((s) => s === q || withinEdits(s, q, typoBudget(s.length)));

  it('returns every string within its typo budget of the query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[ab]{0,14}$/), { maxLength: 30 }),
        fc.stringMatching(/^[ab]{0,16}$/),
        (strings, q) => {
          const index = new TypoIndex();
          strings.forEach((s, i) => index.add(s, i));
          const found: number[] = [];
          index.collect(q, found);
          within(strings, q).forEach((yes, i) => yes && expect(found).toContain(i));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns long strings (filed by pieces) with two swaps, one across each cut', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[abc]{41,60}$/), fc.nat(), fc.nat(), (s, i, j) => {
        const swapAt = (w: string, at: number): string => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
        const a = i % (s.length - 1);
        const b = j % (s.length - 1);
        const q = Math.abs(a - b) < 2 ? swapAt(s, a) : swapAt(swapAt(s, a), b);
        const index = new TypoIndex();
        index.add(s, 0);
        const found: number[] = [];
        index.collect(q, found);
        if (within([s], q)[0]) expect(found).toContain(0);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a long string with two swaps, each across a cut a three-piece split would make', () => {
    // 46 letters: three pieces would be cut at 15 and 30, and swaps across both cuts spoil all three.
    const s = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ';
    const q = `${s.slice(0, 14)}${s[15]}${s[14]}${s.slice(16, 29)}${s[30]}${s[29]}${s.slice(31)}`;
    const index = new TypoIndex();
    index.add(s, 0);
    const found: number[] = [];
    index.collect(q, found);
    expect(withinEdits(s, q, typoBudget(s.length))).toBe(true);
    expect(found).toContain(0);
  });
});

/** A short form of a name, as `sameCompanyKey` accepts them: first word, initials, first syllables, "bnpp". */
const shortForm = (key: string, form: number): string => {
  const ws = key.split(' ');
  const forms = [
    ws[0] ?? '',
    ws.map((w) => w[0]).join(''),
    ws.map((w) => w.slice(0, 3)).join(''),
    (ws[0] ?? '') +
      ws
        .slice(1)
        .map((w) => w[0])
        .join(''),
  ];
  return forms[form % forms.length]!;
};

describe('CompanyKeyIndex', () => {
  it('returns every key sameCompanyKey matches, in the order they were added', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), name, fc.nat(), fc.nat(), (names, random, pick, form) => {
        // A third of the queries are random, a third a short form of a key, a third have a key as short form.
        const keys = pick % 3 === 1 ? [...names, shortForm(random, form)] : names;
        const q = pick % 3 !== 2 || keys.length === 0 ? random : shortForm(keys[pick % keys.length]!, form);
        const index = new CompanyKeyIndex<number>();
        keys.forEach((k, i) => index.add(k, i));
        const found = index.candidates(q);
        expect(found).toEqual([...found].sort((a, b) => a - b));
        keys.forEach((k, i) => {
          if (sameCompanyKey(k, q)) expect(found).toContain(i);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('OrgIndex', () => {
  it('finds what a scan of the organisations finds: mentions in a text, a name, a host', () => {
    fc.assert(
      fc.property(fc.array(org, { maxLength: 25 }), fc.array(word, { maxLength: 12 }), name, (orgs, text, key) => {
        const index = new OrgIndex(orgs);
        const folded = text.join(' ');
        expect(index.mentionedIn(folded)).toEqual(orgs.filter((o) => textMentionsOrg(folded, o)));
        expect(index.matchKey(key)).toBe(orgs.find((o) => orgMatchesKey(o, key)));
        expect(index.sameKey(key)).toBe(orgs.find((o) => o.key !== '' && sameCompanyKey(o.key, key)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('known organisations', () => {
  // One shape whatever is known: code reading them stays optimised from one run to the next.
  it('have the same fields with and without a domain', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(inferredOrg('school', { name: 'HEC' }))).toEqual(
      keys(inferredOrg('school', { name: 'HEC', domain: 'hec.edu' })),
    );
  });
});
