/**
 * Every widget in every state, built from data in memory, for the pages that check the widgets
 * under a strict CSP, Trusted Types and a hostile host. Imports no widget module (only types), so
 * the same cases run against the sources and against the built ESM and IIFE bundles.
 */
import type { Lab, Story, ProgrammeEvent } from '../../src/feed/types.js';
import { testEvent, testLab, testStory } from './fixture-edition.js';
import { memoryClient, type MemoryClientOptions } from './memory-client.js';

export type WidgetState = 'data' | 'empty' | 'loading' | 'error' | 'stale';
export const WIDGET_STATES: readonly WidgetState[] = ['data', 'empty', 'loading', 'error', 'stale'];
export const WIDGET_TAGS = ['sx-events', 'sx-countdown', 'sx-story-card', 'sx-lab-map'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** Before the week: every event is upcoming, every facility and story is listed. */
export const CASE_NOW = '2025-05-30T10:00:00+08:00';

export function caseEvents(): ProgrammeEvent[] {
  return [
    testEvent({ id: 'csp-a', title: '人工智能科普讲座', sample: false }),
    testEvent({
      id: 'csp-b',
      title: '航天模型展',
      city: '140200',
      start: '2025-05-31T09:00:00+08:00',
      end: '2025-05-31T17:00:00+08:00',
      sample: false,
    }),
  ];
}

export function caseLabs(): Lab[] {
  return [
    testLab({ id: 'lab-a', name: '煤化工重点实验室', sample: false }),
    testLab({ id: 'lab-b', name: '大同示例科普基地', city: '140200', sample: false }),
  ];
}

export function caseStories(): Story[] {
  return [testStory({ id: 'story-a', name: '示例人物甲', sample: false })];
}

/** Which state a widget shows, read from its parts (`unknown` when none matches). */
export function shownState(element: Element): WidgetState | 'message' | 'unknown' {
  const root = element.shadowRoot;
  if (!root) return 'unknown';
  const has = (selector: string) => root.querySelector(selector) !== null;
  if (has('[part~=loading]')) return 'loading';
  if (has('[part~=error]')) return 'error';
  if (has('[part~=stale]')) return 'stale';
  if (has('[part~=empty]')) return 'empty';
  if (has('[part~=item], [part~=clock], [part~=sentence], [part~=card]')) return 'data';
  // The countdown's honest sentence when it has nothing to count to (event not found, week over).
  if (has('[part~=message]')) return 'message';
  return 'unknown';
}

/** The states a widget has (the countdown shows the edition alone: nothing can be empty). */
export function statesOf(tag: WidgetTag): readonly WidgetState[] {
  return tag === 'sx-countdown' ? WIDGET_STATES.filter((s) => s !== 'empty') : WIDGET_STATES;
}

/** The state a countdown shows for `state` (its stale copy shows the time, the notice aside). */
export function expectedState(tag: WidgetTag, state: WidgetState): WidgetState {
  return tag === 'sx-countdown' && state === 'stale' ? 'data' : state;
}

/** The resource each widget shows (the countdown: the edition alone). */
export const RESOURCE = {
  'sx-events': 'events',
  'sx-countdown': 'edition',
  'sx-story-card': 'stories',
  'sx-lab-map': 'labs',
} as const;

/** A widget of `tag` in `state`, not yet in the page. */
export function widgetIn(
  tag: WidgetTag,
  state: WidgetState,
  doc: Document = document,
): HTMLElement & { client?: unknown; loaded?: Promise<void> } {
  const element = doc.createElement(tag) as HTMLElement & { client?: unknown };
  element.setAttribute('now', CASE_NOW);
  element.setAttribute('data-state', state);
  const options: MemoryClientOptions = {
    hang: state === 'loading',
    fail: state === 'error' ? new Error('scripted failure') : undefined,
    stale: state === 'stale',
    fetchedAt: new Date('2025-05-29T06:05:00Z'),
  };
  const records =
    state === 'empty' ? {} : { events: caseEvents(), labs: caseLabs(), stories: caseStories() };
  element.client = memoryClient(RESOURCE[tag], records, options);
  return element;
}
