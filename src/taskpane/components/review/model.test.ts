import fc from 'fast-check';
import { defaultTaxonomy } from '../../../core/circles/taxonomy';
import type { BuiltInCircleId, CircleId, Suggestion } from '../../../core/circles/types';
import type { Decision } from '../../state/decisions';
import { contact } from '../../testing/fakeServices';
import {
  acceptableAbove,
  buildRows,
  emptyFilter,
  foldDuplicates,
  groupRanked,
  groupRows,
  matches,
  nameOrder,
  rankRows,
  stableOrder,
  type ReviewFilter,
  type ReviewItem,
  type ReviewRow,
} from './model';

const ids = defaultTaxonomy.map((c) => c.id as BuiltInCircleId);
const suggestion = (contactId: string, circle: CircleId | null, confidence: number): Suggestion => ({
  contactId,
  circle,
  confidence,
  reasons: [],
  alternatives: [],
});

const contacts = [
  contact('a', 'Élodie Noël', { companyName: 'Société Générale' }),
  contact('b', 'Bob Stone', { companyName: 'Acme' }),
  contact('c', 'Carl Nash'),
];
const suggestions = new Map([
  ['a', suggestion('a', 'clients', 0.9)],
  ['b', suggestion('b', 'colleagues', 0.4)],
  ['c', suggestion('c', null, 0)],
]);
const current: Record<string, CircleId> = { b: 'colleagues' };
const rows = buildRows(contacts, suggestions, (id) => current[id], new Map());

describe('review rows', () => {
  test.each([
    ['a', 'suggested'],
    ['b', 'in-place'],
    ['c', 'none'],
  ])('contact %s is %s before any choice', (id, status) => {
    expect(rows.find((r) => r.contact.id === id)?.status).toBe(status);
  });

  test.each<[Decision, string, CircleId | null]>([
    [{ verdict: 'accept', circle: 'clients' }, 'accepted', 'clients'],
    [{ verdict: 'change', circle: 'family-friends' }, 'changed', 'family-friends'],
    [{ verdict: 'reject', circle: 'clients' }, 'rejected', 'clients'],
  ])('a choice %j makes the row %s, standing for %s', (decision, status, circle) => {
    const [row] = buildRows([contacts[0]!], suggestions, () => undefined, new Map([['a', decision]]));
    expect(row).toEqual(expect.objectContaining({ status, circle }));
  });
});

describe('review filters', () => {
  test.each<[Partial<ReviewFilter>, string[]]>([
    [{}, ['a', 'b', 'c']],
    [{ circle: 'clients' }, ['a']],
    [{ circle: 'none' }, ['c']],
    [{ minConfidence: 0.5 }, ['a']],
    [{ scope: 'no-circle' }, ['a', 'c']],
    [{ query: 'SOCIETE' }, ['a']],
    [{ query: 'noel elodie' }, ['a']],
    [{ query: 'acme.example' }, []],
    [{ query: 'b@example' }, ['b']],
  ])('%j keeps %j', (patch, expected) => {
    const filter = { ...emptyFilter, ...patch };
    expect(rows.filter((r) => matches(r, filter)).map((r) => r.contact.id)).toEqual(expected);
  });

  test('the search ignores accents, case, ligatures and typographic apostrophes', () => {
    const [row] = buildRows(
      [contact('d', 'Éloïse Œuvray', { companyName: 'L’Oréal' })],
      new Map(),
      () => undefined,
      new Map(),
    );
    for (const query of ['eloise oeuvray', "ÉLOÏSE l'oreal", 'œuvray'])
      expect(matches(row!, { ...emptyFilter, query })).toBe(true);
  });

  test('"accept everything above" takes only suggestions still open and confident enough', () => {
    expect(acceptableAbove(rows, emptyFilter, 0.3)).toEqual(['a']);
    expect(acceptableAbove(rows, emptyFilter, 0.95)).toEqual([]);
  });
});

describe('grouping', () => {
  const arbitraryRows = fc
    .array(
      fc.record({
        circle: fc.option(fc.constantFrom(...ids), { nil: null }),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        name: fc.string({ maxLength: 8 }),
      }),
      { maxLength: 60 },
    )
    .map((specs) => {
      const cs = specs.map((s, i) => contact(`x${i}`, s.name));
      const ss = new Map(specs.map((s, i) => [`x${i}`, suggestion(`x${i}`, s.circle, s.confidence)]));
      return buildRows(cs, ss, () => undefined, new Map());
    });

  test('every row that passes the filter appears exactly once, under a header that counts it', () => {
    fc.assert(
      fc.property(arbitraryRows, fc.double({ min: 0, max: 1, noNaN: true }), (rs, min) => {
        const filter = { ...emptyFilter, minConfidence: min };
        const items = groupRows(rs, filter, defaultTaxonomy);
        const shown = items.flatMap((i) => (i.kind === 'row' ? [i.contact.id] : []));
        const expected = rs.filter((r) => matches(r, filter)).map((r) => r.contact.id);
        expect([...shown].sort()).toEqual([...expected].sort());
        let header: { count: number; circle: CircleId | null } | undefined;
        let seen = 0;
        for (const item of [...items, { kind: 'end' as const }]) {
          if (item.kind !== 'row') {
            if (header) expect(seen).toBe(header.count);
            header = item.kind === 'header' ? item : undefined;
            seen = 0;
          } else {
            expect(item.circle).toBe(header?.circle);
            seen++;
          }
        }
      }),
    );
  });

  test('within a group the strongest suggestions come first', () => {
    fc.assert(
      fc.property(arbitraryRows, (rs) => {
        const items = groupRows(rs, emptyFilter, defaultTaxonomy);
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1]!, items[i]!];
          if (a.kind === 'row' && b.kind === 'row') expect(a.confidence).toBeGreaterThanOrEqual(b.confidence);
        }
      }),
    );
  });

  test('names are in the collator’s order, equal names in the contacts’ order, whatever the script or case', () => {
    const collator = new Intl.Collator();
    const names = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('Émile Zola', 'emile zola', 'Emile Zola', 'Anne-Marie', 'Anne Marie', 'O’Brien', 'Ødegaard'),
      fc.constantFrom('Ζωή', 'Жанна', 'سارة', 'דנה', '王芳', 'ß', 'ss', ''),
    );
    fc.assert(
      fc.property(fc.array(names, { maxLength: 80 }), (list) => {
        const cs = list.map((name, i) => contact(`n${i}`, name));
        const order = nameOrder(cs);
        const byRank = [...cs].sort((a, b) => order.get(a)! - order.get(b)!);
        const expected = cs
          .map((c, i) => ({ c, i }))
          .sort((a, b) => collator.compare(a.c.displayName, b.c.displayName) || a.i - b.i)
          .map((x) => x.c);
        expect(byRank).toEqual(expected);
      }),
    );
  });
});

describe('the order of the review holds while the user works', () => {
  const people = ['p', 'q', 'r', 's'].map((id) => contact(id, `Person ${id}`));
  const grouped = (confidences: Record<string, [CircleId | null, number]>, order: ReturnType<typeof stableOrder>) => {
    const ss = new Map(Object.entries(confidences).map(([id, [c, x]]) => [id, suggestion(id, c, x)]));
    order.nextRound(true);
    return groupRows(
      buildRows(people, ss, () => undefined, new Map()),
      emptyFilter,
      defaultTaxonomy,
      order,
    ).flatMap((i) => (i.kind === 'row' ? [`${i.circle}:${i.contact.id}`] : []));
  };

  test('new confidences do not move rows already seen; rows that join a group come after them', () => {
    const order = stableOrder();
    expect(grouped({ p: ['clients', 0.9], q: ['clients', 0.8], r: ['clients', 0.7], s: [null, 0] }, order)).toEqual([
      'clients:p',
      'clients:q',
      'clients:r',
      'null:s',
    ]);
    // The engine, after a choice, is surer of r and now suggests s: r stays third, s joins at the end.
    expect(grouped({ p: ['clients', 0.9], q: ['clients', 0.8], r: ['clients', 1], s: ['clients', 1] }, order)).toEqual([
      'clients:p',
      'clients:q',
      'clients:r',
      'clients:s',
    ]);
  });

  test('before a first complete analysis, rows sort by confidence as they stream in', () => {
    const order = stableOrder();
    order.nextRound(false);
    const first = buildRows(people, new Map([['p', suggestion('p', 'clients', 0.5)]]), () => undefined, new Map());
    groupRows(first, emptyFilter, defaultTaxonomy, order);
    expect(
      grouped({ p: ['clients', 0.5], q: ['clients', 0.9], r: [null, 0], s: [null, 0] }, order).slice(0, 2),
    ).toEqual(['clients:q', 'clients:p']);
  });

  test('a rejected row stays in the group it was suggested for, whatever the engine says next', () => {
    const rejected = new Map<string, Decision>([['p', { verdict: 'reject', circle: 'clients' }]]);
    const [row] = buildRows([people[0]!], new Map([['p', suggestion('p', null, 0)]]), () => undefined, rejected);
    expect(row).toEqual(expect.objectContaining({ status: 'rejected', circle: 'clients' }));
  });
});

describe('the review computed in slices is the review computed at once', () => {
  /**
   * The review as one plain pass, written from what it shows rather than how the slices compute it: rows by
   * circle in the taxonomy's order (others after, no circle last), each row ranked the first time it is seen in
   * its circle (by its confidence then, in the round it came), then by name with the collator; a header per group.
   */
  function reference(
    rounds: readonly { rows: readonly ReviewRow[]; filter: ReviewFilter; analysed: boolean }[],
  ): string[][] {
    const collator = new Intl.Collator();
    const seen = new Map<string, { round: number; confidence: number }>();
    let round = 0;
    return rounds.map(({ rows, filter, analysed }) => {
      if (round > 0 || analysed) round++;
      const rank = (r: ReviewRow) => {
        if (round === 0) return { round: 0, confidence: r.confidence };
        const key = `${r.contact.id}\u0000${r.circle}`;
        if (!seen.has(key)) seen.set(key, { round, confidence: r.confidence });
        return seen.get(key)!;
      };
      const ranks = new Map(rows.map((r) => [r, rank(r)]));
      const index = new Map(rows.map((r, i) => [r.contact, i]));
      const circles: (CircleId | null)[] = [...defaultTaxonomy.map((c) => c.id)];
      for (const r of rows) if (r.circle !== null && !circles.includes(r.circle)) circles.push(r.circle);
      circles.push(null);
      const out: string[] = [];
      for (const circle of circles) {
        const group = rows
          .filter((r) => r.circle === circle && matches(r, filter))
          .sort(
            (a, b) =>
              ranks.get(a)!.round - ranks.get(b)!.round ||
              ranks.get(b)!.confidence - ranks.get(a)!.confidence ||
              collator.compare(a.contact.displayName, b.contact.displayName) ||
              index.get(a.contact)! - index.get(b.contact)!,
          );
        if (group.length === 0) continue;
        const acceptable = group.filter((r) => r.status === 'suggested').map((r) => r.contact.id);
        out.push(`header ${circle} ${group.length} ${acceptable.join(',')}`);
        for (const r of group) out.push(`row ${r.contact.id}`);
      }
      return out;
    });
  }
  const shown = (items: readonly ReviewItem[]) =>
    items.map((i) =>
      i.kind === 'header' ? `header ${i.circle} ${i.count} ${i.acceptable.join(',')}` : `row ${i.contact.id}`,
    );

  const spec = fc.record({
    circle: fc.option(fc.constantFrom(...ids.slice(0, 4), 'custom-circle' as CircleId), { nil: null }),
    confidence: fc.constantFrom(0, 0.25, 0.5, 0.5, 0.75, 1),
    decided: fc.constantFrom(undefined, 'accept', 'reject'),
  });
  const arbitraryReview = fc.record({
    names: fc.array(fc.constantFrom('Émile Zola', 'emile zola', 'Anne-Marie', 'Anne Marie', 'Ødegaard', 'Bo', ''), {
      minLength: 1,
      maxLength: 30,
    }),
    // Each round: the engine's suggestions then, and the filter the user had set.
    rounds: fc.array(
      fc.record({
        specs: fc.array(spec, { minLength: 30, maxLength: 30 }),
        analysed: fc.boolean(),
        filter: fc.record({
          circle: fc.constantFrom<ReviewFilter['circle']>('all', 'all', 'none', ids[0]!),
          minConfidence: fc.constantFrom(0, 0, 0.5),
          scope: fc.constantFrom<ReviewFilter['scope']>('all', 'all', 'no-circle'),
          query: fc.constantFrom('', '', 'zola', 'anne'),
        }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    duplicates: fc.array(fc.uniqueArray(fc.nat(29), { minLength: 2, maxLength: 3 }), { maxLength: 3 }),
  });

  test('ranked in one slice and grouped in another, the rows, groups, counts and order are the same', () => {
    fc.assert(
      fc.property(arbitraryReview, ({ names, rounds, duplicates }) => {
        const cs = names.map((name, i) => contact(`k${i}`, name));
        // Possible duplicates over the contacts there are, each card in one group at most.
        const used = new Set<number>();
        const groups = duplicates
          .map((g) => g.filter((i) => i < cs.length && !used.has(i) && used.add(i)).map((i) => `k${i}`))
          .filter((g) => g.length > 1);
        const order = stableOrder();
        const names1 = nameOrder(cs);
        const steps = rounds.map(({ specs, analysed, filter }) => {
          const ss = new Map(cs.map((c, i) => [c.id, suggestion(c.id, specs[i]!.circle, specs[i]!.confidence)]));
          const decisions = new Map<string, Decision>();
          cs.forEach((c, i) => {
            const { decided, circle } = specs[i]!;
            if (decided && circle) decisions.set(c.id, { verdict: decided, circle });
          });
          const rows = foldDuplicates(
            buildRows(cs, ss, (id) => (id.endsWith('3') ? 'colleagues' : undefined), decisions),
            groups,
          );
          // The review's slices: ranked (a new round each time the rows change), then grouped.
          order.nextRound(analysed);
          const items = groupRanked(rankRows(rows, order, names1), filter, defaultTaxonomy);
          return { rows, filter, analysed, items };
        });
        expect(steps.map((s) => shown(s.items))).toEqual(reference(steps));
      }),
      { numRuns: 300 },
    );
  });

  test('grouping again under another filter (no new ranking) gives what grouping at once gives', () => {
    fc.assert(
      fc.property(arbitraryReview, ({ names, rounds }) => {
        const cs = names.map((name, i) => contact(`k${i}`, name));
        const { specs, filter } = rounds[0]!;
        const ss = new Map(cs.map((c, i) => [c.id, suggestion(c.id, specs[i]!.circle, specs[i]!.confidence)]));
        const rows = buildRows(cs, ss, () => undefined, new Map());
        const ranked = rankRows(rows);
        groupRanked(ranked, emptyFilter, defaultTaxonomy);
        expect(shown(groupRanked(ranked, filter, defaultTaxonomy))).toEqual(
          shown(groupRows(rows, filter, defaultTaxonomy)),
        );
      }),
    );
  });
});
