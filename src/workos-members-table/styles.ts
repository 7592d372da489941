import { css } from 'lit';

export const membersTableStyles = css`
  .col-member {
    width: 33%;
  }

  .col-roles {
    width: 15%;
  }

  .col-status {
    width: 16%;
  }

  .col-active {
    width: 13%;
  }

  .col-actions {
    width: 23%;
  }

  tbody th {
    font-weight: normal;
  }

  .member {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  .identity {
    display: grid;
    min-width: 0;
    line-height: 1.3;
  }

  .badge {
    margin-inline-start: calc(var(--_space) / 2);
    padding: 0 6px;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.8em;
    font-weight: 500;
  }
`;
