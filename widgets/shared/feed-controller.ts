/**
 * Loads a widget's data through the page's shared client and tracks its state.
 *
 * The host says what it needs with a `load` function returning named `FeedResult`s, e.g.
 * `async (client) => ({ edition: await client.edition(), events: await client.events() })`;
 * `value` then holds `{ edition, events }` (the data only), and `stale`/`issues`/`fetchedAt`
 * combine every result. The load starts on first update and again whenever `src` (or `key()`)
 * changes; only the latest load counts, so a slow old answer never replaces a new one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedClient } from '../../src/client/client.js';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { FeedIssue } from '../../src/feed/types.js';
import { SxErrorEvent, SxLoadEvent } from './events.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

/** Named results of one load. */
export type FeedResults = Record<string, FeedResult<unknown>>;
/** The data of each named result. */
export type FeedData<R extends FeedResults> = { [K in keyof R]: R[K]['data'] };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
}

export interface FeedControllerOptions<R extends FeedResults> {
  /** What to load. Runs with the client of the host's `src`. */
  load: (client: SxClient) => Promise<R>;
  /** Anything else whose change means a new load (compared with `===`). @default () => undefined */
  key?: () => unknown;
  /** Gets the client for a src. @default sharedClient (one client per feed URL per page) */
  client?: (src: string | undefined) => SxClient;
}

export class FeedController<R extends FeedResults> implements ReactiveController {
  status: FeedStatus = 'loading';
  /** The loaded data, kept while a new load runs (so a reload does not blank the widget). */
  value: FeedData<R> | undefined;
  error: unknown;
  /** True when at least one result is a last good copy because the network failed. */
  stale = false;
  /** The oldest fetch time among the results (undefined when all are embedded). */
  fetchedAt: Date | undefined;
  issues: FeedIssue[] = [];

  private readonly host: FeedHost;
  private readonly options: FeedControllerOptions<R>;
  private loaded = false;
  private lastSrc: string | undefined;
  private lastKey: unknown;
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(host: FeedHost, options: FeedControllerOptions<R>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Settles when the current load has finished (tests and stories wait on it). */
  get settled(): Promise<void> {
    return this.pending;
  }

  hostConnected(): void {
    // A widget moved in the DOM keeps its data; one re-attached after a failure tries again.
    if (this.status === 'error') this.loaded = false;
  }

  hostUpdate(): void {
    const key = this.options.key?.();
    if (this.loaded && this.host.src === this.lastSrc && key === this.lastKey) return;
    this.loaded = true;
    this.lastSrc = this.host.src;
    this.lastKey = key;
    this.start(false);
  }

  /** Loads again from the network (drops the client's cached results first). */
  retry(): void {
    this.start(true);
    this.host.requestUpdate();
  }

  /** Loads again, using the client's cache. */
  reload(): void {
    this.start(false);
    this.host.requestUpdate();
  }

  private start(refresh: boolean): void {
    const generation = ++this.generation;
    this.status = 'loading';
    this.error = undefined;
    const client = (this.options.client ?? sharedClient)(this.host.src || undefined);
    if (refresh) client.refresh();
    this.pending = this.run(client, generation);
  }

  private async run(client: SxClient, generation: number): Promise<void> {
    let results: R;
    try {
      results = await this.options.load(client);
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.error = error;
      this.host.requestUpdate();
      console.error(`<${this.host.localName}> could not load its data.`, error);
      this.host.dispatchEvent(new SxErrorEvent(error));
      return;
    }
    if (generation !== this.generation) return;
    const data = {} as FeedData<R>;
    const counts: Record<string, number> = {};
    const issues: FeedIssue[] = [];
    let stale = false;
    let fetchedAt: Date | undefined;
    for (const name of Object.keys(results) as (keyof R & string)[]) {
      const result = results[name]!;
      data[name] = result.data as FeedData<R>[typeof name];
      counts[name] = Array.isArray(result.data) ? result.data.length : 1;
      issues.push(...result.issues);
      stale ||= result.stale;
      if (result.fetchedAt && (!fetchedAt || result.fetchedAt < fetchedAt)) {
        fetchedAt = result.fetchedAt;
      }
    }
    Object.assign(this, { value: data, issues, stale, fetchedAt, status: 'ready' });
    this.host.requestUpdate();
    this.host.dispatchEvent(new SxLoadEvent({ counts, issues, stale, fetchedAt }));
  }
}
