import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const CHILD_ORIGIN = 'http://localhost:5173';
export const CHILD_API_KEY = 'sk_test_child_process';

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** What the server wrote to stderr: its log lines. */
  output(): string;
  /** Sends `signal` and resolves with the exit code or signal once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<number | string>;
}

/**
 * The API as `npm run api` runs it — `node --import tsx server/main.ts`, in a
 * process of its own — on a free port of 127.0.0.1 and the SQLite file
 * `database`. Resolves once it logs that it is listening.
 */
export async function startApiProcess(
  database: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      WIDGETS_DB: database,
      API_HOST: '127.0.0.1',
      API_PORT: '0',
      WIDGETS_ALLOWED_ORIGINS: CHILD_ORIGIN,
      WIDGETS_API_KEY: CHILD_API_KEY,
      WIDGETS_RATE_LIMIT: '1000000',
      WIDGETS_LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });

  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );

  const url = await listeningUrl(child, () => output);
  return {
    url,
    child,
    output: () => output,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The URL from the server's `listening` log line; rejects if it exits first. */
function listeningUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      for (const line of output().split('\n')) {
        if (!line.includes('"listening"')) continue;
        child.stderr!.off('data', onData);
        resolve((JSON.parse(line) as { url: string }).url);
        return;
      }
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`The API exited with ${code} before listening:\n${output()}`)),
    );
  });
}

interface Fixtures {
  organizations: { id: string; name: string; users: { id: string; email: string }[] }[];
}

/** A widget token for a seeded member of Acme, minted with the API key. */
export async function childToken(url: string, email: string) {
  const fixtures = (await (await fetch(`${url}/dev/fixtures`)).json()) as Fixtures;
  const acme = fixtures.organizations.find((organization) => organization.name === 'Acme')!;
  const user = acme.users.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no ${email} in Acme.`);

  const response = await fetch(`${url}/client/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CHILD_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ organization_id: acme.id, user_id: user.id }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`Minting a token failed with ${response.status}.`);
  return { token, userId: user.id, organizationId: acme.id, fixtures };
}

/** POSTs a GraphQL document with the token; resolves with the parsed body. */
export async function childGraphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  init: RequestInit = {},
) {
  const response = await fetch(`${url}/client/graphql`, {
    ...init,
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      origin: CHILD_ORIGIN,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any } };
}
