import type { Tie } from '../../../core/ambitions';
import { defaultTaxonomy } from '../../../core/circles/taxonomy';
import type { CircleId, Suggestion } from '../../../core/circles/types';
import type { StrongTie } from '../../../core/usecases/strongest';
import { contact } from '../../testing/fakeServices';
import { buildNetworkMap, percent } from './model';

const tie = (strength: number): Tie => ({ received: 1, sent: 1, shared: 0, events: 0, strength });
const suggestion = (contactId: string, circle: CircleId | null): Suggestion => ({
  contactId,
  circle,
  confidence: 0.9,
  reasons: [],
  alternatives: [],
});

describe('the network map', () => {
  const contacts = ['a', 'b', 'c', 'd', 'e'].map((id) => contact(id, id.toUpperCase()));
  const current: Record<string, CircleId> = { a: 'colleagues', b: 'colleagues' };
  const suggestions = new Map([
    ['c', suggestion('c', 'colleagues')],
    ['d', suggestion('d', 'clubs')],
    ['e', suggestion('e', null)],
  ]);
  // As the engine answers (core/usecases/strongest.ts): by circle, strongest first.
  const strongest = new Map<CircleId, readonly StrongTie[]>([
    [
      'colleagues',
      [
        { contactId: 'b', tie: tie(0.9) },
        { contactId: 'c', tie: tie(0.5) },
      ],
    ],
  ]);
  const map = buildNetworkMap(contacts, (id) => current[id], suggestions, strongest, defaultTaxonomy);
  const circle = (id: CircleId) => map.circles.find((c) => c.circle === id)!;

  test('counts contacts placed by their categories apart from the ones only suggested', () => {
    expect(circle('colleagues')).toEqual(expect.objectContaining({ placed: 2, suggested: 1 }));
    expect(circle('clubs')).toEqual(expect.objectContaining({ placed: 0, suggested: 1 }));
  });

  test('counts as unassigned every contact whose categories put it in no circle', () => {
    expect(map).toEqual(expect.objectContaining({ total: 5, unassigned: 3 }));
  });

  test('gives each circle the contacts of its strongest ties, in the order the engine found them', () => {
    expect(circle('colleagues').strongest?.map((t) => [t.contact.displayName, t.tie.strength])).toEqual([
      ['B', 0.9],
      ['C', 0.5],
    ]);
    expect(circle('clubs').strongest).toEqual([]);
  });

  test('leaves the ties out while the engine finds them, and counts the circles meanwhile', () => {
    const m = buildNetworkMap(contacts, (id) => current[id], suggestions, undefined, defaultTaxonomy);
    expect(m.circles.find((c) => c.circle === 'colleagues')).toEqual({
      circle: 'colleagues',
      placed: 2,
      suggested: 1,
    });
  });

  test('drops a tie whose contact is no longer in the list', () => {
    const gone = new Map<CircleId, readonly StrongTie[]>([['colleagues', [{ contactId: 'zz', tie: tie(1) }]]]);
    const m = buildNetworkMap(contacts, (id) => current[id], suggestions, gone, defaultTaxonomy);
    expect(m.circles.find((c) => c.circle === 'colleagues')?.strongest).toEqual([]);
  });

  test('leaves disabled circles out of the map', () => {
    const taxonomy = defaultTaxonomy.map((c) => (c.id === 'clubs' ? { ...c, enabled: false } : c));
    const m = buildNetworkMap(contacts, (id) => current[id], suggestions, strongest, taxonomy);
    expect(m.circles.map((c) => c.circle)).not.toContain('clubs');
    expect(m.circles).toHaveLength(9);
  });

  test.each([
    [1, 3, 33],
    [0, 0, 0],
    [5, 5, 100],
    [300, 301, 99],
    [1, 301, 1],
  ])('%i of %i is %i %', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});
