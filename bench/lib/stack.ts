import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { pino } from 'pino';
import { startServer } from '../../server/app.js';
import { CHROMIUM, freePort } from '../../scripts/local.js';
import { readConfig } from '../../server/config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_EMAIL = 'marisol.vega@acme.example';

/** Debian's Chromium for the benchmarks, able to measure its own heap. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...CHROMIUM,
    // Lets the page read the size of its JavaScript heap after a collection.
    args: [...CHROMIUM.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

export interface Stack {
  /** The page server's origin, `http://localhost:<port>`. */
  origin: string;
  apiUrl: string;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Members seeded into Acme. */
  members: number;
  /** HTML pages by path, such as `/all.html`, made once the API's URL is known. */
  pages: (apiUrl: string) => Record<string, string>;
  /** Extra files by path, made when the server starts. */
  files?: () => Promise<Record<string, { type: string; body: string | Uint8Array }>>;
}

/**
 * Starts `serveStack` in a process of its own, as a real API and site would
 * run: sharing this process's event loop with the browser's driver would
 * slow every response down. `module` exports the options as `stack`.
 */
export async function startStack(module: URL): Promise<Stack> {
  const entry = fileURLToPath(new URL('stack-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, BENCH_STACK: fileURLToPath(module) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`The bench server exited with ${code}.`)));
  });
  const { origin, apiUrl } = JSON.parse(line) as { origin: string; apiUrl: string };
  return {
    origin,
    apiUrl,
    async close() {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/**
 * The local API on an in-memory store, and a page server standing in for a
 * host's site: it serves the pages, `dist/` gzipped (as a CDN would), and
 * `POST /host/token`, which mints a token for Acme's admin with the API key
 * the way a host's back end does. Everything listens on localhost only.
 */
export async function serveStack(options: StackOptions): Promise<Stack> {
  if (!existsSync(join(ROOT, 'dist/workos-elements.bundle.js'))) {
    throw new Error('dist/ has no build: run `npm run build` first.');
  }
  const pagePort = await freePort();
  const origin = `http://localhost:${pagePort}`;
  const config = readConfig({
    WIDGETS_DB: ':memory:',
    API_HOST: 'localhost',
    API_PORT: '0',
    WIDGETS_ALLOWED_ORIGINS: origin,
    WIDGETS_SEED_MEMBERS: String(options.members),
    WIDGETS_RATE_LIMIT: '1000000',
  });
  const api = await startServer({ config, logger: pino({ level: 'silent' }) });
  const admin = await findAdmin(api.url);
  const mint = () => mintToken(api.url, config.apiKey, admin);
  const pages = options.pages(api.url);
  const files = (await options.files?.()) ?? {};

  const server = createServer((request, response) => {
    serve(request, response, { pages, files }, mint).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(pagePort, 'localhost', resolve));

  return {
    origin,
    apiUrl: api.url,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
};

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  options: {
    pages: Record<string, string>;
    files: Record<string, { type: string; body: string | Uint8Array }>;
  },
  mint: () => Promise<string>,
) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/host/token' && request.method === 'POST') {
    return send(response, 'application/json', JSON.stringify({ token: await mint() }));
  }

  const page = options.pages[path];
  if (page !== undefined) return send(response, TYPES['.html']!, page);
  const file = options.files[path];
  if (file) return send(response, file.type, file.body);

  const local = normalize(join(ROOT, path));
  if (path.startsWith('/dist/') && local.startsWith(join(ROOT, 'dist')) && existsSync(local)) {
    return send(response, TYPES[extname(local)] ?? 'application/octet-stream', readFileSync(local));
  }
  response.writeHead(404).end();
}

/** Sends a body gzipped at level 9, the way sizes are counted, and never cached. */
function send(response: ServerResponse, type: string, body: string | Uint8Array) {
  response.writeHead(200, {
    'content-type': type,
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  response.end(gzipSync(body, { level: 9 }));
}

interface Fixtures {
  organizations: { id: string; name: string; users: { id: string; email: string }[] }[];
}

async function findAdmin(apiUrl: string) {
  const fixtures = (await (await fetch(`${apiUrl}/dev/fixtures`)).json()) as Fixtures;
  const acme = fixtures.organizations.find((organization) => organization.name === 'Acme');
  const user = acme?.users.find((candidate) => candidate.email === ADMIN_EMAIL);
  if (!acme || !user) throw new Error(`The seed has no ${ADMIN_EMAIL} in Acme.`);
  return { organization_id: acme.id, user_id: user.id };
}

async function mintToken(apiUrl: string, apiKey: string, body: object) {
  const response = await fetch(`${apiUrl}/client/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`Minting a token failed with ${response.status}.`);
  return token;
}
