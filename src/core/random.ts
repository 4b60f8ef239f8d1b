/**
 * mulberry32: a small, fast, seeded generator. Everything that needs randomness and must give the same answer
 * on every run (Louvain's node order, the emulator's faults, test and bench mailboxes) draws from it.
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
