import { css } from 'lit';

export const securityStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
    max-width: 720px;
  }

  section {
    display: grid;
    gap: var(--_space);
    padding-bottom: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }

  h2 {
    margin: 0;
    font-size: 1.1em;
  }

  p {
    margin: 0;
  }

  .muted {
    color: var(--_muted);
  }

  .row {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .spacer {
    flex: 1;
  }

  .status {
    padding: 1px 8px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .status[data-on='true'] {
    color: var(--_success);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
  }

  .list li {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) 0;
    border-top: 1px solid var(--_border);
  }

  .item {
    display: grid;
    flex: 1;
    min-width: 0;
  }

  .item-name {
    font-weight: 500;
  }

  .badge {
    margin-inline-start: calc(var(--_space) / 2);
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.8em;
    font-weight: 500;
  }

  .danger-text {
    color: var(--_danger);
  }

  .field {
    display: grid;
    gap: 4px;
    margin-top: var(--_space);
  }

  .qr {
    display: block;
    width: 192px;
    height: 192px;
    image-rendering: pixelated;
    margin: var(--_space) auto;
    background: #fff;
    padding: 8px;
    border-radius: var(--_radius);
  }

  .secret {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
    user-select: all;
  }

  .skeleton {
    max-width: 320px;
  }
`;
