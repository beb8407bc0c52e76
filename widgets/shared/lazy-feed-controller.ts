/**
 * `FeedController`'s light sibling, for widgets with a tight size budget (a countdown).
 *
 * Same states, fields and events as `FeedController` (`status`, `value`, `stale`, `fetchedAt`,
 * `issues`, `settled`, `retry()`, `sx-load` / `sx-error`), but the load function gets the feed URL
 * instead of a client, so the widget decides what to import: `loadEdition(src)` from
 * `edition-source.ts` reads the embedded edition without the client at all, and
 * `lazySharedClient(src)` imports the client only when it is needed.
 */
import type { ReactiveController } from 'lit';
import type { FeedIssue } from '../../src/feed/types.js';
import { refreshEdition } from './edition-source.js';
import { SxErrorEvent, SxLoadEvent } from './events.js';
import type { FeedData, FeedHost, FeedResults, FeedStatus } from './feed-controller.js';

export interface LazyFeedControllerOptions<R extends FeedResults> {
  /** What to load for the host's `src` (undefined: the embedded default edition). */
  load: (src: string | undefined) => Promise<R>;
  /** Anything else whose change means a new load (compared with `===`). @default () => undefined */
  key?: () => unknown;
  /** Drops cached copies before a retry. @default refreshEdition (the page's shared client) */
  refresh?: (src: string | undefined) => Promise<void> | void;
}

export class LazyFeedController<R extends FeedResults> implements ReactiveController {
  status: FeedStatus = 'loading';
  /** The loaded data, kept while a new load runs. */
  value: FeedData<R> | undefined;
  /** The results as loaded (`source`, `serverDate`…), kept with `value`. */
  results: R | undefined;
  error: unknown;
  stale = false;
  fetchedAt: Date | undefined;
  issues: FeedIssue[] = [];

  private readonly host: FeedHost;
  private readonly options: LazyFeedControllerOptions<R>;
  private loaded = false;
  private lastSrc: string | undefined;
  private lastKey: unknown;
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(host: FeedHost, options: LazyFeedControllerOptions<R>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Settles when the current load has finished. */
  get settled(): Promise<void> {
    return this.pending;
  }

  hostConnected(): void {
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

  /** Loads again from the network (drops the cached copies first). */
  retry(): void {
    this.start(true);
    this.host.requestUpdate();
  }

  private start(refresh: boolean): void {
    const generation = ++this.generation;
    const src = this.host.src || undefined;
    this.status = 'loading';
    this.error = undefined;
    const drop = this.options.refresh ?? refreshEdition;
    this.pending = Promise.resolve(refresh ? drop(src) : undefined)
      .then(() => this.options.load(src))
      .then(
        (results) => this.finish(generation, results),
        (error: unknown) => this.fail(generation, error),
      );
  }

  private fail(generation: number, error: unknown): void {
    if (generation !== this.generation) return;
    this.status = 'error';
    this.error = error;
    this.host.requestUpdate();
    console.error(`<${this.host.localName}> could not load its data.`, error);
    this.host.dispatchEvent(new SxErrorEvent(error));
  }

  private finish(generation: number, results: R): void {
    if (generation !== this.generation) return;
    const value = {} as FeedData<R>;
    const counts: Record<string, number> = {};
    const issues: FeedIssue[] = [];
    let stale = false;
    let fetchedAt: Date | undefined;
    for (const name of Object.keys(results) as (keyof R & string)[]) {
      const result = results[name]!;
      value[name] = result.data as FeedData<R>[typeof name];
      counts[name] = Array.isArray(result.data) ? result.data.length : 1;
      issues.push(...result.issues);
      stale ||= result.stale;
      if (result.fetchedAt && (!fetchedAt || result.fetchedAt < fetchedAt)) {
        fetchedAt = result.fetchedAt;
      }
    }
    Object.assign(this, { value, results, issues, stale, fetchedAt, status: 'ready' });
    this.host.requestUpdate();
    this.host.dispatchEvent(new SxLoadEvent({ counts, issues, stale, fetchedAt }));
  }
}
