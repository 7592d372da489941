import { en, type Messages } from './en.js';

export type { Messages };

/** Catalogues by language; the nearest one to a requested locale is used. */
const catalogues: Record<string, Messages> = { en };

/** The catalogue for `locale` (`fr-CA` tries `fr-CA`, then `fr`), else English. */
export function messagesFor(locale: string): Messages {
  const parts = locale.split('-');
  for (let length = parts.length; length > 0; length--) {
    const catalogue = catalogues[parts.slice(0, length).join('-')];
    if (catalogue) return catalogue;
  }
  return en;
}

/**
 * The locale an element speaks: its own `locale`, else the nearest `lang`
 * above it, across shadow roots, else the browser's.
 */
export function resolveLocale(element: Element, own?: string | null): string {
  if (own) return own;

  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * One formatter per locale and kind: making an `Intl` formatter costs far
 * more than using one, and a table formats two dates on every row.
 */
function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let formatter = cache.get(locale);
  if (!formatter) cache.set(locale, (formatter = make()));
  return formatter;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 days ago", "in 2 hours", "now": the largest unit that fits. */
export function formatRelative(iso: string, locale: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const format = cached(
    relativeFormats,
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The exact date and time, for a tooltip or a `<time>` title. */
export function formatDateTime(iso: string, locale: string): string {
  const format = cached(
    dateTimeFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}
