/**
 * The production build as Outlook meets it: every URL in dist/manifest.xml (pages, icons, the support page) is a
 * file of dist/, and the sign-in dialog page the taskpane falls back to is there too. A manifest pointing at a
 * page the build does not write loads a blank pane in Outlook, and a missing auth-dialog.html a dialog that
 * shows the server's 404 — nothing a unit test can see. Needs `npm run build` first, as every browser test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_BASE_URL } from '../../scripts/manifest.mjs';
import { DIALOG_PAGE } from '../../src/adapters/graph/auth';
import { DIST } from './harness';

const manifest = readFileSync(join(DIST, 'manifest.xml'), 'utf8');

/** The URLs Office reads: attribute values and SourceLocation/IconUrl text, comments left out. */
const urls = [
  ...new Set(
    [...manifest.replace(/<!--[\s\S]*?-->/g, '').matchAll(/"(https:\/\/[^"]+)"|>(https:\/\/[^<]+)</g)].map(
      (m) => (m[1] ?? m[2])!,
    ),
  ),
];

describe('the production build', () => {
  test('holds a file for every URL of its manifest', () => {
    const base = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(manifest)?.[1] ?? DEV_BASE_URL;
    expect(urls.length).toBeGreaterThanOrEqual(15);
    const missing = urls
      .map((u) => new URL(u))
      .filter((u) => !existsSync(join(DIST, decodeURIComponent(u.pathname.slice(new URL(base).pathname.length)))));
    expect(missing.map((u) => u.href)).toEqual([]);
    // Only the build's own origin: nothing the deployment does not serve.
    expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
  });

  test('writes the sign-in dialog page next to the taskpane, with its script', () => {
    const page = readFileSync(join(DIST, DIALOG_PAGE), 'utf8');
    const scripts = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const own = scripts.filter((s) => !/^https?:|^\/office-js\//.test(s));
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) expect(existsSync(join(DIST, s.replace(/^\.?\//, '')))).toBe(true);
  });
});
