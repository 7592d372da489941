import { css } from 'lit';

/**
 * The look every element shares, from the design tokens a host may set:
 *
 * - colours: `--workos-color-background`, `-surface`, `-foreground` (text),
 *   `-muted`, `-border`, `-accent`, `-accent-foreground`, `-danger`,
 *   `-success`, `-warning`, `-focus` (the focus ring);
 * - shape and space: `--workos-radius`, `--workos-spacing` (the unit the
 *   spacing scale multiplies), `--workos-control-height`;
 * - type: `--workos-font-family`, `--workos-font-size`.
 *
 * Each colour has a light and a dark default (`light-dark()`), chosen by the
 * system's setting or by `appearance`; a colour the host sets applies to
 * both. The private `--_*` properties are what the styles read.
 */
export const baseStyles = css`
  :host {
    display: block;
  }

  .base {
    color-scheme: light dark;
    --_fg: var(--workos-color-foreground, light-dark(#1c2024, #edeef0));
    --_muted: var(--workos-color-muted, light-dark(#60646c, #b0b4ba));
    --_bg: var(--workos-color-background, light-dark(#ffffff, #111113));
    --_surface: var(--workos-color-surface, light-dark(#f9f9fb, #18191b));
    --_border: var(--workos-color-border, light-dark(#d9d9e0, #363a3f));
    --_accent: var(--workos-color-accent, light-dark(#3e63dd, #8da4ef));
    --_accent-fg: var(--workos-color-accent-foreground, light-dark(#ffffff, #111113));
    --_danger: var(--workos-color-danger, light-dark(#ce2c31, #ff9592));
    --_success: var(--workos-color-success, light-dark(#218358, #3dd68c));
    --_warning: var(--workos-color-warning, light-dark(#ab6400, #ffca16));
    --_focus: var(--workos-color-focus, var(--_accent));
    --_radius: var(--workos-radius, 6px);
    --_space: var(--workos-spacing, 8px);
    --_control: var(--workos-control-height, 32px);
    --_font: var(--workos-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    --_font-size: var(--workos-font-size, 14px);
  }

  .base[data-appearance='light'] {
    color-scheme: light;
  }

  .base[data-appearance='dark'] {
    color-scheme: dark;
  }

  .base[data-density='compact'] {
    --_space: calc(var(--workos-spacing, 8px) * 0.625);
    --_control: calc(var(--workos-control-height, 32px) - 6px);
    --_font-size: calc(var(--workos-font-size, 14px) - 1px);
  }

  /*
   * The page's styles win over :host, and what they set on the element is
   * inherited inside. So the text settings live on the element's own box,
   * where a theme's resets on * or body cannot reach.
   */
  .base {
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    visibility: visible;
    cursor: auto;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: var(--_control);
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    white-space: nowrap;
  }

  button:hover:not(:disabled) {
    background: var(--_surface);
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }

  button.small {
    min-height: 28px;
    padding: 0 var(--_space);
  }

  input,
  select {
    min-height: var(--_control);
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Initials under the picture: they show when it is missing or fails to load. */
  .avatar {
    position: relative;
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--_avatar-size, 32px);
    height: var(--_avatar-size, 32px);
    border-radius: 50%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    overflow: hidden;
  }

  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .notice {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }

  .field-error {
    color: var(--_danger);
    margin: calc(var(--_space) / 2) 0 0;
  }

  dialog {
    max-width: min(480px, calc(100vw - 32px));
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_bg);
    color: var(--_fg);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  dialog h2 {
    margin: 0 0 var(--_space);
    font-size: 1.15em;
  }

  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 3);
  }

  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface), var(--_border), var(--_surface));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
