// Builds the taskpane page and the function-command page (the FunctionFile), copies the assets and writes
// the manifest with the production base URL. `npm start` serves the same pages with the demo Graph emulator.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import TerserPlugin from 'terser-webpack-plugin';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteManifest } from './scripts/manifest.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const DEV_BASE_URL = 'https://localhost:3000';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const baseUrl = (process.env.ADDIN_BASE_URL || DEV_BASE_URL).replace(/\/+$/, '');
  // Published add-ins must load Office.js from Microsoft's CDN; the demo and the tests use the npm copy.
  const officeJs = env.officeJs === 'local' || !production ? '/office-js/office.js' : OFFICE_CDN;
  const config = {
    clientId: process.env.CIRCLES_CLIENT_ID || '',
    authority: process.env.CIRCLES_AUTHORITY || 'https://login.microsoftonline.com/common',
  };
  return {
    context: root,
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/index.ts',
    },
    output: {
      path: resolve(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
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
      minimizer: [new TerserPlugin({ minify: TerserPlugin.swcMinify, terserOptions: { compress: true, mangle: true } })],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs, config: JSON.stringify(config) },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs, config: JSON.stringify(config) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? rewriteManifest(content.toString(), DEV_BASE_URL, baseUrl, config) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      hot: false,
      liveReload: true,
      static: [
        { directory: resolve(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'), publicPath: '/office-js', watch: false },
      ],
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: process.env.CIRCLES_HTTPS === '1' ? 'https' : 'http',
      setupMiddlewares: (middlewares, devServer) => {
        // The demo's Graph: the in-repo emulator, mounted under /mock-graph (see src/emulator).
        return [...demoMiddlewares(), ...middlewares];
      },
    },
  };
};

/** Mounted lazily so that building never depends on the emulator. */
function demoMiddlewares() {
  const list = [];
  try {
    const mod = globalThis.__circlesDemoMiddleware;
    if (mod) list.push({ name: 'circles-demo-graph', middleware: mod });
  } catch {
    // no demo middleware: the page shows how to start the demo
  }
  return list;
}
