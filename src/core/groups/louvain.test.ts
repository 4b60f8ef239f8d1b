import Graph from 'graphology';
import communities from 'graphology-communities-louvain';
import { seeded } from '../random';
import { louvain, louvainView, type LouvainInput } from './louvain';

/** Weighted ties in clusters of `team` (most inside, some across), each pair once, smaller first. */
function clusteredTies(count: number, team: number, ties: number, seed: number): LouvainInput {
  const random = seeded(seed);
  const seen = new Set<number>();
  const pairs: [number, number, number][] = [];
  while (pairs.length < ties) {
    const a = Math.floor(random() * count);
    const start = a - (a % team);
    const b = random() < 0.85 ? start + Math.floor(random() * team) : Math.floor(random() * count);
    const [x, y] = a < b ? [a, b] : [b, a];
    if (x === y || y >= count || seen.has(x * count + y)) continue;
    seen.add(x * count + y);
    pairs.push([x, y, 0.1 + random()]);
  }
  const offsets = new Int32Array(count + 1);
  for (const [x, y] of pairs) {
    offsets[x + 1]!++;
    offsets[y + 1]!++;
  }
  for (let p = 0; p < count; p++) offsets[p + 1] = offsets[p]! + offsets[p + 1]!;
  return {
    count,
    source: Int32Array.from(pairs, ([x]) => x),
    target: Int32Array.from(pairs, ([, y]) => y),
    weight: Float64Array.from(pairs, ([, , w]) => w),
    offsets,
  };
}

/** The same ties as a graphology Graph: nodes in position order, edges in index order. */
function asGraph(input: LouvainInput): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let p = 0; p < input.count; p++) graph.addNode(String(p));
  input.source.forEach((x, e) =>
    graph.addUndirectedEdgeWithKey(String(e), String(x), String(input.target[e]), { weight: input.weight[e] }),
  );
  return graph;
}

describe('Louvain over the flat ties', () => {
  it.each([
    [400, 20, 3000, 0.6, 1],
    [400, 20, 3000, 2, 2],
    [1000, 40, 12000, 1, 3],
    [150, 10, 600, 4, 4],
  ])(
    'finds what it finds on a graphology Graph of the same ties (%i nodes, teams of %i, %i ties, resolution %d)',
    (count, team, ties, resolution, seed) => {
      const input = clusteredTies(count, team, ties, seed);
      const expected = communities(asGraph(input), { resolution, rng: seeded(seed) });
      const found = louvain(input, { resolution, rng: seeded(seed) });
      expect(Array.from(found)).toEqual(Array.from({ length: count }, (_, p) => expected[String(p)]));
      // Not one community, nor one per node: the clusters are found.
      const sizes = new Set(found).size;
      expect(sizes).toBeGreaterThan(1);
      expect(sizes).toBeLessThan(count / 2);
    },
  );

  it('is read-only', () => {
    const view = louvainView(clusteredTies(10, 5, 12, 1));
    expect(() => view.dropNode('1')).toThrow(/read-only/);
    expect(() => view.addUndirectedEdgeWithKey('x', '1', '2')).toThrow(/read-only/);
  });
});
