/**
 * The demo's web server (Node only): a built folder of pages (dist/ or dist-demo/), Office.js from the npm copy
 * at /office-js/, and a Graph emulator mounted at /mock-graph the way Express mounts a middleware (as
 * webpack-dev-server does in `npm run dev`). `/` leads to the taskpane with its query kept. `npm start` serves
 * the production build with it; the browser tests and the benchmarks serve dist/ with it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import type { Emulator } from './index';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

export type DemoServerOptions = {
  /** The built pages (taskpane.html, its chunks, assets/). */
  readonly dist: string;
  /** Office.js' folder (node_modules/@microsoft/office-js/dist), served at /office-js/. */
  readonly officeJs: string;
  /** The Graph at /mock-graph: an emulator's middleware, or one that says why there is none. */
  readonly graph: Emulator['middleware'] | Middleware;
  /** Serve https with these options (a localhost certificate). */
  readonly https?: ServerOptions;
  /**
   * 'no-store' (tests and benchmarks: every run downloads again) or 'hashed' (the demo: file names with a
   * content hash are kept by the browser, the pages themselves are always asked again).
   */
  readonly caching?: 'no-store' | 'hashed';
};

/** The file under `dir` for `urlPath`, or undefined (path traversal and folders included). */
export function fileUnder(dir: string, urlPath: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(dir, rel));
  if (file === dir || !file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

// webpack's [contenthash:8] in a file name: the content never changes under that name.
const HASHED = /\.[0-9a-f]{8}\.js(\.map)?$/;

function sendFile(file: string, res: ServerResponse, caching: 'no-store' | 'hashed'): void {
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Cache-Control': caching === 'hashed' && HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-store',
    // Outlook loads the pages from another origin's frame; the icons and the manifest too.
    'Access-Control-Allow-Origin': '*',
  });
  res.end(readFileSync(file));
}

/** Mounts `middleware` under `prefix` the way Express does: the prefix is stripped, baseUrl says where. */
export function mount(
  prefix: string,
  middleware: Middleware,
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
): void {
  const original = req.url ?? '/';
  const mounted = req as IncomingMessage & { originalUrl?: string; baseUrl?: string };
  mounted.originalUrl ??= original;
  mounted.baseUrl = prefix;
  req.url = original.slice(prefix.length) || '/';
  if (!req.url.startsWith('/')) req.url = `/${req.url}`;
  middleware(req, res, (err?: unknown) => {
    req.url = original;
    next(err);
  });
}

/** The server, not listening yet. */
export function createDemoServer(options: DemoServerOptions): Server {
  const caching = options.caching ?? 'no-store';
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const notFound = (err?: unknown): void => {
      if (res.headersSent) return void res.end();
      res.writeHead(err ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(err ? String(err) : 'Not found');
    };
    const [path = '/', query] = (req.url ?? '/').split('?');
    if (path === '/mock-graph' || path.startsWith('/mock-graph/')) {
      mount('/mock-graph', options.graph as Middleware, req, res, notFound);
      return;
    }
    if (path === '/' || path === '/index.html') {
      res.writeHead(302, { Location: `/taskpane.html${query ? `?${query}` : ''}` });
      res.end();
      return;
    }
    const file = path.startsWith('/office-js/')
      ? fileUnder(options.officeJs, path.slice('/office-js'.length))
      : fileUnder(options.dist, path);
    if (file) sendFile(file, res, caching);
    else notFound();
  };
  return options.https ? createHttpsServer(options.https, handle) : createHttpServer(handle);
}
