import type { Suggestion } from '../circles/types';
import type { Contact, Owner } from '../model';
import {
  KEPT_NETWORK_VERSION,
  MAX_KEPT_CONTACTS,
  MAX_KEPT_NOTES,
  MAX_KEPT_REASONS,
  UnreadableMemoryError,
  keepNetwork,
  readKeptNetwork,
} from './memory';

const owner: Owner = {
  displayName: 'Claire Dubois',
  mail: 'claire@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const person = (id: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  displayName: `Person ${id}`,
  emailAddresses: [{ address: `${id}@example.com` }],
  businessPhones: [],
  homePhones: [],
  categories: [],
  ...extra,
});
const suggestion = (contactId: string, reasons = 1): Suggestion => ({
  contactId,
  circle: 'colleagues',
  confidence: 0.9,
  reasons: Array.from({ length: reasons }, (_, i) => ({
    field: 'email',
    kind: 'employer-domain',
    evidence: `acme.fr ${i}`,
    circle: 'colleagues',
    weight: 1,
  })),
  alternatives: [],
});
const now = new Date('2026-12-07T15:00:00Z');

describe('keeping a network for the next opening', () => {
  test('keeps the owner, the contacts and their suggestions, with the format version and the date', () => {
    const kept = keepNetwork({ owner, contacts: [person('a')] }, new Map([['a', suggestion('a')]]), now);
    expect(kept).toEqual({
      version: KEPT_NETWORK_VERSION,
      savedAt: '2026-12-07T15:00:00.000Z',
      owner,
      contacts: [person('a')],
      suggestions: [suggestion('a')],
    });
  });

  test('drops the suggestions of contacts that are gone', () => {
    const kept = keepNetwork({ owner, contacts: [person('a')] }, new Map([['b', suggestion('b')]]), now);
    expect(kept?.suggestions).toEqual([]);
  });

  test('cuts long notes and long lists of reasons', () => {
    const notes = 'x'.repeat(MAX_KEPT_NOTES + 100);
    const kept = keepNetwork(
      { owner, contacts: [person('a', { personalNotes: notes })] },
      new Map([['a', suggestion('a', MAX_KEPT_REASONS + 3)]]),
      now,
    );
    expect(kept?.contacts[0]?.personalNotes).toHaveLength(MAX_KEPT_NOTES);
    expect(kept?.suggestions[0]?.reasons).toHaveLength(MAX_KEPT_REASONS);
  });

  test('keeps nothing for a network larger than the bound', () => {
    const contacts = Array.from({ length: MAX_KEPT_CONTACTS + 1 }, (_, i) => person(String(i)));
    expect(keepNetwork({ owner, contacts }, new Map(), now)).toBeUndefined();
  });
});

describe('reading a kept network back', () => {
  const kept = keepNetwork({ owner, contacts: [person('a')] }, new Map([['a', suggestion('a')]]), now)!;

  test('reads back what was kept', () => {
    expect(readKeptNetwork(structuredClone(kept))).toEqual(kept);
  });

  test('nothing kept reads as nothing', () => {
    expect(readKeptNetwork(undefined)).toBeUndefined();
    expect(readKeptNetwork(null)).toBeUndefined();
  });

  test('a record of another format version is dropped, not read', () => {
    expect(readKeptNetwork({ ...kept, version: KEPT_NETWORK_VERSION + 1, contacts: 'changed' })).toBeUndefined();
    expect(readKeptNetwork({ contacts: [] })).toBeUndefined();
  });

  test.each([
    ['a string', 'garbage'],
    ['an array', []],
    ['no date', { ...kept, savedAt: 'yesterday' }],
    ['no owner', { ...kept, owner: null }],
    ['contacts that are not a list', { ...kept, contacts: {} }],
    ['a contact without categories', { ...kept, contacts: [{ ...person('a'), categories: undefined }] }],
    ['a contact with a number for an id', { ...kept, contacts: [{ ...person('a'), id: 3 }] }],
    ['a suggestion without reasons', { ...kept, suggestions: [{ ...suggestion('a'), reasons: 'x' }] }],
  ])('a damaged record (%s) is an UnreadableMemoryError', (_, value) => {
    expect(() => readKeptNetwork(value)).toThrow(UnreadableMemoryError);
  });
});
