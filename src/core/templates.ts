import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDateTime, formatRelative, type Messages } from './i18n/index.js';

/** A relative time ("3 days ago"), exact on hover. */
export function timeAgo(iso: string, locale: string) {
  return html`<time datetime=${iso} title=${formatDateTime(iso, locale)}>
    ${formatRelative(iso, locale)}
  </time>`;
}

/** Placeholder rows as tall as real ones, so the table keeps its size while loading. */
export function skeletonRows(rows: number, columns: number) {
  return Array.from(
    { length: Math.min(rows, 25) },
    () =>
      html`<tr class="skeleton-row">
        ${Array.from({ length: columns }, () => html`<td><span class="skeleton"></span></td>`)}
      </tr>`,
  );
}

/** A column of a data table: the class of its `<col>`, and its heading. */
export interface Column {
  name: string;
  heading: string;
  /** Read by screen readers only, as for a column of row actions. */
  hidden?: boolean;
}

/**
 * A page of a list as a table: a caption, the column headings, a row per
 * item, skeleton rows until the first page arrives, a line when there is
 * nothing to show, and the page shown dimmed while the next one loads.
 */
export function dataTable<Row extends { id: string }>(c: {
  caption: string;
  columns: Column[];
  /** Undefined until the first page arrives. */
  rows: readonly Row[] | undefined;
  renderRow: (row: Row) => TemplateResult;
  empty: string;
  loading: boolean;
  stale: boolean;
  skeletonRows: number;
}) {
  const width = c.columns.length;
  const heading = (column: Column) =>
    column.hidden ? html`<span class="visually-hidden">${column.heading}</span>` : column.heading;

  return html`<table part="table" aria-busy=${c.loading || c.stale}>
    <caption class="visually-hidden">
      ${c.caption}
    </caption>
    <colgroup>
      ${c.columns.map((column) => html`<col class="col-${column.name}" />`)}
    </colgroup>
    <thead>
      <tr>
        ${c.columns.map((column) => html`<th scope="col">${heading(column)}</th>`)}
      </tr>
    </thead>
    <tbody class=${c.stale ? 'stale' : ''}>
      ${
        !c.rows
          ? skeletonRows(c.skeletonRows, width)
          : c.rows.length === 0
            ? html`<tr>
                <td colspan=${width} class="empty">${c.empty}</td>
              </tr>`
            : repeat(c.rows, (row) => row.id, c.renderRow)
      }
    </tbody>
  </table>`;
}

/** The error state of a list that could not load, with its retry. */
export function loadError(messages: Messages, retry: () => void) {
  return html`<div class="notice" part="notice" role="alert">
    ${messages.loadFailed}
    <button part="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}

/**
 * A field for a six-digit code: the numeric keyboard on phones, the code
 * offered from a text message or email by the browser, pasting accepted.
 */
export function codeField(c: {
  label: string;
  value: string;
  invalid: boolean;
  describedBy: string;
  onInput: (value: string) => void;
}) {
  return html`<label class="field">
    <span>${c.label}</span>
    <input
      name="code"
      inputmode="numeric"
      autocomplete="one-time-code"
      pattern="[0-9]*"
      maxlength="6"
      required
      aria-invalid=${c.invalid ? 'true' : 'false'}
      aria-describedby=${c.describedBy}
      .value=${c.value}
      @input=${(event: InputEvent) => c.onInput((event.target as HTMLInputElement).value)}
    />
  </label>`;
}
