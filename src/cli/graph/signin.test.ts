import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCacheContext } from '@azure/msal-node';
import { fileCachePlugin } from './signin';

/** The part of MSAL's cache context the plugin uses. */
function context(serialized: string, changed: boolean) {
  const seen: string[] = [];
  const ctx = {
    cacheHasChanged: changed,
    tokenCache: { serialize: () => serialized, deserialize: (s: string) => seen.push(s) },
  } as unknown as TokenCacheContext;
  return { ctx, seen };
}

describe('the CLI token cache', () => {
  it('is written readable and writable by the user only, and read back before MSAL looks', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'circles-cache-')), 'msal-cache.json');
    const plugin = fileCachePlugin(file);
    await plugin.afterCacheAccess(context('{"AccessToken":{}}', true).ctx);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const { ctx, seen } = context('', false);
    await plugin.beforeCacheAccess(ctx);
    expect(seen).toEqual(['{"AccessToken":{}}']);
  });

  it('starts empty when there is no cache yet, and writes nothing when nothing changed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'circles-cache-')), 'msal-cache.json');
    const plugin = fileCachePlugin(file);
    const { ctx, seen } = context('{}', false);
    await plugin.beforeCacheAccess(ctx);
    await plugin.afterCacheAccess(ctx);
    expect(seen).toEqual([]);
    expect(() => statSync(file)).toThrow();
  });

  it('makes an existing cache private again when it rewrites it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'circles-cache-')), 'msal-cache.json');
    writeFileSync(file, '{}', { mode: 0o644 });
    await fileCachePlugin(file).afterCacheAccess(context('{"Account":{}}', true).ctx);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('{"Account":{}}');
  });
});
