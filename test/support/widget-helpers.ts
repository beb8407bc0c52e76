/** Helpers every widget test uses: a client answering from memory, and shadow-root queries. */
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, Lab, Story, SxEvent } from '../../src/feed/types.js';
import { testEdition } from './fixture-edition.js';

export interface MemoryClientOptions {
  edition?: Edition;
  stale?: boolean;
  fetchedAt?: Date;
  /** Never answer (the edition and the widget's own resource). */
  hang?: boolean;
  /** Reject the widget's own resource with this. */
  fail?: unknown;
}

/** What a widget shows: the edition alone (the countdown) or one resource of the feed. */
type Resource = 'edition' | 'events' | 'labs' | 'stories';

function result<T>(data: T, options: MemoryClientOptions): FeedResult<T> {
  return {
    data,
    issues: [],
    stale: options.stale ?? false,
    source: options.stale ? 'cache' : 'network',
    fetchedAt: options.fetchedAt ?? new Date('2025-05-20T01:00:00Z'),
  };
}

/**
 * A client that answers from memory and logs what it was asked (`calls`: `edition`, `events`…,
 * `refresh`). `hang` and `fail` apply to `shows`, what the widget under test displays (`hang`
 * to the edition too); the others answer empty.
 */
export function memoryClient(
  shows: Resource,
  records: { events?: SxEvent[]; labs?: Lab[]; stories?: Story[] } = {},
  options: MemoryClientOptions = {},
): SxClient & { calls: string[]; refreshes: number } {
  const never = new Promise<never>(() => undefined);
  const calls: string[] = [];
  const answer = async <T>(kind: Resource, data: T) => {
    calls.push(kind);
    if ((kind === shows || kind === 'edition') && options.hang) return never;
    if (kind === shows && options.fail) throw options.fail;
    return result(data, options);
  };
  return {
    src: `memory:${shows}`,
    calls,
    get refreshes() {
      return calls.filter((call) => call === 'refresh').length;
    },
    edition: () => answer('edition', options.edition ?? testEdition({ sample: false })),
    events: () => answer('events', records.events ?? []),
    labs: () => answer('labs', records.labs ?? []),
    stories: () => answer('stories', records.stories ?? []),
    refresh: () => void calls.push('refresh'),
  };
}

/** The nodes of a widget's shadow root that carry `part`. */
export function parts(element: Element, part: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

/** The first node that carries `part` (throws when there is none). */
export function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no [part~=${name}]`);
  return found;
}

/** Sets a select's value as a visitor would and fires `change`. */
export function choose(select: HTMLElement, value: string): void {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
