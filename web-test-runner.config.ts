import { esbuildPlugin } from '@web/dev-server-esbuild';
import type { TestRunnerConfig } from '@web/test-runner';
import { playwrightLauncher, type PlaywrightLauncher } from '@web/test-runner-playwright';
import type { TestRunnerPlugin } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { pino } from 'pino';
import { handleHostRequest, proxyApi } from './demo/host.js';
import { startServer } from './server/app.js';
import { CHROMIUM, freePort } from './scripts/local.js';
import { readConfig } from './server/config.js';
import { startFaultProxy, type Fault } from './test/fault-proxy.js';
import { HOSTILE, HOSTILE_URLS } from './test/fixtures/hostile.js';

/**
 * Browser tests: real Chromium (Debian's, never a downloaded one) against the
 * real local API, started here on a free port with an in-memory database.
 * The test pages get tokens from the same host back end the demo uses.
 */
const PORT = await freePort();
const ORIGIN = `http://localhost:${PORT}`;

function readBody(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

const config = readConfig({
  WIDGETS_DB: ':memory:',
  API_PORT: '0',
  WIDGETS_ALLOWED_ORIGINS: ORIGIN,
  WIDGETS_RATE_LIMIT: '100000',
});
const api = await startServer({ config, logger: pino({ level: 'silent' }) });
const host = { apiUrl: api.url, apiKey: config.apiKey };
const proxy = await startFaultProxy(api.url);

/**
 * `fault`: sets what the fault-injecting proxy in front of the API does (see
 * test/fault-proxy.ts). Answers the proxy's URL, for an element's `api-url`,
 * and the GraphQL operations it received since the last `clear`.
 */
const faults: TestRunnerPlugin = {
  name: 'faults',
  executeCommand({ command, payload }) {
    if (command !== 'fault') return undefined;
    const received = proxy.set(payload as Fault & { clear?: boolean });
    return { url: proxy.url, received };
  },
};

/** What Vite's `define` gives a built page: urql reads `process.env.NODE_ENV`. */
const NODE_ENV_SHIM = "<script>window.process = { env: { NODE_ENV: 'development' } };</script>";

/** Serves demo/index.html as `npm start` does, with the shim in place of Vite's define. */
const demoPage: TestRunnerPlugin = {
  name: 'demo-page',
  transform(context) {
    if (context.path !== '/demo/index.html') return undefined;
    return { body: String(context.body).replace('<head>', `<head>${NODE_ENV_SHIM}`) };
  },
};

/**
 * `add-virtual-authenticator`: gives the test's page a platform authenticator
 * through Chromium's DevTools protocol, so that `navigator.credentials.create`
 * runs the real WebAuthn ceremony without a person to touch a sensor.
 */
const virtualAuthenticator: TestRunnerPlugin = {
  name: 'virtual-authenticator',
  async executeCommand({ command, session }) {
    if (command !== 'add-virtual-authenticator') return undefined;
    const page = (session.browser as PlaywrightLauncher).getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return authenticatorId;
  },
};

/**
 * `plant-hostile-data`: writes the hostile strings into every field of Acme
 * that an element renders (names, emails, avatars, the organization, roles,
 * invitations, sessions, passkeys), straight into the API's database, as a
 * compromised directory sync or a hostile member might. The signed-in admin
 * keeps her email, so that tokens can still be minted for her.
 */
const hostileData: TestRunnerPlugin = {
  name: 'hostile-data',
  executeCommand({ command }) {
    if (command !== 'plant-hostile-data') return undefined;
    const db = api.app.services.db;
    const at = (i: number) => HOSTILE[i % HOSTILE.length]!;
    const acme = db.prepare(`SELECT id FROM organizations WHERE name = 'Acme'`).get() as {
      id: string;
    };
    const users = db
      .prepare(
        `SELECT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id
         WHERE m.organization_id = ? ORDER BY u.id`,
      )
      .all(acme.id) as { id: string; email: string }[];

    db.transaction(() => {
      db.prepare('UPDATE organizations SET name = ? WHERE id = ?').run(at(0), acme.id);
      users.forEach((user, i) => {
        const email = user.email.startsWith('marisol.vega@') ? user.email : `${i}${at(i)}@x.io`;
        db.prepare(
          `UPDATE users SET first_name = ?, last_name = ?, email = ?, profile_picture_url = ?
           WHERE id = ?`,
        ).run(at(2 * i), at(2 * i + 1), email, HOSTILE_URLS[i % HOSTILE_URLS.length], user.id);
      });
      db.prepare('SELECT id FROM roles ORDER BY id')
        .all()
        .forEach((role, i) => {
          const { id } = role as { id: string };
          db.prepare('UPDATE roles SET name = ?, description = ? WHERE id = ?').run(
            at(i + 7),
            at(i + 8),
            id,
          );
        });
      db.prepare('SELECT id FROM invitations ORDER BY id')
        .all()
        .forEach((row, i) => {
          const { id } = row as { id: string };
          db.prepare('UPDATE invitations SET email = ? WHERE id = ?').run(`${i}${at(i + 3)}`, id);
        });
      db.prepare('SELECT id FROM sessions ORDER BY id')
        .all()
        .forEach((row, i) => {
          const { id } = row as { id: string };
          db.prepare(
            'UPDATE sessions SET user_agent = ?, city_name = ?, country_code = ?, ip_address = ? WHERE id = ?',
          ).run(at(i + 5), at(i + 6), at(i + 9).slice(0, 40), at(i + 10), id);
        });
      db.prepare('SELECT id FROM passkeys ORDER BY id')
        .all()
        .forEach((row, i) => {
          const { id } = row as { id: string };
          db.prepare('UPDATE passkeys SET name = ? WHERE id = ?').run(at(i + 11), id);
        });
    })();
    return users.length;
  },
};

const testConfig: TestRunnerConfig = {
  files: 'test/browser/**/*.test.ts',
  port: PORT,
  hostname: 'localhost',
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    virtualAuthenticator,
    hostileData,
    faults,
    demoPage,
    // Screenshots against test/browser/screenshots/baseline; UPDATE_SCREENSHOTS=1 rewrites them.
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === '1',
      baseDir: 'test/browser/screenshots',
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [
    // Token endpoints gone wrong: a sign-in page where a token should be, a crash.
    async (context, next) => {
      if (context.path === '/test/sign-in-page') {
        context.type = 'text/html';
        context.body = '<!doctype html>\n<html><body><form>Sign in</form></body></html>';
      } else if (context.path === '/test/token-crash') {
        context.status = 500;
        context.body = { message: 'Internal Server Error' };
      } else {
        return next();
      }
    },
    async (context, next) => {
      const url = new URL(context.url, ORIGIN);
      const answer = await handleHostRequest(host, context.method, url);
      if (!answer) return next();
      context.status = answer.status;
      context.body = answer.body;
    },
    async (context, next) => {
      const url = new URL(context.url, ORIGIN);
      const body = context.method === 'POST' ? await readBody(context.req) : undefined;
      const headers = context.headers as Record<string, string | undefined>;
      const answer = await proxyApi(host, { method: context.method, url, headers, body });
      if (!answer) return next();
      context.status = answer.status;
      context.set(answer.headers);
      context.body = answer.body;
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head>${NODE_ENV_SHIM}</head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: CHROMIUM,
    }),
  ],
};

export default testConfig;
