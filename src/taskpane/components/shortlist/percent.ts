/** Scores are relative: the best match reads 100 %, so the figures compare people, not ambitions. */
export const percentOf = (score: number, best: number): number => (best > 0 ? Math.round((score / best) * 100) : 0);
