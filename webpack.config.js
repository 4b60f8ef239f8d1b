// Builds the taskpane page and the function-command page (the FunctionFile), plus the sign-in dialog page once
// src/auth/dialog.ts exists; copies the assets and writes the manifest with the production base URL.
// `npm start` (scripts/start.mjs) builds the same production pages into dist-demo/ (Office.js served locally) and
// serves them with the demo Graph emulator; `npm run dev` (scripts/dev.mjs) serves them in development mode.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import TerserPlugin from 'terser-webpack-plugin';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_BASE_URL, rewriteManifest } from './scripts/manifest.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const OFFICE_JS_DIR = resolve(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SIGN_IN = ['https://login.microsoftonline.com', 'https://login.live.com'];
const GRAPH_URL = 'https://graph.microsoft.com/v1.0';
const AUTHORITY = 'https://login.microsoftonline.com/common';

/**
 * The pages' Content-Security-Policy. Scripts: our bundles, Office.js by its path on the CDN (the folder, since
 * office.js loads its locale and host files next to it; not the whole host) or /office-js/, and the one inline
 * config script by hash. Styles need 'unsafe-inline' because Griffel (Fluent UI v9) injects <style> elements at
 * run time. Network: same origin (the dev server, the demo emulator at /mock-graph), sign-in and Graph — the
 * configured cloud's hosts (a national cloud has its own).
 */
export function contentSecurityPolicy(
  inlineScript,
  config = { graphUrl: GRAPH_URL, authority: AUTHORITY, officeJs: OFFICE_CDN },
) {
  const hash = createHash('sha256').update(inlineScript).digest('base64');
  const graph = new URL(config.graphUrl ?? GRAPH_URL).origin;
  const signIn = [...new Set([new URL(config.authority ?? AUTHORITY).origin, ...SIGN_IN])];
  const officeJs = config.officeJs ?? OFFICE_CDN;
  const officeFolder = /^https:/.test(officeJs) ? ` ${officeJs.replace(/[^/]*$/, '')}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${officeFolder} 'sha256-${hash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${graph} ${signIn.join(' ')}`,
    `frame-src 'self' ${signIn.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The taskpane's async chunks ahead.ts fetches before the pane's code runs: each view's, the strings, the navigation. */
const AHEAD_CHUNKS = [
  'review',
  'message',
  'shortlist',
  'map',
  'keep',
  'import',
  'settings',
  'onboarding',
  'strings',
  'nav',
];

/**
 * What taskpane.html needs for its first script: its file, and the files of each chunk it may fetch ahead, by
 * name (the `webpackChunkName`s of src/taskpane/viewChunks.ts), as JSON (`<` escaped: it sits in a script element).
 */
function aheadParameters(compilation, publicPath) {
  const files = (group) => (group?.getFiles() ?? []).filter((f) => f.endsWith('.js')).map((f) => publicPath + f);
  const chunks = Object.fromEntries(AHEAD_CHUNKS.map((name) => [name, files(compilation.namedChunkGroups.get(name))]));
  return {
    aheadScript: files(compilation.entrypoints.get('ahead'))[0],
    aheadChunks: JSON.stringify(chunks).replace(/</g, '\\u003c'),
  };
}

/**
 * env.officeJs = 'local': load Office.js from /office-js/ (the demo works offline); env.outDir: another output
 * folder than dist/ (the demo's build must not replace the publishable one); env.cache = 'filesystem': keep
 * webpack's cache on disk so the demo's rebuilds are incremental.
 */
export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  // Published add-ins must load Office.js from Microsoft's CDN; the demo and dev server use the npm copy.
  const officeJs = env.officeJs === 'local' || !production ? '/office-js/office.js' : OFFICE_CDN;
  // The app registration and the cloud (docs/GRAPH.md): a national cloud sets both the authority and Graph.
  const config = {
    clientId: process.env.CIRCLES_CLIENT_ID || '',
    authority: process.env.CIRCLES_AUTHORITY || AUTHORITY,
    graphUrl: process.env.CIRCLES_GRAPH_URL || GRAPH_URL,
  };
  // `<` is escaped so that no value can close the script element.
  const configScript = `window.__CIRCLES_CONFIG__ = ${JSON.stringify(config).replace(/</g, '\\u003c')};`;
  const templateParameters = {
    officeJs,
    configScript,
    csp: contentSecurityPolicy(configScript, { ...config, officeJs }),
  };

  const pages = [
    { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html', title: 'Circles' },
    {
      name: 'commands',
      entry: './src/commands/index.ts',
      template: './src/commands/commands.html',
      title: 'Circles commands',
    },
  ];
  // The Office-dialog sign-in fallback, written by the Graph adapter; built as soon as it exists.
  if (existsSync(resolve(root, 'src/auth/dialog.ts'))) {
    pages.push({
      name: 'auth-dialog',
      entry: './src/auth/dialog.ts',
      template: './src/commands/commands.html',
      title: 'Circles sign-in',
    });
  }

  return {
    context: root,
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the CSP has no 'unsafe-eval', in development either.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    // `ahead` is the taskpane page's first script (src/taskpane/ahead.ts), before Office.js.
    entry: { ...Object.fromEntries(pages.map((p) => [p.name, p.entry])), ahead: './src/taskpane/ahead.ts' },
    output: {
      path: env.outDir ? resolve(root, env.outDir) : resolve(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative to the page, so that dist/ can be published under a path (https://example.com/circles/).
      publicPath: 'auto',
      clean: true,
    },
    ...(env.cache === 'filesystem'
      ? {
          cache: {
            type: 'filesystem',
            name: `${production ? 'production' : 'development'}-${env.officeJs ?? 'cdn'}`,
            // A change to this file (or the manifest helper it imports) throws the cache away.
            buildDependencies: { config: [fileURLToPath(import.meta.url)] },
          },
        }
      : {}),
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                target: 'es2020',
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
              },
            },
          },
        },
      ],
    },
    optimization: {
      minimize: production,
      minimizer: [
        new TerserPlugin({ minify: TerserPlugin.swcMinify, terserOptions: { compress: true, mangle: true } }),
      ],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            templateParameters:
              p.name === 'taskpane'
                ? (compilation, assets) => ({
                    ...templateParameters,
                    title: p.title,
                    ...aheadParameters(compilation, assets.publicPath),
                  })
                : { ...templateParameters, title: p.title },
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? rewriteManifest(content.toString(), { baseUrl, clientId: config.clientId }) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      hot: false,
      liveReload: true,
      static: [{ directory: OFFICE_JS_DIR, publicPath: '/office-js', watch: false }],
      // Outlook loads the pages from another origin's frame; the icons and the manifest too.
      headers: { 'Access-Control-Allow-Origin': '*' },
      historyApiFallback: false,
    },
  };
};
