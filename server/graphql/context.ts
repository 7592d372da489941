import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { refusal } from '../http/errors.js';
import type { Logger } from '../logger.js';

/** Who is asking: established from the widget token before any resolver runs. */
export interface Viewer {
  userId: string;
  organizationId: string;
  sessionId: string;
  /** Permissions both the token grants and the member's roles still hold. */
  permissions: ReadonlySet<string>;
}

/** What every resolver receives. */
export interface Context {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  viewer: Viewer;
  /** The page's origin, checked against the allowlist and the token. */
  origin: string;
}

/** Refuses the request unless the viewer holds `permission`. */
export function requirePermission(context: Context, permission: string) {
  if (!context.viewer.permissions.has(permission)) {
    throw refusal('FORBIDDEN', `This needs the ${permission} permission, which your role lacks.`);
  }
}

/** Runs `work` in one transaction: it all lands, or none of it does. */
export function transaction<T>(context: Context, work: () => T): T {
  return context.db.transaction(work)();
}

/** The current time as stored: ISO 8601 in UTC. */
export function nowIso(context: Context) {
  return context.clock.now().toISOString();
}
