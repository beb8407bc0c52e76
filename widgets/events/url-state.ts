/**
 * With `sync-url`, the filter state lives in the page URL (`?sx-city=140100&sx-q=机器人`) so a
 * filtered view can be shared and comes back on reload. Only `sx-` parameters are touched; the
 * page's own parameters and hash stay as they are, and history gets no new entries.
 *
 * The URL is whatever a link says, so every parameter goes through the shared readers
 * (`read-input.ts`): a value they refuse is left out, and reported once, never thrown.
 */
import {
  quoted,
  readFlag,
  readIsoDate,
  readText,
  readTokenList,
  type Reading,
} from '../shared/read-input.js';
import type { FilterState } from './filter-state.js';

const PREFIX = 'sx-';
const TEXT_KEYS = ['city', 'topic', 'day', 'q'] as const;
const FLAG_KEYS = ['free', 'youth', 'plan'] as const;

type TextKey = (typeof TEXT_KEYS)[number];

const TEXT_READERS: Record<TextKey, (raw: string) => Reading<string>> = {
  city: readTokenList,
  topic: readTokenList,
  // '' is "every day" (a visitor cleared a preset), not a bad date.
  day: (raw) => (raw === '' ? { ok: true, value: '' } : readIsoDate(raw)),
  q: readText,
};

/** Reads `search` safely: a malformed query string is read as far as the browser can. */
function paramsOf(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * The filter values present in `search` (a `location.search` string). A parameter given twice
 * counts once (its first value). Refused values are left out and each is described to
 * `onIgnored` (`sx-day="foo" is not a YYYY-MM-DD date`).
 */
export function readUrlState(
  search: string,
  onIgnored?: (problem: string) => void,
): Partial<FilterState> {
  const params = paramsOf(search);
  const state: Partial<FilterState> = {};
  const take = <T>(name: string, raw: string, reading: Reading<T>): T | undefined => {
    if (reading.ok) return reading.value;
    onIgnored?.(`${PREFIX}${name}=${quoted(raw)} ${reading.problem}`);
    return undefined;
  };
  for (const key of TEXT_KEYS) {
    const raw = params.get(PREFIX + key);
    if (raw === null) continue;
    const value = take(key, raw, TEXT_READERS[key](raw));
    if (value !== undefined) state[key] = value;
  }
  for (const key of FLAG_KEYS) {
    const raw = params.get(PREFIX + key);
    if (raw === null) continue;
    const value = take(key, raw, readFlag(raw));
    if (value !== undefined) state[key] = value;
  }
  return state;
}

/** `href` with the `sx-` parameters of `state` (values equal to `defaults` are left out). */
export function urlWithState(href: string, state: FilterState, defaults: FilterState): string {
  const url = new URL(href);
  for (const key of TEXT_KEYS) {
    // An empty value is kept when it differs from the default: the visitor cleared a preset city.
    if (state[key] === defaults[key]) url.searchParams.delete(PREFIX + key);
    else url.searchParams.set(PREFIX + key, state[key]);
  }
  for (const key of FLAG_KEYS) {
    if (state[key] === defaults[key]) url.searchParams.delete(PREFIX + key);
    else url.searchParams.set(PREFIX + key, state[key] ? '1' : '0');
  }
  return url.href;
}

/** Replaces the current history entry's URL with the filter state. */
export function writeUrlState(state: FilterState, defaults: FilterState): void {
  try {
    const next = urlWithState(location.href, state, defaults);
    if (next !== location.href) history.replaceState(history.state, '', next);
  } catch (error) {
    // A sandboxed or opaque page may refuse replaceState: the filters still apply.
    console.warn('<sx-events> could not write the filters into the page URL.', error);
  }
}
