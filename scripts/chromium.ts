/**
 * Debian's Chromium, never a downloaded one, with the flags a headless run
 * as root on a shared machine needs. The browser tests and the benchmarks
 * launch it the same way.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
