import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'circles-ties-'));
const file = join(dir, 'mailbox.json');
const address = (a: string) => ({ emailAddress: { address: a } });
writeFileSync(
  file,
  JSON.stringify({
    format: 'circles-mailbox/1',
    owner: { displayName: 'Me', mail: 'me@home.example' },
    contacts: [
      {
        id: 'ana',
        displayName: 'Ana',
        emailAddresses: [{ address: 'ana@client.example' }, { address: 'Ana@Perso.example' }],
        categories: ['Circle · Clients & partners'],
      },
      { id: 'zed', displayName: 'Zed', emailAddresses: [{ address: 'zed@z.example' }] },
    ],
    messages: [
      {
        id: 'm1',
        subject: 'Devis',
        sentDateTime: '2019-05-01T10:00:00Z',
        from: address('me@home.example'),
        toRecipients: [address('x@x.example'), address('ANA@client.example')],
        ccRecipients: [],
      },
      {
        id: 'm2',
        subject: 'RE: Devis',
        sentDateTime: '2024-05-02T10:00:00Z',
        from: address('ana@perso.example'),
        toRecipients: [address('me@home.example')],
        ccRecipients: [],
      },
    ],
    events: [
      {
        id: 'e1',
        subject: 'Lunch',
        start: { dateTime: '2024-06-01T12:00:00', timeZone: 'UTC' },
        organizer: address('me@home.example'),
        attendees: [{ type: 'required', ...address('ana@client.example') }],
      },
    ],
  }),
);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runIn({}, ...args);
}

async function runIn(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['ties', ...args], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: process.cwd(),
    env,
  });
  return { code, out, err };
}

type Doc = { format: string; contacts: Record<string, unknown>[] };

describe('circles ties', () => {
  it('prints circles-ties/1 with every contact, null and zeros when nothing links them', async () => {
    const { code, out } = await run(file, '--json', '--since', '1970-01-01');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Doc;
    expect(doc.format).toBe('circles-ties/1');
    expect(doc.contacts).toHaveLength(2);
    expect(doc.contacts[0]).toEqual({
      contactId: 'ana',
      lastExchange: '2024-06-01T12:00:00Z',
      sent: 1,
      received: 1,
      meetings: 1,
      startedByYou: 1,
      startedByThem: 0,
      strength: expect.any(Number),
      rhythmDays: 91,
      overdueDays: 0,
    });
    expect(doc.contacts[1]).toEqual({
      contactId: 'zed',
      lastExchange: null,
      sent: 0,
      received: 0,
      meetings: 0,
      startedByYou: 0,
      startedByThem: 0,
      strength: 0,
      rhythmDays: null,
      overdueDays: null,
    });
  });

  it('counts from the default window (24 months back from the latest item) without --since', async () => {
    const doc = JSON.parse((await run(file, '--json')).out) as Doc;
    expect(doc.contacts[0]).toMatchObject({ sent: 0, received: 1, meetings: 1 });
  });

  it('rejects a --since that is not a date', async () => {
    const { code, err } = await run(file, '--since', '01/02/2024');
    expect(code).toBe(2);
    expect(err).toMatch(/YYYY-MM-DD/);
  });

  it('prints a table by default', async () => {
    const { code, out } = await run(file, '--since', '1970-01-01');
    expect(code).toBe(0);
    expect(out).toMatch(/Ana\s+Clients & partners\s+1\s+1\s+1\s+2024-06-01\s+\d+%\s+0 d\n/);
    expect(out).toMatch(/1 of 2 contacts exchanged with since 1 January 1970\./);
    expect(out).toContain('Overdue: days past the rhythm of the circle');
    expect(out).not.toMatch(/0\.\d\d/);
  });

  it('speaks French with --lang fr or a French terminal: circle names, percentages, days', async () => {
    for (const { out } of [
      await run(file, '--since', '1970-01-01', '--lang', 'fr'),
      await runIn({ LANG: 'fr_FR.UTF-8' }, file, '--since', '1970-01-01'),
    ]) {
      expect(out).toMatch(/^Contact\s+Cercle\s+Env\.\s+Reçus\s+Réun\.\s+Dernier\s+Lien\s+Retard\n/);
      expect(out).toMatch(/Ana\s+Clients & partenaires\s+1\s+1\s+1\s+2024-06-01\s+\d+\u00a0%\s+0 j\n/);
      expect(out).toContain('1 contact sur 2 avec au moins un échange depuis le 1er janvier 1970.');
    }
    // --lang wins over the terminal.
    expect((await runIn({ LANG: 'fr_FR.UTF-8' }, file, '--lang', 'en')).out).toContain('Overdue');
  });

  it('on a file with no messages nor meetings, says so instead of counting from a made-up day', async () => {
    const cards = join(dir, 'cards.vcf');
    writeFileSync(cards, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:ana@a.example\r\nEND:VCARD\r\n');
    const fr = (await run(cards, '--lang', 'fr')).out;
    expect(fr).toContain(
      'Ce fichier ne contient aucun échange (ni message ni réunion) : rien à mesurer pour son contact.',
    );
    expect(fr).not.toMatch(/19\d\d/);
    expect((await run(cards, '--lang', 'en')).out).toContain(
      'This file holds no exchanges (no messages, no meetings): nothing to measure for its contact.',
    );
  });

  it('lists the most overdue first', async () => {
    const { out } = await run(file, '--since', '1970-01-01');
    const rows = out.split('\n').slice(1, 3);
    expect(rows[0]).toMatch(/^Ana /);
    expect(rows[1]).toMatch(/^Zed\s+—/);
  });

  it('says a wrong option plainly, in the language asked', async () => {
    expect(await run(file, '--bogus')).toEqual({
      code: 2,
      out: '',
      err: 'circles ties: unknown option --bogus (see circles ties --help).\n',
    });
    expect((await run(file, '--lang', 'fr', '--since')).err).toBe(
      'circles ties: l’option --since attend une valeur (voir circles ties --help).\n',
    );
    expect((await run(file, '--lang', 'de')).err).toBe('circles ties: --lang must be fr or en, not "de".\n');
  });
});
