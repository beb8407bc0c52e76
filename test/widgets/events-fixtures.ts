import { waitUntil } from '@open-wc/testing';
/** Data and helpers shared by the <sx-events> tests. */
import type { ProgrammeEvent } from '../../src/feed/types.js';
import type { SxEvents } from '../../widgets/events/events.js';
import { testEvent } from '../support/fixture-edition.js';
import { part, parts } from '../support/widget-helpers.js';
import {
  memoryClient as memoryClientOf,
  type MemoryClientOptions,
} from '../support/memory-client.js';

export { choose, part, parts } from '../support/widget-helpers.js';
export type { MemoryClientOptions } from '../support/memory-client.js';

/** Before the week: nothing has ended, so every event is listed. */
export const BEFORE_WEEK = '2025-05-20T10:00:00+08:00';

const at = (day: string, time: string) => `${day}T${time}:00+08:00`;

/** A small programme (not samples) over several cities, days, topics and audiences. */
export function programme(): ProgrammeEvent[] {
  return [
    testEvent({
      id: 'ai-taiyuan',
      title: '人工智能科普讲座',
      titleEn: 'AI for everyone: a public lecture',
      category: 'lecture',
      topics: ['ai'],
      audience: ['public'],
      city: '140100',
      start: at('2025-05-30', '14:00'),
      end: at('2025-05-30', '16:00'),
      free: true,
      registration: { required: true, url: 'https://example.org/register/ai', capacity: 40 },
      url: 'https://example.org/events/ai-taiyuan',
      sample: false,
    }),
    testEvent({
      id: 'space-datong',
      title: '航天模型展',
      titleEn: 'Space models on show',
      category: 'exhibition',
      topics: ['aerospace'],
      audience: ['youth'],
      city: '140200',
      venue: { name: '大同市科技馆', nameEn: 'Datong Science Museum', lat: 40.09, lng: 113.3 },
      start: at('2025-05-24', '09:00'),
      end: at('2025-05-24', '17:00'),
      free: true,
      registration: { required: false },
      url: 'https://example.org/events/space-datong',
      sample: false,
    }),
    testEvent({
      id: 'health-changzhi',
      title: '健康生活讲座',
      titleEn: 'Healthy living talk',
      category: 'lecture',
      topics: ['health'],
      audience: ['public', 'rural'],
      city: '140400',
      venue: { name: '长治市图书馆', nameEn: 'Changzhi Library' },
      start: at('2025-05-31', '09:30'),
      end: at('2025-05-31', '11:00'),
      free: false,
      registration: { required: false },
      url: 'https://example.org/events/health-changzhi',
      sample: false,
    }),
    testEvent({
      id: 'food-online',
      title: '食品安全线上直播',
      titleEn: 'Food safety, live online',
      category: 'lecture',
      topics: ['food-safety'],
      audience: ['public'],
      city: '140100',
      venue: undefined,
      online: { url: 'https://example.org/live/food', platform: '直播平台' },
      start: at('2025-05-28', '15:00'),
      end: at('2025-05-28', '16:00'),
      free: true,
      registration: { required: false },
      url: 'https://example.org/events/food-online',
      sample: false,
    }),
    testEvent({
      id: 'robot-xiaodian',
      title: '青少年机器人工作坊',
      titleEn: 'Robot workshop for young people',
      category: 'hands-on',
      topics: ['ai'],
      audience: ['youth'],
      // A county (小店区) of Taiyuan: the city filter finds it under 140100.
      city: '140105',
      start: at('2025-05-30', '09:00'),
      end: at('2025-05-30', '11:30'),
      free: true,
      registration: { required: true, url: 'https://example.org/register/robot' },
      url: 'https://example.org/events/robot-xiaodian',
      sample: false,
    }),
  ];
}

/** `count` events, one per hour from the week's start (for paging). */
export function manyEvents(count: number): ProgrammeEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.parse('2025-05-24T08:00:00+08:00') + i * 3600_000);
    return testEvent({
      id: `many-${String(i).padStart(4, '0')}`,
      title: `活动 ${i}`,
      titleEn: `Event ${i}`,
      start: start.toISOString().replace('.000Z', 'Z'),
      end: new Date(start.getTime() + 1800_000).toISOString().replace('.000Z', 'Z'),
      sample: false,
    });
  });
}

/** A client that answers `events` from memory (and counts `refresh()` calls). */
export const memoryClient = (events: ProgrammeEvent[], options: MemoryClientOptions = {}) =>
  memoryClientOf('events', { events }, options);

/** Titles of the rendered items, in order. */
export function titles(element: SxEvents): string[] {
  return parts(element, 'item-title').map((node) => node.textContent!.trim());
}

/** Ticks a checkbox (inside a labelled part) as a visitor would. */
export function tick(label: HTMLElement): void {
  label.querySelector('input')!.click();
}

/** Types into the search box (the element's debounce should be 0 in tests). */
export function typeSearch(element: SxEvents, text: string): void {
  const input = part(element, 'search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Removes every stored plan. */
export function clearPlans(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('sx-science-week:plan:')) localStorage.removeItem(key);
  }
}

/** The rendered item whose text includes `title`. */
export function itemOf(element: SxEvents, title: string): HTMLElement {
  return parts(element, 'item').find((node) => node.textContent!.includes(title))!;
}

/** Opens the expanded view of the card titled `title` ("更多") and waits for it. */
export async function expand(element: SxEvents, title: string): Promise<HTMLElement> {
  const item = itemOf(element, title);
  item.querySelector<HTMLElement>('[part~=more]')!.click();
  await waitUntil(() => itemOf(element, title).querySelector('[part~=details]'), 'no details');
  await element.updateComplete;
  return itemOf(element, title);
}
