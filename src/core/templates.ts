import { html } from 'lit';
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

/** The error state of a list that could not load, with its retry. */
export function loadError(messages: Messages, retry: () => void) {
  return html`<div class="notice" part="notice" role="alert">
    ${messages.loadFailed}
    <button part="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}
