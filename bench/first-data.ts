import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { change, kb, median, printTable, ratio, saveResults } from './lib/report.js';
import { launchChromium, startStack, type Stack, type StackOptions } from './lib/stack.js';
import { buildWorkosPage } from './size.js';

/**
 * First data: Chromium opens a host's page on localhost and the benchmark
 * times how long the elements take to show real data from the local API,
 * counts the requests they send, and reads the browser's own count of time
 * spent running JavaScript. Each run starts from a fresh browser context, so
 * nothing is cached; the table gives the median of the runs.
 *
 * WorkOS's widgets read their data from WorkOS's hosted API (GraphQL and a
 * REST API of its own), which the local API does not serve. Their page here
 * is measured up to its loading state: the cost of starting them, not of
 * showing data, which is the part a comparison can hold fairly.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** How long a page must stay idle after its last change to count as settled. */
const SETTLE_MS = 500;

const TAGS = [
  'workos-members-table',
  'workos-invitations',
  'workos-user-profile',
  'workos-security-settings',
];

interface Scenario {
  name: string;
  path: string;
  /** Whether the page reaches data; WorkOS's stops at its loading state. */
  data: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'all four elements', path: '/all.html', data: true },
  { name: 'members table alone', path: '/one.html', data: true },
  { name: 'WorkOS: four widgets, loading state', path: '/workos.html', data: false },
];

export interface Run {
  /** Milliseconds from navigation to the frame where every element first showed itself. */
  firstRenderMs: number;
  /** … where every element showed its data. */
  firstDataMs: number | null;
  graphqlRequests: number;
  distinctOperations: number;
  tokenRequests: number;
  /** JavaScript run by the page, by Chromium's own count, until it settled. */
  scriptMs: number;
  /** Compressed bytes of scripts and stylesheets the page downloaded. */
  codeBytes: number;
}

/** The site the benchmark's server process serves. */
export const stack: StackOptions = {
  members: 40,
  pages,
  async files() {
    const workos = await buildWorkosPage();
    return {
      '/workos/widgets.js': { type: 'text/javascript', body: workos.js },
      '/workos/widgets.css': { type: 'text/css', body: workos.css },
    };
  },
};

export async function main() {
  const stack = await startStack(new URL(import.meta.url));
  const browser = await launchChromium();

  try {
    const results = [];
    for (const scenario of SCENARIOS) {
      // One run first, not counted, so that the server has compiled its code paths.
      await measure(browser, stack, scenario);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, stack, scenario));
      results.push({ scenario: scenario.name, runs: RUNS, ...summarize(runs) });
    }
    report(results);
    return 0;
  } finally {
    await browser.close();
    await stack.close();
  }
}

type Summary = ReturnType<typeof summarize>;

function summarize(runs: Run[]) {
  const middle = (pick: (run: Run) => number | null) => {
    const values = runs.map(pick).filter((value): value is number => value !== null);
    return values.length ? Math.round(median(values)) : null;
  };
  return {
    firstRenderMs: middle((run) => run.firstRenderMs)!,
    firstDataMs: middle((run) => run.firstDataMs),
    graphqlRequests: middle((run) => run.graphqlRequests)!,
    distinctOperations: middle((run) => run.distinctOperations)!,
    tokenRequests: middle((run) => run.tokenRequests)!,
    scriptMs: middle((run) => run.scriptMs)!,
    codeBytes: middle((run) => run.codeBytes)!,
  };
}

async function measure(browser: Browser, stack: Stack, scenario: Scenario): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const operations: string[] = [];
  let tokenRequests = 0;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/host/token') tokenRequests++;
    if (url.pathname === '/client/graphql' && request.method() === 'POST') {
      operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
    }
  });

  await page.goto(`${stack.origin}${scenario.path}`);
  await page.waitForFunction(
    (data) => {
      const times = (window as unknown as { bench: { render: number; data: number } }).bench;
      return data ? times.data > 0 : times.render > 0;
    },
    scenario.data,
    { timeout: 60_000 },
  );
  await settle(page);

  const times = await page.evaluate(() => {
    const bench = (window as unknown as { bench: { render: number; data: number } }).bench;
    const code = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.(m?js|css)$/.test(new URL(entry.name).pathname))
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0);
    return { ...bench, code };
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const script = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  await context.close();

  return {
    firstRenderMs: times.render,
    firstDataMs: scenario.data ? times.data : null,
    graphqlRequests: operations.length,
    distinctOperations: new Set(operations).size,
    tokenRequests,
    scriptMs: script * 1000,
    codeBytes: times.code,
  };
}

/** Waits until the page has made no request and changed nothing for `SETTLE_MS`. */
async function settle(page: import('playwright-core').Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * The pages. Each starts with a probe that checks every animation frame
 * whether each element shows itself, and then its data, and keeps the first
 * time both held: `aria-busy="false"` on its busy region and no skeleton left.
 */
function pages(apiUrl: string): Record<string, string> {
  const ours = (tags: string[]) =>
    page(
      `<script type="module" src="/dist/workos-elements.bundle.js"></script>`,
      `<workos-provider token-url="/host/token" api-url="${apiUrl}">
        ${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}
      </workos-provider>`,
      `(el) => el.shadowRoot?.querySelector('[part]')`,
      `(el) => el.shadowRoot?.querySelector('[aria-busy="false"]') &&
        !el.shadowRoot.querySelector('[aria-busy="true"], .skeleton')`,
      TAGS.filter((tag) => tags.includes(tag)),
    );

  return {
    '/all.html': ours(TAGS),
    '/one.html': ours(['workos-members-table']),
    '/workos.html': page(
      `<link rel="stylesheet" href="/workos/widgets.css" />
      <script type="module">
        import { mount } from '/workos/widgets.js';
        // A token that never comes: the widgets stay in their loading state.
        mount(document.getElementById('root'), () => new Promise(() => {}));
      </script>`,
      `<div id="root"></div>`,
      `(el) => el.firstElementChild`,
      `() => false`,
      ['[data-widget]'],
      4,
    ),
  };
}

function page(
  head: string,
  body: string,
  rendered: string,
  loaded: string,
  selectors: string[],
  count = selectors.length,
) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>First data</title>
    <script>
      window.bench = { render: 0, data: 0 };
      const rendered = ${rendered};
      const loaded = ${loaded};
      const elements = () => document.querySelectorAll(${JSON.stringify(selectors.join(', '))});
      const every = (check) => elements().length >= ${count} && [...elements()].every(check);
      requestAnimationFrame(function probe() {
        const now = performance.now();
        if (!bench.render && every(rendered)) bench.render = now;
        if (!bench.data && every(loaded)) bench.data = now;
        if (!bench.data) requestAnimationFrame(probe);
      });
    </script>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

function report(results: (Summary & { scenario: string; runs: number })[]) {
  const previous = saveResults('first-data', { results });
  const before = new Map(previous?.results.map((row) => [row.scenario, row.firstDataMs]));
  const workos = results.find((row) => row.scenario.startsWith('WorkOS'))!;

  printTable({
    title: `First data: Chromium, local API on localhost, median of ${RUNS} cold runs`,
    columns: [
      'page',
      'first render ms',
      'first data ms',
      'GraphQL requests',
      'distinct',
      'tokens',
      'script ms',
      'script vs WorkOS',
      'code KB gzip',
      'code vs WorkOS',
      'data vs last run',
    ],
    rows: results.map((row) => [
      row.scenario,
      row.firstRenderMs,
      row.firstDataMs ?? '—',
      row.graphqlRequests,
      row.distinctOperations,
      row.tokenRequests,
      row.scriptMs,
      row === workos ? '—' : ratio(row.scriptMs, workos.scriptMs),
      kb(row.codeBytes),
      row === workos ? '—' : ratio(row.codeBytes, workos.codeBytes),
      row.firstDataMs === null
        ? ''
        : change(row.firstDataMs, before.get(row.scenario) ?? undefined),
    ]),
    notes: [
      'first render: every element on screen (skeleton or data); first data: every element',
      'showing its data. Requests: GraphQL POSTs to the API; the floor is one per distinct',
      'query, plus one token. script ms: Chromium ScriptDuration until the page settled.',
      "WorkOS's widgets need WorkOS's hosted API for data, so they are timed to their",
      'loading state only, with a token that never arrives.',
    ],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
