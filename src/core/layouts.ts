/**
 * Keeps the object layouts of the engine's one-run classes alive between runs.
 *
 * V8 gives the instances of a class a hidden class (their layout) once the constructor has set their fields,
 * and holds it only while an instance does. The indexes, memos and tallies of a classification live for one
 * run: after the run, the next full collection drops their layout, and with it the optimised code of every
 * function that reads them (`--trace-deopt` says "weak objects"). The next run then starts in the interpreter
 * and compiles it all again: on 10,000 contacts about a third more CPU time than a run whose code survived
 * (bench/engine.bench.ts, settled-heap line). One idle instance of each class, created when its module loads and
 * kept here, keeps the layout; it holds nothing of any mailbox.
 */
const kept: object[] = [];

/** Keeps `idle`, a fresh instance of a one-run class, for the life of the page or process. */
export function keepLayout(idle: object): void {
  kept.push(idle);
}
