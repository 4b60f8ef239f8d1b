/**
 * Louvain (graphology-communities-louvain) over the meeting graph's own flat arrays, without a graphology Graph.
 *
 * Why: Louvain copies its input into typed arrays at every run (graphology-indices' UndirectedLouvainIndex) and
 * then never reads it again; to do so it reads only the graph's type, order, size, self-loop count, its nodes in
 * order with their degrees, and its edges in order. Building a graphology Graph for that one read costs about
 * 1.5 µs and an object per edge — 55,000 to 190,000 edges on a 10,000-contact mailbox, more than the five Louvain
 * runs themselves, and most of the garbage collector's work. So Louvain reads the ties through that part of
 * graphology's Graph interface, implemented over the compressed rows we keep anyway: the same nodes and edges in
 * the same order as the graph we used to build, hence the same communities for the same seed (louvain.test.ts
 * runs both). The algorithm is the library's, untouched; graphology-communities-louvain is pinned, and the test
 * fails if a version reads more of the graph than this view has.
 */
import communities from 'graphology-communities-louvain';

/** The graph Louvain takes (graphology's). */
export type LouvainGraph = Parameters<typeof communities>[0];

/** The ties as Louvain reads them: nodes 0 … count − 1, edge e between source[e] and target[e]. */
export type LouvainInput = {
  readonly count: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  /** Node p's degree is offsets[p + 1] − offsets[p] (the compressed rows' offsets). */
  readonly offsets: Int32Array;
};

const readOnly = (): never => {
  throw new Error('The meeting graph is read-only for Louvain');
};

/**
 * A read-only graphology graph over the arrays. Node keys are the positions, edge keys the edge's index; there are
 * no attributes (the weights are read through `getEdgeWeight`). graphology-utils' isGraph asks for the two
 * mutators below to exist: they refuse.
 */
export function louvainView(input: LouvainInput): LouvainGraph {
  const { count, source, target, offsets } = input;
  const none = {};
  const view = {
    type: 'undirected',
    multi: false,
    order: count,
    size: source.length,
    selfLoopCount: 0,
    forEachNode(f: (node: number, attributes: object) => void): void {
      for (let p = 0; p < count; p++) f(p, none);
    },
    undirectedDegreeWithoutSelfLoops(node: number): number {
      return offsets[node + 1]! - offsets[node]!;
    },
    forEachEdge(
      f: (edge: number, attributes: object, source: number, target: number, sa: object, ta: object, u: boolean) => void,
    ): void {
      for (let e = 0; e < source.length; e++) f(e, none, source[e]!, target[e]!, none, none, true);
    },
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
  };
  // The part of the interface Louvain reads (see above): the rest of graphology's Graph is never called.
  return view as unknown as LouvainGraph;
}

/** Louvain's community of each node (by position), seeded: the same ties give the same communities. */
export function louvain(
  input: LouvainInput,
  options: { readonly resolution: number; readonly rng: () => number },
  view: LouvainGraph = louvainView(input),
): Int32Array {
  const { weight } = input;
  const found = communities(view, {
    resolution: options.resolution,
    rng: options.rng,
    // The view's edge keys are the edges' indices.
    getEdgeWeight: (edge) => weight[edge as unknown as number]!,
  });
  const of = new Int32Array(input.count);
  for (let p = 0; p < of.length; p++) of[p] = found[p]!;
  return of;
}
