/**
 * "Chrome on macOS" from a User-Agent header. A table of the browsers and
 * systems people sign in from covers what a session list needs; a general
 * parser (bowser, ua-parser-js) would weigh more than the rest of this
 * element for the same two words. Order matters: Edge and Opera also say
 * Chrome, Chrome also says Safari.
 */
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Microsoft Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\biPad\b/, 'iPadOS'],
  [/\biPhone\b|\biPod\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

function first(table: [RegExp, string][], userAgent: string) {
  return table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

/**
 * "Chrome on macOS" from a User-Agent header, the two names put together by
 * `on` in the page's language; null when it names neither.
 */
export function describeDevice(
  userAgent: string | null,
  on = (browser: string, system: string) => `${browser} on ${system}`,
): string | null {
  if (!userAgent) return null;
  const browser = first(BROWSERS, userAgent);
  const system = first(SYSTEMS, userAgent);
  if (browser && system) return on(browser, system);
  return browser ?? system;
}
