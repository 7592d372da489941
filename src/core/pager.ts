import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from './i18n/index.js';

/** A page of a list as the API returns it. */
export interface Page {
  data: readonly unknown[];
  listMetadata: { before: string | null; after: string | null };
}

type Cursor = { after?: string; before?: string };

/**
 * Cursor pagination of a list: which cursor to ask with, the position of the
 * page for "11–20", and the footer with previous and next.
 */
export class Pager {
  private cursor: Cursor = {};
  /**
   * The cursors of the pages before this one. Going back asks with the same
   * variables as the way forward did, so a page already seen comes from the
   * client's cache at once instead of from the API.
   */
  private trail: Cursor[] = [];
  private offset = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pageSize: () => number,
  ) {}

  /** The page size to ask for, kept within the API's 1 to 100. */
  get limit() {
    return Math.min(100, Math.max(1, Math.floor(this.pageSize()) || 10));
  }

  /** Variables for the list query: `limit` and the current cursor. */
  get variables() {
    return { limit: this.limit, ...this.cursor };
  }

  /** Back to the first page, as after a new search or filter. */
  reset() {
    this.cursor = {};
    this.trail = [];
    this.offset = 0;
    this.host.requestUpdate();
  }

  private turn(page: Page, direction: 'after' | 'before') {
    const cursor = page.listMetadata[direction];
    if (!cursor) return;

    if (direction === 'after') {
      this.trail.push(this.cursor);
      this.cursor = { after: cursor };
      this.offset += page.data.length;
    } else {
      this.cursor = this.trail.pop() ?? { before: cursor };
      this.offset = Math.max(0, this.offset - this.limit);
    }
    this.host.requestUpdate();
  }

  /**
   * The footer: the range shown and the two buttons, present while loading
   * too so the element keeps its height. Nothing for an empty list.
   */
  render(page: Page | undefined, busy: boolean, t: Messages['pages'], label: string) {
    if (page?.data.length === 0) return nothing;
    const from = this.offset + 1;
    const to = this.offset + (page?.data.length ?? 0);

    return html`<nav class="footer" part="footer" aria-label=${label}>
      <span class="range">${page ? t.range(from, to) : ''}</span>
      <button
        part="button"
        class="small"
        aria-label=${t.previous}
        ?disabled=${busy || !page?.listMetadata.before}
        @click=${() => page && this.turn(page, 'before')}
      >
        ‹
      </button>
      <button
        part="button"
        class="small"
        aria-label=${t.next}
        ?disabled=${busy || !page?.listMetadata.after}
        @click=${() => page && this.turn(page, 'after')}
      >
        ›
      </button>
    </nav>`;
  }
}
