import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to GraphQL requests (POSTs) until told otherwise:
 * - `pass`: forwards them;
 * - `down`: drops the connection without forwarding, as a stopped API;
 * - `reset`: forwards, then drops the connection after the status line, so
 *   the API has acted and its answer is lost;
 * - `delay`: forwards after `delayMs`;
 * - `status`: answers `status` (such as 500 or 502) with an HTML page;
 * - `malformed`: forwards, then answers 200 with a body that is not JSON;
 * - `truncate`: forwards, then sends half the answer and drops the connection.
 * `operations` limits it to those operation names; `times` to that many
 * requests, after which it passes again.
 */
export interface Fault {
  mode: 'pass' | 'down' | 'reset' | 'delay' | 'status' | 'malformed' | 'truncate';
  status?: number;
  delayMs?: number;
  operations?: string[];
  times?: number;
}

/** Headers passed on each way; the rest (lengths, encodings) are the proxy's own. */
const REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'origin',
  'access-control-request-method',
  'access-control-request-headers',
];
const RESPONSE_HEADERS = [
  'content-type',
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
  'retry-after',
  'vary',
];

/**
 * A proxy in front of the local API that injects network faults, for the
 * browser tests. Listens on localhost; records the operation name of every
 * GraphQL request it receives, so a test can tell what was sent how often.
 */
export async function startFaultProxy(apiUrl: string) {
  let fault: Fault = { mode: 'pass' };
  const received: string[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const body = await readBody(request);
    const operation = request.method === 'POST' ? operationOf(body) : null;
    if (operation !== null) received.push(operation);
    const applies = operation !== null && affects(operation);

    if (applies && fault.mode === 'down') return request.socket.destroy();
    if (applies && fault.mode === 'status') {
      response.writeHead(fault.status ?? 502, { 'content-type': 'text/html', ...cors(request) });
      return response.end('<html><body><h1>Bad gateway</h1></body></html>');
    }
    if (applies && fault.mode === 'delay') await sleep(fault.delayMs ?? 1_000);

    const upstream = await fetch(`${apiUrl}${request.url}`, {
      method: request.method,
      headers: pick(request.headers, REQUEST_HEADERS),
      body: request.method === 'POST' ? body : undefined,
    });
    const answer = await upstream.text();
    const headers = pick(Object.fromEntries(upstream.headers), RESPONSE_HEADERS);

    if (applies && fault.mode === 'reset') {
      // The status line goes out first: a browser resends a request whose
      // connection closed before any answer, even a POST, if it reused the
      // connection, and the test is of an answer lost after the API acted.
      response.writeHead(upstream.status, { ...headers, 'content-length': '1000' });
      response.flushHeaders();
      return setTimeout(() => request.socket.destroy(), 50);
    }
    if (applies && fault.mode === 'malformed') {
      response.writeHead(200, { ...headers, 'content-type': 'application/json' });
      return response.end('<html>not json</html>');
    }
    if (applies && fault.mode === 'truncate') {
      response.writeHead(upstream.status, {
        ...headers,
        'content-length': String(Buffer.byteLength(answer)),
      });
      response.write(answer.slice(0, answer.length >> 1));
      return setTimeout(() => request.socket.destroy(), 50);
    }
    response.writeHead(upstream.status, headers);
    response.end(answer);
  }

  /** Whether the current fault applies to this operation; counts it down if so. */
  function affects(operation: string) {
    if (fault.mode === 'pass') return false;
    if (fault.operations && !fault.operations.includes(operation)) return false;
    if (fault.times === undefined) return true;
    if (fault.times <= 0) return false;
    fault.times--;
    return true;
  }

  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://localhost:${port}`,
    /** Sets the fault; returns the operations received since the last `clear`. */
    set(next: Fault & { clear?: boolean }) {
      if (next.clear) received.length = 0;
      fault = { ...next };
      return [...received];
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

function operationOf(body: string): string {
  try {
    return String((JSON.parse(body) as { operationName?: unknown }).operationName ?? '?');
  } catch {
    return '?';
  }
}

function cors(request: IncomingMessage): Record<string, string> {
  return { 'access-control-allow-origin': request.headers.origin ?? '*', vary: 'Origin' };
}

function pick(headers: Record<string, unknown>, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
  }
  return picked;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
