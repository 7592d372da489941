import { startServer } from './app.js';
import { DEVELOPMENT_API_KEY, readConfig } from './config.js';

/** `npm run api`: the local Widgets API with settings from the environment. */
const config = readConfig();
const { url, close, app } = await startServer({ config });
const { logger } = app.services;

logger.info(
  { url, allowedOrigins: config.allowedOrigins, database: config.databasePath },
  'listening',
);
if (config.apiKey === DEVELOPMENT_API_KEY) {
  logger.info({ apiKey: DEVELOPMENT_API_KEY }, 'using the development API key');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void close().then(() => process.exit(0)));
}
