/**
 * With `sync-url`, the filter state lives in the page URL (`?sx-city=140100&sx-q=机器人`) so a
 * filtered view can be shared and comes back on reload. Only `sx-` parameters are touched; the
 * page's own parameters and hash stay as they are, and history gets no new entries.
 */
import type { FilterState } from './filter-state.js';

const PREFIX = 'sx-';
const TEXT_KEYS = ['city', 'topic', 'day', 'q'] as const;
const FLAG_KEYS = ['free', 'youth', 'plan'] as const;

/** The filter values present in `search` (a `location.search` string). */
export function readUrlState(search: string): Partial<FilterState> {
  const params = new URLSearchParams(search);
  const state: Partial<FilterState> = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(PREFIX + key);
    if (value !== null) state[key] = value;
  }
  for (const key of FLAG_KEYS) {
    const value = params.get(PREFIX + key);
    if (value !== null) state[key] = value === '1' || value === 'true';
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
  const next = urlWithState(location.href, state, defaults);
  if (next !== location.href) history.replaceState(history.state, '', next);
}
