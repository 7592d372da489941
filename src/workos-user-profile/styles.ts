import { css } from 'lit';

export const profileStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: 640px;
  }

  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }

  .large {
    --_avatar-size: 64px;
    font-size: 1.3em;
  }

  .identity {
    display: grid;
    gap: 4px;
    min-width: 0;
  }

  .identity .skeleton {
    width: 200px;
  }

  .name {
    margin: 0;
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }

  .email {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .badge {
    margin-inline-start: calc(var(--_space) / 2);
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.8em;
  }

  .badge[data-verified='true'] {
    color: var(--_success);
    border-color: currentColor;
  }

  .badge[data-verified='false'] {
    color: var(--_warning);
    border-color: currentColor;
  }

  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
  }

  .details dt {
    color: var(--_muted);
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .details-form {
    display: grid;
    gap: var(--_space);
  }

  .field {
    display: grid;
    gap: 4px;
    margin-top: var(--_space);
  }

  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .actions {
    display: flex;
    gap: var(--_space);
  }

  h3 {
    margin: 0;
    font-size: 1em;
  }

  .organizations {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 4px;
  }
`;
