/**
 * A page harness for <sx-events> screenshots and the render benchmark (bundled by
 * bench/events-page.mjs). Query parameters: `n` (synthetic events; 0 = the embedded edition),
 * `state` (loading | error | empty | stale), and any attribute of the element as `a-<name>`.
 */
import type { FeedResult, SxClient } from '../src/client/types.js';
import type { Edition, ProgrammeEvent } from '../src/feed/types.js';
import { FeedHttpError } from '../src/errors.js';
import editionJson from '../src/data/shanxi-2025/edition.json';
import eventsJson from '../src/data/shanxi-2025/events.json';
import '../widgets/events/events.js';
import type { SxEvents } from '../widgets/events/events.js';

const edition = editionJson as unknown as Edition;
const base = eventsJson as unknown as ProgrammeEvent[];

/** `count` events built from the embedded samples: new ids, spread over the week's days. */
export function syntheticEvents(count: number): ProgrammeEvent[] {
  const day = 24 * 3600 * 1000;
  return Array.from({ length: count }, (_, i) => {
    const model = base[i % base.length]!;
    const shift = (i % 14) * day + (i % 5) * 3600 * 1000;
    const start = new Date(Date.parse('2025-05-24T09:00:00+08:00') + shift);
    const end = new Date(start.getTime() + 2 * 3600 * 1000);
    return {
      ...model,
      id: `bench-${i}`,
      title: `${model.title} #${i}`,
      titleEn: `${model.titleEn ?? model.title} #${i}`,
      start: start.toISOString(),
      end: end.toISOString(),
    };
  });
}

function result<T>(data: T, extra: Partial<FeedResult<T>> = {}): FeedResult<T> {
  return { data, issues: [], stale: false, source: 'network', fetchedAt: new Date(), ...extra };
}

/** A client answering from memory, or never, or with an error. */
export function memoryClient(
  events: ProgrammeEvent[],
  mode: 'ok' | 'loading' | 'error' | 'stale' = 'ok',
): SxClient {
  const never = new Promise<never>(() => undefined);
  const stale = mode === 'stale';
  const fetchedAt = new Date('2025-05-29T22:15:00+08:00');
  return {
    src: 'memory:',
    edition: async () =>
      mode === 'loading'
        ? never
        : result({ ...edition, officialUrl: 'https://kjt.shanxi.gov.cn/' }, { stale, fetchedAt }),
    events: async () => {
      if (mode === 'loading') return never;
      if (mode === 'error') throw new FeedHttpError('https://example.org/feed.json', 503);
      return result(events, { stale, fetchedAt });
    },
    labs: async () => result([]),
    stories: async () => result([]),
    refresh: () => undefined,
  };
}

const params = new URLSearchParams(location.search);
const element = document.createElement('sx-events') as SxEvents;
// `bare`: the benchmark creates its own elements.
if (!params.has('bare')) mount();
Object.assign(window, { sxBench: { element, syntheticEvents, memoryClient } });

function mount(): void {
  for (const [key, value] of params) {
    if (key.startsWith('a-')) element.setAttribute(key.slice(2), value);
  }
  const n = Number(params.get('n') ?? 0);
  const state = params.get('state');
  if (n > 0 || state) {
    const events = n > 0 ? syntheticEvents(n) : base;
    element.client = memoryClient(events, (state as 'loading' | 'error' | 'stale' | null) ?? 'ok');
    if (state === 'empty') element.setAttribute('q', '没有这样的活动zzz');
  }
  document.querySelector('main')!.append(element);
}
