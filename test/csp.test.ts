/**
 * The pages' Content-Security-Policy (webpack.config.js), read in a child Node process since the config
 * is an ES module for webpack.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const csp = (options: Record<string, string>): Record<string, string> => {
  const code = `import('./webpack.config.js').then((m) => process.stdout.write(m.contentSecurityPolicy('x', ${JSON.stringify(options)})))`;
  const text = execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
  return Object.fromEntries(
    text.split('; ').map((d) => [d.slice(0, d.indexOf(' ')), d.slice(d.indexOf(' ') + 1)] as [string, string]),
  );
};

describe('Content-Security-Policy', () => {
  it('names Office.js by its folder on the CDN, not the whole host', () => {
    const p = csp({ authority: 'https://login.microsoftonline.com/common' });
    expect(p['script-src']).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/ ');
    expect(p['script-src']).not.toMatch(/https:\/\/appsforoffice\.microsoft\.com( |$)/);
  });

  it('allows the configured sign-in authority and Graph, and no other host than Microsoft sign-in', () => {
    const p = csp({
      authority: 'https://login.contoso.example/tenant-id',
      graphUrl: 'https://graph.contoso.example/v1.0',
    });
    expect(p['connect-src']).toBe(
      "'self' https://graph.contoso.example https://login.contoso.example https://login.microsoftonline.com https://login.live.com",
    );
    expect(p['frame-src']).toBe(
      "'self' https://login.contoso.example https://login.microsoftonline.com https://login.live.com",
    );
  });

  it('loads Office.js from the same origin in the demo: no CDN at all', () => {
    expect(
      csp({ authority: 'https://login.microsoftonline.com/common', officeJs: '/office-js/office.js' })['script-src'],
    ).toMatch(/^'self' 'sha256-/);
  });
});
