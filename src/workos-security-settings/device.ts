import Bowser from 'bowser';

/** "Chrome on macOS" from a User-Agent header; null when it names neither. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  if (!browser.name && !os.name) return null;
  if (!os.name) return browser.name!;
  if (!browser.name) return os.name;
  return `${browser.name} on ${os.name}`;
}
