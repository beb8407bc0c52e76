/** Helpers shared by the countdown tests. */
import { fixture, type html } from '@open-wc/testing';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import { part } from '../support/widget-helpers.js';
import {
  memoryClient as memoryClientOf,
  type MemoryClientOptions,
} from '../support/memory-client.js';

export { part };

/** 2025-05-11 15:45:55 in Shanghai: 12 days 08:14:05 before the opening (24 May, 00:00). */
export const BEFORE = '2025-05-11T15:45:55+08:00';
/** The third day of the week, 10:00 in Shanghai. */
export const DURING = '2025-05-26T10:00:00+08:00';
/** After the close (the embedded edition closes at 9 June, 00:00). */
export const AFTER = '2025-06-10T09:00:00+08:00';

/** A client in memory for a countdown: the edition is what it shows (`fail` rejects it). */
export const memoryClient = (options: MemoryClientOptions & { events?: ProgrammeEvent[] } = {}) =>
  memoryClientOf('edition', { events: options.events }, options);

/** Renders a countdown and waits until it shows its data (and the parts it needs). */
export async function renderCountdown(
  template: ReturnType<typeof html>,
  parentNode?: HTMLElement,
): Promise<SxCountdown> {
  const element = await fixture<SxCountdown>(template, parentNode ? { parentNode } : {});
  await element.loaded;
  return element;
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
  return element.shadowRoot!.querySelector('[aria-live]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** A language ancestor to use as a fixture's parentNode. */
export function inLang(lang: string): HTMLElement {
  const div = document.createElement('div');
  div.lang = lang;
  return div;
}
