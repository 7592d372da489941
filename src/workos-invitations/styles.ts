import { css } from 'lit';

export const invitationsStyles = css`
  .col-email {
    width: 28%;
  }

  .col-role {
    width: 14%;
  }

  .col-status {
    width: 13%;
  }

  .col-sent,
  .col-expires {
    width: 13%;
  }

  .col-actions {
    width: 19%;
  }

  .statuses {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 2px;
    margin: 0;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .statuses label {
    display: inline-flex;
    align-items: center;
    min-height: 28px;
    padding: 0 var(--_space);
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
  }

  .statuses input {
    position: absolute;
    opacity: 0;
    pointer-events: none;
  }

  .statuses label:has(input:checked) {
    background: var(--_surface);
    font-weight: 500;
    box-shadow: inset 0 0 0 1px var(--_border);
  }

  .statuses label:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  tbody th {
    font-weight: 500;
  }
`;
