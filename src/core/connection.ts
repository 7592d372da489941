import { createContext } from '@lit/context';
import type { TokenInput } from './token.js';

/** Light or dark colours; `auto` follows the system's setting. */
export type Appearance = 'light' | 'dark' | 'auto';

/** How tightly elements are laid out. */
export type Density = 'comfortable' | 'compact';

/**
 * Where and how elements reach the API, and how they look: set on an
 * element or on a `<workos-provider>`.
 */
export interface Connection {
  apiUrl?: string;
  token?: TokenInput;
  tokenUrl?: string;
  locale?: string;
  appearance?: Appearance;
  density?: Density;
}

/** Passed from a `<workos-provider>` to every element inside it. */
export const connectionContext = createContext<Connection | undefined>(
  Symbol.for('workos-connection'),
);
