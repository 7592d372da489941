import { createContext } from '@lit/context';
import type { TokenInput } from './token.js';

/** Where and how elements reach the API: set on an element or on a `<workos-provider>`. */
export interface Connection {
  apiUrl?: string;
  token?: TokenInput;
  tokenUrl?: string;
  locale?: string;
}

/** Passed from a `<workos-provider>` to every element inside it. */
export const connectionContext = createContext<Connection | undefined>(
  Symbol.for('workos-connection'),
);
