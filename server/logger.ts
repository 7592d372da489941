import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The server's one logger: JSON lines on stderr, levelled. Tests pass
 * `silent`.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'widgets-api' } }, pino.destination(2));
}
