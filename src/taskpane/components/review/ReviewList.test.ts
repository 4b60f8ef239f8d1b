import { moveIndex } from './ReviewList';

// Items 0 and 3 take no focus (a group header with nothing left to accept, say).
const keys = [undefined, 'a', 'b', undefined, 'c', 'd'];

describe('moving in the review list with the keyboard', () => {
  test.each([
    ['ArrowDown', 1, 2],
    ['ArrowDown', 2, 4],
    ['ArrowDown', 5, 5],
    ['ArrowUp', 4, 2],
    ['ArrowUp', 1, 1],
    ['Home', 4, 1],
    ['End', 1, 5],
    ['PageDown', 1, 5],
    ['PageUp', 5, 1],
  ])('%s from %i lands on %i, skipping items that take no focus', (key, from, to) => {
    expect(moveIndex(keys, from, key)).toBe(to);
  });

  test('other keys are not moves', () => {
    expect(moveIndex(keys, 1, 'a')).toBeUndefined();
    expect(moveIndex(keys, 1, 'Enter')).toBeUndefined();
  });
});
