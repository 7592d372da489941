import { esbuildPlugin } from '@web/dev-server-esbuild';
import type { TestRunnerConfig } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { pino } from 'pino';
import { handleHostRequest } from './demo/host.js';
import { startServer } from './server/app.js';
import { readConfig } from './server/config.js';

/**
 * Browser tests: real Chromium (Debian's, never a downloaded one) against the
 * real local API, started here on a free port with an in-memory database.
 * The test pages get tokens from the same host back end the demo uses.
 */
const PORT = 8765;
const ORIGIN = `http://localhost:${PORT}`;

const config = readConfig({
  WIDGETS_DB: ':memory:',
  API_PORT: '0',
  WIDGETS_ALLOWED_ORIGINS: ORIGIN,
  WIDGETS_RATE_LIMIT: '100000',
});
const api = await startServer({ config, logger: pino({ level: 'silent' }) });
const host = { apiUrl: api.url, apiKey: config.apiKey };

const testConfig: TestRunnerConfig = {
  files: 'test/browser/**/*.test.ts',
  port: PORT,
  hostname: 'localhost',
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    async (context, next) => {
      const url = new URL(context.url, ORIGIN);
      const answer = await handleHostRequest(host, context.method, url);
      if (!answer) return next();
      context.status = answer.status;
      context.body = answer.body;
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><script>window.process = { env: { NODE_ENV: 'development' } };</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};

export default testConfig;
