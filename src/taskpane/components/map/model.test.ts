import type { Tie } from '../../../core/ambitions';
import { defaultTaxonomy } from '../../../core/circles/taxonomy';
import type { CircleId, Suggestion } from '../../../core/circles/types';
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
  const ties = new Map([
    ['a', tie(0.2)],
    ['b', tie(0.9)],
    ['c', tie(0.5)],
    ['d', tie(0)],
  ]);
  const map = buildNetworkMap(contacts, (id) => current[id], suggestions, ties, defaultTaxonomy);
  const circle = (id: CircleId) => map.circles.find((c) => c.circle === id)!;

  test('counts contacts placed by their categories apart from the ones only suggested', () => {
    expect(circle('colleagues')).toEqual(expect.objectContaining({ placed: 2, suggested: 1 }));
    expect(circle('clubs')).toEqual(expect.objectContaining({ placed: 0, suggested: 1 }));
  });

  test('counts as unassigned every contact whose categories put it in no circle', () => {
    expect(map).toEqual(expect.objectContaining({ total: 5, unassigned: 3 }));
  });

  test('lists the strongest ties first and leaves out contacts who never exchanged', () => {
    expect(circle('colleagues').strongest.map((t) => t.contact.id)).toEqual(['b', 'c', 'a']);
    expect(circle('clubs').strongest).toEqual([]);
  });

  test('leaves disabled circles out of the map', () => {
    const taxonomy = defaultTaxonomy.map((c) => (c.id === 'clubs' ? { ...c, enabled: false } : c));
    const m = buildNetworkMap(contacts, (id) => current[id], suggestions, ties, taxonomy);
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
