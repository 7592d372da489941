import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Plugin } from 'vite';
import { startServer } from '../server/app.js';
import { DEMO_PORT, readConfig } from '../server/config.js';
import { handleHostRequest, type HostOptions } from './host.js';

/**
 * `npm start`: the demo page on DEMO_PORT and the local API on API_PORT, the
 * API allowing exactly the origins the demo is served from.
 */
const host: HostOptions = { apiUrl: '', apiKey: '' };

const vite = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { port: Number(process.env.DEMO_PORT ?? DEMO_PORT) },
  plugins: [hostBackend()],
});
await vite.listen();

const demoUrl = vite.resolvedUrls!.local[0]!;
const port = new URL(demoUrl).port;
const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
const config = readConfig({ ...process.env, WIDGETS_ALLOWED_ORIGINS: origins.join(',') });
const api = await startServer({ config });

host.apiUrl = api.url;
host.apiKey = config.apiKey;
api.app.services.logger.info({ api: api.url, demo: demoUrl }, 'demo ready');
process.stdout.write(`\n  Demo:  ${demoUrl}\n  API:   ${api.url}\n\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await Promise.all([vite.close(), api.close()]);
    process.exit(0);
  });
}

/** Serves `/host/*`, the customer back end the demo stands in for. */
function hostBackend(): Plugin {
  return {
    name: 'demo-host-backend',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? '/', 'http://demo');
        handleHostRequest(host, req.method ?? 'GET', url)
          .then((answer) => {
            if (!answer) return next();
            res.writeHead(answer.status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(answer.body));
          })
          .catch(() => {
            res.writeHead(502, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ message: 'The local API did not answer.' }));
          });
      });
    },
  };
}
