/**
 * The add-in manifest: schema-valid, bilingual, pointing at files the build ships, and rewritten correctly for a
 * production deployment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { basename, join, resolve } from 'node:path';
import { ICONS, writeIcons } from '../scripts/icons.mjs';
import { DEV_BASE_URL, rewriteManifest } from '../scripts/manifest.mjs';

const ROOT = resolve(__dirname, '..');
const SCHEMA_DIR = resolve(ROOT, '..', 'shared', 'schemas', 'office-manifest');
const SCHEMA = join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const canValidate = existsSync(SCHEMA) && hasXmllint;
if (!canValidate) {
  console.log(
    existsSync(SCHEMA)
      ? 'manifest schema check skipped: xmllint is missing (apt-get install -y libxml2-utils)'
      : `manifest schema check skipped: ${SCHEMA_DIR} is absent (it exists in the Circles workspace and CI only)`,
  );
}
const withSchema = canValidate ? test : test.skip;

function validate(xml: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'circles-manifest-'));
  try {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The dimensions in a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('manifest.xml', () => {
  withSchema('validates against the Office add-in manifest schema', () => {
    const result = validate(manifest);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  withSchema('still validates once rewritten for production', () => {
    const xml = rewriteManifest(manifest, {
      baseUrl: 'https://circles.example.com/addin',
      clientId: '5c1f4b9e-1d1a-4c55-9a3e-2a7d3b4c5d6e',
    });
    expect(validate(xml).status).toBe(0);
  });

  withSchema('the schema check catches a broken manifest', () => {
    const broken = manifest.replace('<Permissions>ReadItem</Permissions>', '<Permissions>ReadEverything</Permissions>');
    expect(validate(broken).status).not.toBe(0);
  });

  test('asks for the lowest permission the features need', () => {
    expect(manifest).toContain('<Permissions>ReadItem</Permissions>');
  });

  test('offers the three buttons on the message read surface', () => {
    expect(manifest).toContain('xsi:type="MessageReadCommandSurface"');
    expect(manifest).toContain('<FunctionName>categoriseByOrigin</FunctionName>');
    expect(manifest).toContain(`${DEV_BASE_URL}/taskpane.html?view=shortlist`);
    expect(manifest).toContain('<SupportsPinning>true</SupportsPinning>');
  });

  test('declares no WebApplicationInfo nor AppDomains: nested app authentication needs neither', () => {
    // WebApplicationInfo is for Office's older SSO (getAccessToken) and names an API the registration would have
    // to expose; the dialog fallback starts on our own domain and may then go to any https page unlisted.
    expect(manifest.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/WebApplicationInfo|AppDomain|api:\/\//);
  });

  test('translates every string into French', () => {
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThan(0);
    for (const [, id, body] of strings) {
      expect({ id, french: /<bt:Override Locale="fr-FR" Value="[^"]+"/.test(body!) }).toEqual({ id, french: true });
    }
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="fr-FR"/);
    expect(manifest).toContain('Value="Classer par origine"');
  });

  test('every icon it references exists in assets/ at the size it declares', () => {
    const images = [...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)];
    const declared = new Map<string, number>();
    for (const m of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) declared.set(m[2]!, Number(m[1]));
    expect(images.length).toBeGreaterThanOrEqual(9);
    for (const [, id, url] of images) {
      const file = join(ROOT, url!.replace(`${DEV_BASE_URL}/`, ''));
      expect(existsSync(file)).toBe(true);
      const size = declared.get(id!);
      expect(size).toBeDefined();
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1]!;
    const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1]!;
    expect(pngSize(join(ROOT, icon.replace(`${DEV_BASE_URL}/`, '')))).toEqual({ width: 64, height: 64 });
    expect(pngSize(join(ROOT, highRes.replace(`${DEV_BASE_URL}/`, '')))).toEqual({ width: 128, height: 128 });
  });

  test('every page it references is built from a template in the repository', () => {
    const pages = new Set(
      urls(manifest)
        .filter((u) => u.startsWith(DEV_BASE_URL))
        .map((u) => new URL(u).pathname)
        .filter((p) => p.endsWith('.html')),
    );
    const sources: Record<string, string> = {
      '/taskpane.html': 'src/taskpane/taskpane.html',
      '/commands.html': 'src/commands/commands.html',
      '/assets/help.html': 'assets/help.html',
    };
    expect([...pages].sort()).toEqual(Object.keys(sources).sort());
    for (const page of pages) expect(existsSync(join(ROOT, sources[page]!))).toBe(true);
  });
});

describe('rewriteManifest', () => {
  const production = rewriteManifest(manifest, {
    baseUrl: 'https://circles.example.com/addin/',
    clientId: '5C1F4B9E-1D1A-4C55-9A3E-2A7D3B4C5D6E',
  });

  test('points every URL at the production base URL', () => {
    // Comments are for people; Office reads only the elements.
    expect(production.replace(/<!--[\s\S]*?-->/g, '')).not.toContain('localhost');
    expect(production).toContain('<SourceLocation DefaultValue="https://circles.example.com/addin/taskpane.html" />');
    expect(production).toContain('DefaultValue="https://circles.example.com/addin/taskpane.html?view=shortlist"');
    expect(production).toContain('DefaultValue="https://circles.example.com/addin/assets/icon-64.png"');
  });

  test("keeps the add-in's own id", () => {
    const id = (xml: string) => /<OfficeApp[\s\S]*?<Id>([^<]+)<\/Id>/.exec(xml)![1];
    expect(id(production)).toBe(id(manifest));
  });

  test('leaves the manifest unchanged with no options', () => {
    expect(rewriteManifest(manifest)).toBe(manifest);
  });

  test.each([
    ['an http URL, which Office refuses', 'http://circles.example.com', undefined, /https/],
    ['something that is not a URL', 'circles.example.com', undefined, /not a URL/],
    ['a base URL with a query', 'https://circles.example.com/?x=1', undefined, /query/],
    ['a client id that is not a GUID', 'https://circles.example.com', 'my-app', /GUID/],
  ])('refuses %s', (_label, baseUrl, clientId, message) => {
    expect(() => rewriteManifest(manifest, { baseUrl, clientId })).toThrow(message);
  });
});

/** The RGBA scanlines of one of our PNGs (one IDAT chunk, filter 0 on every line, as scripts/icons.mjs writes). */
function pixels(file: string): Buffer {
  const buf = readFileSync(file);
  return inflateSync(buf.subarray(buf.indexOf('IDAT') + 4, buf.indexOf('IEND') - 8));
}

describe('the icons', () => {
  test('are what scripts/icons.mjs draws, so they can be redrawn at will', () => {
    const dir = mkdtempSync(join(tmpdir(), 'circles-icons-'));
    try {
      const files = writeIcons(dir);
      expect(files).toHaveLength(ICONS.length);
      for (const file of files) {
        // Pixels, not bytes: another zlib may compress the same image differently.
        const drawn = pixels(file);
        const committed = pixels(join(ROOT, 'assets', basename(file)));
        expect(committed.length).toBe(drawn.length);
        let worst = 0;
        for (let i = 0; i < drawn.length; i++) worst = Math.max(worst, Math.abs(drawn[i]! - committed[i]!));
        // At most one level of rounding apart, per channel; named so a failure says which icon.
        expect({ file: basename(file), close: worst <= 1 }).toEqual({ file: basename(file), close: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('are not blank: each has opaque pixels and more than two levels of transparency', () => {
    for (const { motif, size } of ICONS) {
      const raw = pixels(join(ROOT, 'assets', `${motif}-${size}.png`));
      const alphas = new Set<number>();
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) alphas.add(raw[y * (size * 4 + 1) + 1 + x * 4 + 3]!);
      expect({ icon: `${motif}-${size}`, opaque: alphas.has(255) }).toEqual({ icon: `${motif}-${size}`, opaque: true });
      expect(alphas.size).toBeGreaterThan(2);
    }
  });
});
