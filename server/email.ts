import type { Clock } from './clock.js';
import type { Db } from './db/database.js';
import { newId } from './db/ids.js';
import { sql } from './db/statements.js';

/** An email the API would send. */
export interface Email {
  to: string;
  userId: string | null;
  kind: 'invitation' | 'verification_code' | 'email_change_code';
  subject: string;
  body: string;
  /** Machine-readable parts, such as the code, for the demo's mail viewer and tests. */
  data: Record<string, unknown>;
}

/**
 * Delivers an email to the development outbox, which `GET /dev/outbox` lists.
 * The local API sends no real mail.
 */
export function sendEmail(db: Db, clock: Clock, email: Email) {
  const now = clock.now();
  sql(
    db,
    `INSERT INTO outbox (id, user_id, to_address, kind, subject, body, data, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId('email', now),
    email.userId,
    email.to,
    email.kind,
    email.subject,
    email.body,
    JSON.stringify(email.data),
    now.toISOString(),
  );
}

/** Emails sent to `userId` in the 24 hours before now, for the daily quota. */
export function emailsSentToday(db: Db, clock: Clock, userId: string): number {
  const since = new Date(clock.now().getTime() - 86_400_000).toISOString();
  const row = sql(
    db,
    'SELECT count(*) AS count FROM outbox WHERE user_id = ? AND created_at > ?',
  ).get(userId, since) as { count: number };
  return row.count;
}

/**
 * A practical check of an address: one `@`, no spaces, a dot in the domain,
 * within the lengths mail servers accept.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const match = /^([^\s@]+)@([^\s@]+\.[^\s@.]+)$/.exec(text);
  return Boolean(match && match[1]!.length <= 64 && !match[2]!.includes('..'));
}

/**
 * Whether mail to the address could arrive. Names under the reserved
 * `.invalid` top-level domain never resolve, so the local API treats them as
 * the hosted API treats a bouncing address.
 */
export function isDeliverable(address: string): boolean {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  return !(domain === 'invalid' || domain.endsWith('.invalid'));
}
