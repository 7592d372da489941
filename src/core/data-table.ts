import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** A column of a data table: the class of its `<col>`, and its heading. */
export interface Column {
  name: string;
  heading: string;
  /** Read by screen readers only, as for a column of row actions. */
  hidden?: boolean;
}

/** Placeholder rows as tall as real ones, so the table keeps its size while loading. */
function skeletonRows(rows: number, columns: number) {
  return Array.from(
    { length: Math.min(rows, 25) },
    () =>
      html`<tr class="skeleton-row">
        ${Array.from({ length: columns }, () => html`<td><span class="skeleton"></span></td>`)}
      </tr>`,
  );
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
