/**
 * The engine's work grows linearly with the mailbox: counted, not timed (a time limit would be flaky on a shared
 * machine; `npm run bench` prints the times). Each count is the work at 4n contacts against the work at n, on
 * generated mailboxes where organisations grow with the contacts (src/core/testing/growth.ts): a search of
 * every organisation per contact, as inference and the text reader did, makes the ratio about 16.
 */
import { classify } from '../../src/core/circles';
import { workProbe } from '../../src/core/contacts';
import { growingMailbox, type GrowthOptions } from '../../src/core/testing/growth';

type Work = { lookups: number; candidates: number; comparisons: number };

function workOf(n: number, options: GrowthOptions): Work {
  const mailbox = growingMailbox(n, options);
  Object.assign(workProbe, { lookups: 0, candidates: 0, comparisons: 0 });
  classify({ mailbox });
  return { ...workProbe };
}

const n = 500;
/** Linear with room for the sublinear parts (texts read once however many contacts share them): 4 × 1.5. */
const linear = 4 * 1.5;

describe.each(['letters', 'syllables'] as const)('work at %s-named organisations', (names) => {
  it(`grows at most ${linear}× from ${n} to ${4 * n} contacts`, () => {
    const small = workOf(n, { names });
    const large = workOf(4 * n, { names });
    expect(small.comparisons).toBeGreaterThan(n / 2);
    expect(large.lookups / small.lookups).toBeLessThanOrEqual(linear);
    expect(large.candidates / small.candidates).toBeLessThanOrEqual(linear);
    expect(large.comparisons / small.comparisons).toBeLessThanOrEqual(linear);
  });
});

it('does no more work per contact when one contact in ten has 100,000-character fields', () => {
  const plain = workOf(n, {});
  const hostile = workOf(n, { hostileEvery: 10 });
  expect(hostile.lookups / plain.lookups).toBeLessThanOrEqual(1.5);
  expect(hostile.candidates / plain.candidates).toBeLessThanOrEqual(1.5);
  expect(hostile.comparisons / plain.comparisons).toBeLessThanOrEqual(1.5);
});
