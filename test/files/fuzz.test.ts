/**
 * Fuzzing: malformed inputs (mutations of valid files, and noise) must give contacts or a FileFormatError
 * with a message — never another exception, a crash or a hang. 10,000 inputs per format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FileFormatError, readContactsFile, writeContactsFile } from '../../src/adapters/files';
import type { Contact } from '../../src/core/model';

const RUNS = 10_000;
const fixtures = join(__dirname, '..', 'fixtures', 'files');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

const sample: Contact[] = [
  {
    id: 'a1',
    displayName: 'Zoë "Z" Haddad',
    givenName: 'Zoë',
    surname: 'Haddad',
    emailAddresses: [{ name: 'Zoë', address: 'zoe@example.org' }],
    companyName: 'Acme; Inc.',
    businessPhones: ['+33 1 23 45 67 89'],
    homePhones: [],
    personalNotes: 'Line 1\nLine 2, with = and @',
    categories: ['Cercle · Clients', 'VIP'],
    birthday: '1980-02-29',
    businessAddress: { street: '1 rue X\nBât B', city: 'Paris' },
  },
];

const mailboxJson = JSON.stringify({
  format: 'circles-mailbox/1',
  owner: { displayName: 'Me', mail: 'me@example.org', profile: { employers: [{ name: 'Old Co', from: 2001 }] } },
  contacts: [
    {
      id: 'c1',
      displayName: 'Ana',
      emailAddresses: [{ name: 'Ana', address: 'ana@example.org' }],
      categories: ['A'],
      businessAddress: { city: 'Lyon' },
    },
  ],
  events: [
    {
      id: 'e1',
      subject: 'Salon',
      start: { dateTime: '2024-01-01T10:00:00' },
      attendees: [{ emailAddress: { address: 'ana@example.org' } }],
    },
  ],
  messages: [{ id: 'm1', subject: 'Devis', from: { emailAddress: { address: 'ana@example.org' } }, toRecipients: [] }],
});

/** Bytes that break parsers: quotes, separators, line ends, escapes, markers, NULs, invalid UTF-8, BOMs. */
const NASTY = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ':',
  '=',
  '\\',
  '\\n',
  '=0D=0A=',
  '=\r\n',
  ' ',
  '{',
  '}',
  '[',
  ']',
  'BEGIN:VCARD\r\n',
  'END:VCARD\r\n',
  'VERSION:2.1\r\n',
  'VERSION:4.0\r\n',
  ';ENCODING=QUOTED-PRINTABLE',
  ';CHARSET=x-unknown',
  'item1.',
  ';TYPE=',
  'N:;;;;;;;;',
  'ADR:',
  'CATEGORIES:,,,',
  'BDAY:--',
  '"format":',
  'null',
  '[]',
  '{}',
  '0/0/00',
  "'=",
  'Notes:\r\n',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n',
  '12 mars 2021',
].map((s) => new TextEncoder().encode(s));

const token = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.uint8Array({ minLength: 1, maxLength: 6 }),
  fc.constantFrom(
    Uint8Array.from([0]),
    Uint8Array.from([0xff, 0xfe]),
    Uint8Array.from([0xef, 0xbb, 0xbf]),
    Uint8Array.from([0xc3]),
    Uint8Array.from([0xe9]),
  ),
);

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: token }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = seed;
  for (const m of mutations) {
    const at = b.length ? m.at % (b.length + 1) : 0;
    if (m.kind === 'insert') b = concat(b.subarray(0, at), m.bytes, b.subarray(at));
    else if (m.kind === 'delete') b = concat(b.subarray(0, at), b.subarray(at + m.length));
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else b = concat(b.subarray(0, at + m.length), b.subarray(at, at + m.length), b.subarray(at + m.length));
  }
  return b;
}

/** Reads the bytes; returns what happened, and fails the property on anything but contacts or a FileFormatError. */
function readOrReject(bytes: Uint8Array, name: string): 'contacts' | 'rejected' {
  // Plain checks rather than expect(): this runs 40,000 times.
  try {
    const { mailbox } = readContactsFile(bytes, name);
    if (
      !Array.isArray(mailbox.contacts) ||
      mailbox.contacts.some((c) => typeof c.id !== 'string' || typeof c.displayName !== 'string')
    )
      throw new Error('the reader returned a malformed mailbox');
    return 'contacts';
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    if (error.message.trim().length < 5)
      throw new Error(`a FileFormatError without a useful message: "${error.message}"`, { cause: error });
    return 'rejected';
  }
}

const formats = [
  {
    name: 'CSV',
    file: 'contacts.csv',
    seeds: [
      fixture('outlook-en-windows1252.csv'),
      fixture('outlook-fr-utf8-bom.csv'),
      writeContactsFile(sample, 'csv', { language: 'fr' }),
    ],
  },
  {
    name: 'LinkedIn CSV',
    file: 'Connections.csv',
    seeds: [fixture('linkedin-en.csv'), fixture('linkedin-fr.csv'), fixture('linkedin-old.csv')],
  },
  {
    name: 'vCard',
    file: 'contacts.vcf',
    seeds: [fixture('outlook-2.1.vcf'), fixture('ios-3.0.vcf'), writeContactsFile(sample, 'vcard4')],
  },
  { name: 'mailbox JSON', file: 'mailbox.json', seeds: [new TextEncoder().encode(mailboxJson)] },
] as const;

describe.each(formats)('fuzzing the $name reader', ({ file, seeds }) => {
  it(`gives contacts or a FileFormatError for ${RUNS} malformed inputs`, () => {
    const outcomes = { contacts: 0, rejected: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          {
            weight: 9,
            arbitrary: fc
              .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
              .map(([s, ms]) => mutate(s, ms)),
          },
          {
            weight: 1,
            arbitrary: fc.array(token, { maxLength: 30 }).map((ts) => Uint8Array.from(ts.flatMap((t) => [...t]))),
          },
        ),
        (bytes) => {
          outcomes[readOrReject(bytes, file)]++;
        },
      ),
      { numRuns: RUNS },
    );
    // Both outcomes must occur, or the generator is not exercising the reader.
    expect(outcomes.contacts).toBeGreaterThan(0);
    expect(outcomes.rejected).toBeGreaterThan(0);
  });
});

describe('fuzzing the mailbox JSON reader with wrong shapes', () => {
  it(`gives contacts or a FileFormatError for ${RUNS} documents with values of the wrong type`, () => {
    const base = JSON.parse(mailboxJson) as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.record({
          key: fc.constantFrom('owner', 'contacts', 'events', 'messages', 'format'),
          value: fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.array(
              fc.dictionary(
                fc.constantFrom(
                  'id',
                  'displayName',
                  'emailAddresses',
                  'categories',
                  'businessAddress',
                  'start',
                  'attendees',
                  'from',
                ),
                fc.jsonValue({ maxDepth: 2 }),
              ),
              { maxLength: 5 },
            ),
          ),
        }),
        ({ key, value }) => {
          readOrReject(new TextEncoder().encode(JSON.stringify({ ...base, [key]: value })), 'mailbox.json');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('long inputs', () => {
  // Shapes that made an earlier version quadratic: each continuation line re-read the whole value.
  const lines = (n: number, line: string) => Array.from({ length: n }, () => line).join('\r\n');

  it('reads a long quoted-printable note with soft line breaks', () => {
    const qp = lines(20_000, 'Caf=C3=A9 au lait=');
    const [c] = readContactsFile(
      new TextEncoder().encode(
        `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${qp}\r\nx\r\nEND:VCARD\r\n`,
      ),
      'a.vcf',
    ).mailbox.contacts;
    // Compared as a boolean: a failing diff of 240,000 characters would drown the report.
    expect(c?.personalNotes === `${'Café au lait'.repeat(20_000)}x`).toBe(true);
  });

  it('reads a long folded note and skips a long malformed LABEL', () => {
    const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:x\r\n${lines(20_000, ' y')}\r\nLABEL:z\r\n${lines(20_000, 'raw')}\r\nEND:VCARD\r\n`;
    const [c] = readContactsFile(new TextEncoder().encode(text), 'a.vcf').mailbox.contacts;
    expect(c?.personalNotes === `x${'y'.repeat(20_000)}`).toBe(true);
  });

  it('reads a LinkedIn export of 50,000 connections with a long value, and names the line of a broken one', () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `A${i},B,,,"C, Inc.","${'x'.repeat(i % 7 ? 5 : 5_000)}",12 Mar 2021`,
    );
    const text = `Notes:\r\n"n"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n${rows.join('\r\n')}`;
    const read = readContactsFile(new TextEncoder().encode(text), 'Connections.csv');
    expect([read.format, read.mailbox.contacts.length, read.linkedin?.connections.at(-1)?.line]).toEqual([
      'linkedin-csv',
      50_000,
      50_004,
    ]);
    expect(() => readContactsFile(new TextEncoder().encode(`${text}\r\nX,Y,,,"open`), 'Connections.csv')).toThrow(
      expect.objectContaining({ line: 50_005 }),
    );
  });

  it('rejects a CSV whose last quoted value never closes, however long', () => {
    const text = `"First Name","Notes"\r\n"A","${'x\r\n'.repeat(100_000)}`;
    expect(() => readContactsFile(new TextEncoder().encode(text), 'a.csv')).toThrow(FileFormatError);
  });
});
