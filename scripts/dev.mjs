// `npm run dev`: development with live reload. Serves the taskpane and command pages from webpack-dev-server in
// development mode on localhost:3000 (rebuilt in memory and reloaded in the browser on every change), with the
// Graph emulator (src/emulator) mounted at /mock-graph on the demo mailbox. `npm start` serves the production
// build instead (scripts/start.mjs). Same variables as `npm start` (scripts/demo.mjs): PORT, CIRCLES_HTTPS,
// CIRCLES_DEMO_LATENCY_MS, CIRCLES_DEMO_MAILBOX.
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import makeConfig from '../webpack.config.js';
import { HTTPS, PORT, httpsOptions, loadDemoGraph, missingGraph, printAddress } from './demo.mjs';

const demo = await loadDemoGraph();

const config = {
  ...makeConfig({}, { mode: 'development' }),
  // One address to open, not a wall of build output: webpack and the dev server speak only of problems.
  infrastructureLogging: { level: 'warn' },
  stats: 'errors-warnings',
};
const devServer = {
  ...config.devServer,
  port: PORT,
  server: HTTPS ? { type: 'https', options: await httpsOptions() } : 'http',
  devMiddleware: { ...config.devServer?.devMiddleware, stats: 'errors-warnings' },
  setupMiddlewares: (middlewares) => {
    // The demo's front door: / is the taskpane (its ?lang= and ?view= carried over).
    middlewares.unshift({
      name: 'circles-front-door',
      middleware: (req, res, next) => {
        const [path, query] = (req.url ?? '/').split('?');
        if (path !== '/' && path !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', `/taskpane.html${query ? `?${query}` : ''}`);
        res.end();
      },
    });
    middlewares.unshift({
      name: 'circles-demo-graph',
      path: '/mock-graph',
      middleware: demo.middleware ?? missingGraph(demo.notice),
    });
    return middlewares;
  },
};

const server = new WebpackDevServer(devServer, webpack(config));
await server.start();
printAddress(demo, ['Development build: the page reloads itself on every change.']);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.stop().finally(() => process.exit(0));
  });
}
