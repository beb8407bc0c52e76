/** Helpers shared by the countdown tests. */
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, SxEvent } from '../../src/feed/types.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

/** 2025-05-11 15:45:55 in Shanghai: 12 days 08:14:05 before the opening (24 May, 00:00). */
export const BEFORE = '2025-05-11T15:45:55+08:00';
/** The third day of the week, 10:00 in Shanghai. */
export const DURING = '2025-05-26T10:00:00+08:00';
/** After the close (the embedded edition closes at 9 June, 00:00). */
export const AFTER = '2025-06-10T09:00:00+08:00';

export interface MemoryClientOptions {
  edition?: Edition;
  events?: SxEvent[];
  stale?: boolean;
  fetchedAt?: Date;
  fail?: Error;
}

/** A client that answers from memory (no network), counting what it was asked. */
export function memoryClient(options: MemoryClientOptions = {}): SxClient & { calls: string[] } {
  const result = <T>(data: T): FeedResult<T> => ({
    data,
    issues: [],
    stale: options.stale ?? false,
    fetchedAt: options.fetchedAt,
    source: options.stale ? 'cache' : 'network',
  });
  const calls: string[] = [];
  const answer = async <T>(name: string, data: T) => {
    calls.push(name);
    if (options.fail) throw options.fail;
    return result(data);
  };
  return {
    src: 'memory:countdown',
    calls,
    edition: () => answer('edition', options.edition ?? testEdition()),
    events: () => answer('events', options.events ?? [testEvent()]),
    labs: () => answer('labs', []),
    stories: () => answer('stories', []),
    refresh: () => void calls.push('refresh'),
  };
}

export function part(element: SxCountdown, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${element.localName}>`);
  return found;
}

export function maybePart(element: SxCountdown, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The visible text of a part, with runs of white space as one space. */
export function text(element: SxCountdown, name: string): string {
  return part(element, name).textContent!.replace(/\s+/g, ' ').trim();
}

/** The accessible name of the countdown group and the sentence screen readers read. */
export function spoken(element: SxCountdown): { name: string | null; sentence: string } {
  return {
    name: part(element, 'base').getAttribute('aria-label'),
    sentence: text(element, 'sentence'),
  };
}

/** The live region's text (what was last announced). */
export function announced(element: SxCountdown): string {
  return element.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
}

/** A language ancestor to use as a fixture's parentNode. */
export function inLang(lang: string): HTMLElement {
  const div = document.createElement('div');
  div.lang = lang;
  return div;
}
