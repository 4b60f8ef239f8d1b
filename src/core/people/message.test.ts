import fc from 'fast-check';
import { peopleOfMessage } from './message';

describe('peopleOfMessage', () => {
  it.each([
    {
      why: 'the sender comes first, then to, then cc',
      parties: {
        from: { address: 'a@x.com' },
        to: [{ address: 'b@x.com' }],
        cc: [{ address: 'c@x.com' }],
      },
      expected: ['from:a@x.com', 'to:b@x.com', 'cc:c@x.com'],
    },
    {
      why: "the user's own address is left out, whatever its case",
      parties: {
        from: { address: 'ME@x.com' },
        to: [{ address: 'b@x.com' }],
        cc: [],
      },
      expected: ['to:b@x.com'],
    },
    {
      why: 'a person in both to and cc appears once, with the first role',
      parties: { to: [{ address: 'b@x.com' }], cc: [{ address: 'B@X.com' }] },
      expected: ['to:b@x.com'],
    },
    {
      why: 'entries that are not addresses (distribution list names, blanks) are dropped',
      parties: {
        from: null,
        to: [{ address: 'All staff' }, { address: '' }, { address: ' d@x.com ' }],
        cc: [],
      },
      expected: ['to:d@x.com'],
    },
  ])('$why', ({ parties, expected }) => {
    expect(peopleOfMessage(parties, ['me@x.com']).map((p) => `${p.role}:${p.address}`)).toEqual(expected);
  });

  it('keeps a real name and drops a name that only repeats the address', () => {
    const people = peopleOfMessage(
      {
        to: [
          { name: 'Bob B', address: 'b@x.com' },
          { name: 'C@x.com', address: 'c@x.com' },
        ],
        cc: [],
      },
      [],
    );
    expect(people).toEqual([
      { name: 'Bob B', address: 'b@x.com', role: 'to' },
      { address: 'c@x.com', role: 'to' },
    ]);
  });
});

describe('peopleOfMessage (properties)', () => {
  const address = fc
    .tuple(fc.constantFrom('a', 'b', 'c', 'me', 'Me', 'ME'), fc.constantFrom('x.com', 'X.com', 'y.org'))
    .map(([l, d]) => ({ address: `${l}@${d}` }));
  const parties = fc.record({
    from: fc.option(address, { nil: undefined }),
    to: fc.array(address, { maxLength: 6 }),
    cc: fc.array(address, { maxLength: 6 }),
  });

  it('never lists the user, never lists an address twice, and only lists people of the message', () => {
    fc.assert(
      fc.property(parties, (p) => {
        const people = peopleOfMessage(p, ['me@x.com']);
        const keys = people.map((x) => x.address.toLowerCase());
        const input = new Set([p.from, ...p.to, ...p.cc].filter(Boolean).map((e) => e!.address.toLowerCase()));
        expect(keys).not.toContain('me@x.com');
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) expect(input.has(k)).toBe(true);
        // Everyone else in the message is listed.
        for (const k of input) if (k !== 'me@x.com') expect(keys).toContain(k);
      }),
    );
  });
});
