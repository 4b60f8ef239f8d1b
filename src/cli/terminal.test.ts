import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { terminalSafe } from './terminal';

describe('terminalSafe', () => {
  it.each([
    ['clears the screen', 'Ana\u001b[2J\u001b[HSilva', 'AnaSilva'],
    ['colours text', '\u001b[31mred\u001b[0m', 'red'],
    ['sets the window title (OSC, BEL)', '\u001b]0;pwned\u0007Ana', 'Ana'],
    ['writes a hyperlink (OSC, ST)', '\u001b]8;;http://evil.example\u001b\\x\u001b]8;;\u001b\\', 'x'],
    ['returns the carriage', 'safe\roverwritten', 'safeoverwritten'],
    ['uses C1 controls and DEL', 'a\u009b2Jb\u007f', 'a2Jb'],
    ['reverses text with bidi overrides', 'Ana \u202Egnp.exe\u202C \u2066x\u2069', 'Ana gnp.exe x'],
  ])('strips what %s', (_, text, safe) => {
    expect(terminalSafe(text)).toBe(safe);
  });

  it('keeps tabs, line feeds and letters of every script', () => {
    expect(terminalSafe('Zoë\tمريم\n李\n')).toBe('Zoë\tمريم\n李\n');
  });

  it('is linear on a long run of escape introducers', () => {
    expect(terminalSafe('\u001b['.repeat(100_000))).toBe('');
  });
});

describe('the command line', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'circles-terminal-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints no control character from contact text in its tables and errors', async () => {
    writeFileSync(join(dir, 'in.csv'), '"First Name","Last Name"\r\n"Ana\u001b[2J\u001b]0;x\u0007","Silva\u202E"\r\n');
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), cwd: dir };
    expect(await main(['classify', 'in.csv'], io)).toBe(0);
    expect(await main(['classify', 'missing\u001b[31m.csv'], io)).toBe(1);
    expect(out).toContain('Ana');
    expect(err).toContain('missing.csv');
    // eslint-disable-next-line no-control-regex
    expect(`${out}${err}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
