import { createHash, randomInt } from 'node:crypto';
import { ulid, type PRNG } from 'ulid';

/** Prefixes of the IDs the API hands out, as the hosted API writes them. */
export type IdPrefix =
  | 'org'
  | 'user'
  | 'om'
  | 'role'
  | 'perm'
  | 'invitation'
  | 'session'
  | 'passkey'
  | 'auth_factor'
  | 'auth_challenge'
  | 'email';

/** A new, time-ordered ID such as `user_01JD2Z6Q…`. */
export function newId(prefix: IdPrefix, at: Date, prng?: PRNG): string {
  return `${prefix}_${ulid(at.getTime(), prng)}`;
}

/** A six-digit one-time code, from a cryptographic source. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
