import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { change, median, printTable, saveResults } from './lib/report.js';
import { launchChromium, startStack, type StackOptions } from './lib/stack.js';

/**
 * A 10,000-member organization: the members table in Chromium against the
 * local API seeded with that many members. Times the first page, a search,
 * fifty pages forward and back, the render of a 100-row page, and measures
 * the page's JavaScript heap after 10 and after 200 page turns.
 */

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEARCH = 'ana';
/** The members table waits this long after the last keystroke before it searches. */
const SEARCH_DELAY_MS = 250;
/** Most the heap may grow between 10 and 200 page turns; more is a leak. */
export const HEAP_GROWTH_BOUND_MB = 0.5;

export const stack: StackOptions = {
  members: MEMBERS,
  pages: (apiUrl) => ({ '/members.html': page(apiUrl) }),
};

/**
 * The page, and the helpers the benchmark drives it with. `bench.until()`
 * resolves with the time of the first animation frame in which the table
 * shows new data: not busy, no skeleton, and either another first row or a
 * busy state since the call (a search may find the same first member).
 * Every update of the element is timed, with the rows it left on screen.
 */
function page(apiUrl: string) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Large organization</title>
    <script type="module" src="/dist/workos-elements.bundle.js"></script>
    <script type="module">
      const table = () => document.querySelector('workos-members-table');
      const root = () => table().shadowRoot;
      const first = () => root()?.querySelector('tbody tr[part="row"]')?.textContent ?? null;
      const shows = () =>
        root()?.querySelector('table[aria-busy="false"]') &&
        !root().querySelector('.skeleton, tbody.stale');

      window.bench = {
        updates: [],
        busySeen: false,
        until(before) {
          bench.busySeen = false;
          return new Promise((resolve) => {
            requestAnimationFrame(function check() {
              if (shows() && (first() !== before || bench.busySeen)) resolve(performance.now());
              else requestAnimationFrame(check);
            });
          });
        },
        first,
        button: (label) => root().querySelector('nav button[aria-label="' + label + '"]'),
        search(term) {
          const input = root().querySelector('input[type="search"]');
          input.value = term;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        },
        heapMB() {
          gc();
          return performance.memory.usedJSHeapSize / 2 ** 20;
        },
      };

      await customElements.whenDefined('workos-members-table');
      const element = table();
      const update = element.update;
      element.update = function (changed) {
        const start = performance.now();
        update.call(this, changed);
        const rows = root().querySelectorAll('tbody tr[part="row"]').length;
        if (!shows()) bench.busySeen = true;
        bench.updates.push({ ms: performance.now() - start, rows, first: first() });
      };
    </script>
  </head>
  <body>
    <workos-provider token-url="/host/token" api-url="${apiUrl}">
      <workos-members-table page-size="25"></workos-members-table>
    </workos-provider>
  </body>
</html>`;
}

interface Bench {
  updates: { ms: number; rows: number; first: string | null }[];
  until(before: string | null): Promise<number>;
  first(): string | null;
  button(label: string): HTMLButtonElement;
  search(term: string): void;
  heapMB(): number;
}

declare const bench: Bench;

export interface Run {
  firstPageMs: number;
  searchMs: number;
  forward50Ms: number;
  back50Ms: number;
  render100Ms: number;
  /** An update that leaves the 100 rows as they were, as a re-render for the busy state. */
  rerender100Ms: number;
  heapAfter10MB: number;
  heapAfter200MB: number;
  /** After 200 more turns, each to a page not seen before. */
  heapAfter200NewMB: number;
}

export async function main() {
  const server = await startStack(new URL(import.meta.url));
  const browser = await launchChromium();
  try {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/members.html`);
      runs.push(await measure(tab));
      await context.close();
    }
    return report(runs);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measure(tab: Page): Promise<Run> {
  const firstPageMs = await tab.evaluate(() => bench.until(null));

  // Page 50 and back, one turn at a time, each waiting for its data.
  const forward50Ms = await turns(tab, 'Next page', 49);
  const back50Ms = await turns(tab, 'Previous page', 49);

  const searchMs = await tab.evaluate(async (term) => {
    const before = bench.first();
    const start = performance.now();
    bench.search(term);
    return (await bench.until(before)) - start;
  }, SEARCH);
  await tab.evaluate(async () => {
    const before = bench.first();
    bench.search('');
    await bench.until(before);
  });

  const { render100Ms, rerender100Ms } = await render100(tab);
  const { heapAfter10MB, heapAfter200MB, heapAfter200NewMB } = await heap(tab);
  return {
    firstPageMs,
    searchMs,
    forward50Ms,
    back50Ms,
    render100Ms,
    rerender100Ms,
    heapAfter10MB,
    heapAfter200MB,
    heapAfter200NewMB,
  };
}

/** Clicks `label` `count` times, each once the page before has shown; the total time. */
function turns(tab: Page, label: string, count: number) {
  return tab.evaluate(
    async ([label, count]) => {
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        const before = bench.first();
        bench.button(label).click();
        await bench.until(before);
      }
      return performance.now() - start;
    },
    [label, count] as const,
  );
}

/**
 * A page of 100 rows: the update that renders new rows after a page turn,
 * and an update that leaves them as they were (the element asked to render
 * again with nothing changed). Medians of ten turns.
 */
async function render100(tab: Page) {
  // Functions declared inside evaluate() would be renamed by the TypeScript loader.
  const times = await tab.evaluate(async () => {
    const table = document.querySelector('workos-members-table') as HTMLElement & {
      pageSize: number;
      requestUpdate(): void;
      updateComplete: Promise<boolean>;
    };
    let before = bench.first();
    table.pageSize = 100;
    await bench.until(before);

    const renders: number[] = [];
    const rerenders: number[] = [];
    for (let i = 0; i < 10; i++) {
      before = bench.first();
      bench.updates.length = 0;
      bench.button('Next page').click();
      await bench.until(before);
      const fresh = bench.updates.filter((u) => u.rows === 100 && u.first !== before);
      renders.push(fresh[0]!.ms);

      bench.updates.length = 0;
      table.requestUpdate();
      await table.updateComplete;
      rerenders.push(bench.updates[0]!.ms);
    }
    return { renders, rerenders };
  });
  return { render100Ms: median(times.renders), rerender100Ms: median(times.rerenders) };
}

/**
 * The heap, after a collection: once 10 page turns are done, and once 200
 * are, back and forth over the same ten pages, so that anything the element
 * keeps per turn (nodes, listeners, subscriptions) shows as growth. Then
 * after 200 turns to pages not seen before, which the client's document
 * cache keeps: that growth is the cache, reported apart.
 */
async function heap(tab: Page) {
  return tab.evaluate(async () => {
    const table = document.querySelector('workos-members-table') as HTMLElement & {
      pageSize: number;
    };
    let before = bench.first();
    table.pageSize = 25;
    await bench.until(before);

    let heapAfter10MB = 0;
    for (let turn = 1; turn <= 200; turn++) {
      const label = Math.floor((turn - 1) / 10) % 2 ? 'Previous page' : 'Next page';
      before = bench.first();
      bench.button(label).click();
      await bench.until(before);
      if (turn === 10) heapAfter10MB = bench.heapMB();
    }
    const heapAfter200MB = bench.heapMB();

    for (let turn = 1; turn <= 200; turn++) {
      before = bench.first();
      bench.button('Next page').click();
      await bench.until(before);
    }
    return { heapAfter10MB, heapAfter200MB, heapAfter200NewMB: bench.heapMB() };
  });
}

function report(runs: Run[]) {
  const middle = (pick: (run: Run) => number) => median(runs.map(pick));
  const summary = {
    members: MEMBERS,
    runs: RUNS,
    firstPageMs: middle((run) => run.firstPageMs),
    searchMs: middle((run) => run.searchMs),
    forward50Ms: middle((run) => run.forward50Ms),
    back50Ms: middle((run) => run.back50Ms),
    render100Ms: middle((run) => run.render100Ms),
    rerender100Ms: middle((run) => run.rerender100Ms),
    heapAfter10MB: middle((run) => run.heapAfter10MB),
    heapAfter200MB: middle((run) => run.heapAfter200MB),
    heapAfter200NewMB: middle((run) => run.heapAfter200NewMB),
  };
  const previous = saveResults('large-org', { summary, runs });
  const was = (key: keyof typeof summary) => previous?.summary[key];
  const growth = summary.heapAfter200MB - summary.heapAfter10MB;
  const perPageKB = ((summary.heapAfter200NewMB - summary.heapAfter200MB) * 1024) / 200;

  const row = (name: string, key: keyof typeof summary, note = '') => [
    name,
    summary[key].toFixed(1),
    note,
    change(summary[key], was(key)),
  ];
  printTable({
    title: `Large organization: ${MEMBERS.toLocaleString('en')} members, median of ${RUNS} runs`,
    columns: ['measure', 'value', 'note', 'vs last run'],
    rows: [
      row('first page (ms from navigation)', 'firstPageMs'),
      row(`search "${SEARCH}" (ms from keystroke)`, 'searchMs', `${SEARCH_DELAY_MS} ms debounce`),
      row(
        'to page 50, 49 turns (ms)',
        'forward50Ms',
        `${(summary.forward50Ms / 49).toFixed(1)} a turn`,
      ),
      row('back to page 1 (ms)', 'back50Ms', `${(summary.back50Ms / 49).toFixed(1)} a turn`),
      row('render, page of 100 rows (ms)', 'render100Ms', "the element's update"),
      row('update, 100 rows unchanged (ms)', 'rerender100Ms'),
      row('heap after 10 turns (MB)', 'heapAfter10MB'),
      row('heap after 200 turns (MB)', 'heapAfter200MB', `growth ${growth.toFixed(2)} MB`),
      row(
        'heap after 200 new pages (MB)',
        'heapAfter200NewMB',
        `${perPageKB.toFixed(1)} KB a page`,
      ),
    ],
    notes: [
      `Bound: the heap grows by at most ${HEAP_GROWTH_BOUND_MB} MB from 10 to 200 turns over`,
      'the same ten pages. New pages stay in the client’s document cache until a change',
      'to members clears it, so the last row grows with the pages seen, not with turns.',
      "WorkOS's widgets have no figures here: they need WorkOS's hosted API for data.",
    ],
  });
  if (growth > HEAP_GROWTH_BOUND_MB) {
    console.error(`The heap grew by ${growth.toFixed(2)} MB, over ${HEAP_GROWTH_BOUND_MB} MB.`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
