import type { TokenSigner } from './auth/tokens.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { Logger } from './logger.js';

/** What the routes share: built once by `createApp`. */
export interface Services {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  signer: TokenSigner;
}
