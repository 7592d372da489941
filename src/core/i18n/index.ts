import { en, type Messages } from './en.js';

export type { Messages };

/** Any part of a catalogue, for overriding some of its strings. */
export type MessageOverrides = { [K in keyof Messages]?: Partial<Messages[K]> | Messages[K] };

/**
 * The catalogues that ship with the elements. English is built in; the rest
 * load on first use, each as a chunk of its own, so a page pays only for the
 * languages it shows.
 */
const builtIn: Record<string, () => Promise<Messages>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
  de: () => import('./de.js').then((module) => module.de),
  es: () => import('./es.js').then((module) => module.es),
  fr: () => import('./fr.js').then((module) => module.fr),
  ja: () => import('./ja.js').then((module) => module.ja),
};

/** Catalogues as loaded or given, by language tag, before the host's overrides. */
const bases = new Map<string, Messages>([['en', en]]);
/** The same with the host's overrides applied: what elements read. */
const catalogues = new Map<string, Messages>([['en', en]]);
const overrides = new Map<string, MessageOverrides>();
const loading = new Map<string, Promise<void>>();

/** `fr-CA`, then `fr`: the tags to try for a locale, most specific first. */
function tags(locale: string) {
  const parts = locale.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/** The catalogue for `locale` (`fr-CA` tries `fr-CA`, then `fr`), else English. */
export function messagesFor(locale: string): Messages {
  for (const tag of tags(locale)) {
    const catalogue = catalogues.get(tag);
    if (catalogue) return catalogue;
  }
  return en;
}

/**
 * Loads the built-in catalogue for `locale` if it has one not loaded yet.
 * Resolves when it is ready; null when there is nothing to wait for.
 */
export function loadMessages(locale: string): Promise<void> | null {
  for (const tag of tags(locale)) {
    if (catalogues.has(tag)) return null;
    const load = builtIn[tag];
    if (!load) continue;
    if (!loading.has(tag)) {
      const done = load().then((messages) => registerMessages(tag, messages));
      // A failed load (offline) is tried again next time; English shows meanwhile.
      loading.set(tag, done.catch(() => loading.delete(tag)) as Promise<void>);
    }
    return loading.get(tag)!;
  }
  return null;
}

/**
 * Gives the elements a catalogue for a language of the host's choice, or
 * replaces a built-in one. Elements that render afterwards use it.
 */
export function registerMessages(language: string, messages: Messages) {
  bases.set(language, messages);
  catalogues.set(language, merge(messages, overrides.get(language)));
}

/**
 * Changes some strings of a language without forking its catalogue, as
 * `overrideMessages('en', { members: { invite: 'Add teammate' } })`. Applies
 * to the built-in catalogue whenever it loads, and to one already loaded.
 */
export function overrideMessages(language: string, changes: MessageOverrides) {
  const merged = merge(overrides.get(language) ?? {}, changes);
  overrides.set(language, merged);
  const base = bases.get(language);
  if (base) catalogues.set(language, merge(base, merged));
}

/** `changes` over `base`, a group (such as `members`) merged key by key. */
function merge<T extends object>(base: T, changes: MessageOverrides | undefined): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes ?? {})) {
    const before = merged[key];
    merged[key] = isGroup(value) && isGroup(before) ? { ...before, ...value } : value;
  }
  return merged as unknown as T;
}

function isGroup(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for a locale written right to left, else undefined (the page's direction holds). */
export function directionOf(locale: string): 'rtl' | undefined {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : undefined;
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
