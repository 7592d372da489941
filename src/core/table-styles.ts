import { css } from 'lit';

/**
 * What the list elements share: toolbar, fixed-layout table with one line a
 * cell (every row 57px high, loading or not), status badges, footer, and the
 * fields of their dialogs.
 */
export const tableStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  .toolbar input[type='search'] {
    flex: 1 1 220px;
  }

  .toolbar button.primary {
    margin-inline-start: auto;
  }

  /* Fixed columns and one line a cell keep every row 57px high, loading or not. */
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  th,
  td {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
    height: 57px;
  }

  thead th {
    height: auto;
    color: var(--_muted);
    font-weight: 500;
    font-size: 0.9em;
  }

  tbody.stale {
    opacity: 0.55;
    transition: opacity 0.15s;
  }

  .name,
  .email,
  td {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .name {
    font-weight: 500;
  }

  .email,
  .muted {
    color: var(--_muted);
  }

  .status {
    display: inline-block;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 0.85em;
    border: 1px solid currentColor;
  }

  .status[data-status='Active'],
  .status[data-status='Accepted'] {
    color: var(--_success);
  }

  .status[data-status='Pending'],
  .status[data-status='Invited'] {
    color: var(--_accent);
  }

  .status[data-status='Expired'],
  .status[data-status='Revoked'],
  .status[data-status='InviteExpired'],
  .status[data-status='InviteRevoked'] {
    color: var(--_warning);
  }

  .status[data-status='NoInvite'] {
    color: var(--_muted);
  }

  .actions {
    text-align: end;
    overflow: visible;
  }

  .row-actions {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
  }

  .danger-text {
    color: var(--_danger);
  }

  .empty {
    color: var(--_muted);
    text-align: center;
  }

  .footer {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space);
  }

  .field {
    display: grid;
    gap: 4px;
    margin-top: calc(var(--_space) * 1.5);
  }

  .roles {
    border: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space);
  }

  .choice {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
  }

  .choice > span {
    display: grid;
  }

  .choice-name {
    font-weight: 500;
  }

  .skeleton-row .skeleton {
    width: 70%;
  }
`;
