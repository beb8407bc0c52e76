/**
 * Loads a widget's data and tracks its state: the one controller of every widget.
 *
 * The host says what it needs with a `load` function returning named `FeedResult`s, e.g.
 * `async (client) => ({ edition: await client.edition(), events: await client.events() })`;
 * `value` then holds `{ edition, events }` (the data only), `results` the results themselves
 * (`source`, `serverDate`…), and `stale`/`issues`/`fetchedAt` combine every result. The load
 * starts on first update and again whenever `src`, the host's `client` (or `key()`) changes; only
 * the latest load counts, so a slow old answer never replaces a new one.
 *
 * The client is the host's `client` property when set, else the page's shared client for `src`,
 * imported on first use (`lazySharedClient` in src/client/embedded.ts, which serves the embedded
 * edition as the client does): a countdown on the embedded edition never downloads the client, ky
 * or the validation. The sentences of the error, stale and partial states (`words`) are downloaded
 * the same way, before a failure, a saved copy or a missing file is reported; `states.ts` renders
 * every state from this controller's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazySharedClient } from '../../src/client/embedded.js';
import type { FeedResult, MissingPart, SxClient } from '../../src/client/types.js';
import type { Edition, FeedIssue } from '../../src/feed/types.js';
import { SxErrorEvent, SxLoadEvent } from './events.js';
import { serverResults, startServerLoad } from './server-data.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

/** Named results of one load. */
export type FeedResults = Record<string, FeedResult<unknown>>;
/** The data of each named result. */
export type FeedData<R extends FeedResults> = { [K in keyof R]: R[K]['data'] };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  /** A client to load from instead of the page's shared one (tests, a custom timeout…). */
  client?: SxClient | undefined;
}

export interface FeedControllerOptions<R extends FeedResults> {
  /** What to load. Runs with the client of the host's `src`. */
  load: (client: SxClient) => Promise<R>;
  /** Anything else whose change means a new load (compared with `===`). @default () => undefined */
  key?: () => unknown;
  /**
   * Gets the client for a src. @default the host's `client`, else `lazySharedClient` (one client
   * per feed URL per page)
   */
  client?: (src: string | undefined) => SxClient;
}

type StateWords = typeof import('./error-states.js');
let stateWords: StateWords | undefined;

/**
 * Downloads the sentences of the error, stale and partial states (once per page), which only a
 * failure, a saved copy or a missing file needs. Never rejects: without them the error state says
 * only that loading failed, with its retry button, and the next report tries again.
 */
async function loadStateWords(): Promise<StateWords | undefined> {
  try {
    stateWords ??= await import('./error-states.js');
  } catch (error) {
    console.warn('sx-science-week: could not load the error states.', error);
  }
  return stateWords;
}

export class FeedController<R extends FeedResults> implements ReactiveController {
  status: FeedStatus = 'loading';
  /** The loaded data, kept while a new load runs (so a reload does not blank the widget). */
  value: FeedData<R> | undefined;
  /** The results as loaded (`source`, `serverDate`…), kept with `value`. */
  results: R | undefined;
  error: unknown;
  /** True when at least one result is a last good copy because the network failed. */
  stale = false;
  /** The oldest fetch time among the results (undefined when all are embedded). */
  fetchedAt: Date | undefined;
  issues: FeedIssue[] = [];
  /** Files of split resources that did not load: the rest shows, with a partial-data notice. */
  missing: MissingPart[] = [];
  /**
   * The edition the latest load got, kept when a resource after it fails: the error state links
   * to its official page. One place for every widget (they ask the client for it in `load`).
   */
  edition: Edition | undefined;
  /**
   * The sentences that report a failure, a saved copy or a missing file (`error-states.ts`),
   * downloaded before the controller reports one: `states.ts` renders them. Undefined until then,
   * and when that download failed too.
   */
  words: StateWords | undefined;

  private readonly host: FeedHost;
  private readonly options: FeedControllerOptions<R>;
  /** What the last load was for (src, client, key); undefined before the first. */
  private loadedFor: unknown[] | undefined;
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
    if (this.status === 'error') this.loadedFor = undefined;
  }

  hostUpdate(): void {
    const inputs = [this.host.src, this.host.client, this.options.key?.()];
    if (this.loadedFor?.every((input, i) => input === inputs[i])) return;
    this.loadedFor = inputs;
    this.start(false);
  }

  /**
   * On a server (called by `SxElement`, as `@lit-labs/ssr` skips `hostUpdate`): the embedded
   * edition's results when an earlier render has loaded them (`serverDataReady`), else starts that
   * load. With `src` or a `client`, nothing: the browser loads it and the server shows the skeleton.
   */
  serverUpdate(): void {
    if (this.host.src || this.host.client) return;
    // The language is part of the key: loads bring the words of the host's language with the data.
    const key = JSON.stringify([this.host.localName, this.host.lang, this.options.key?.() ?? null]);
    const results = serverResults(key) as R | undefined;
    if (results) this.finish(results, false);
    else startServerLoad(key, () => this.options.load(lazySharedClient(undefined)));
  }

  /**
   * In a browser, over server markup (called by `SxElement` before the first render): loads what
   * the server rendered with, so that render matches it. With `src` or a `client` the server sent
   * the skeleton: nothing to match, the load starts as usual. A failed load does too.
   */
  async hydrate(): Promise<void> {
    if (this.host.src || this.host.client) return;
    const inputs = [this.host.src, this.host.client, this.options.key?.()];
    try {
      const results = await this.options.load(lazySharedClient(undefined));
      this.loadedFor = inputs;
      this.finish(results);
    } catch {
      // hostUpdate loads again and reports the failure.
    }
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
    const { host, options } = this;
    const src = host.src || undefined;
    this.status = 'loading';
    this.error = undefined;
    const given = options.client?.(src) ?? host.client ?? lazySharedClient(src);
    if (refresh) given.refresh();
    // The same client, whose edition() also keeps what it served (a custom client's methods
    // stay reachable through the prototype).
    const client = Object.create(given, {
      edition: {
        value: async () => {
          const result = await given.edition();
          if (generation === this.generation) this.edition = result.data;
          return result;
        },
      },
    }) as SxClient;
    this.pending = (async () => {
      let results: R;
      try {
        results = await options.load(client);
      } catch (error) {
        this.words = await loadStateWords();
        if (generation !== this.generation) return;
        this.status = 'error';
        this.error = error;
        host.requestUpdate();
        console.error(`<${host.localName}> could not load its data.`, error);
        host.dispatchEvent(new SxErrorEvent(error));
        return;
      }
      // A saved copy or a missing file is reported in words downloaded first.
      const notices = Object.values(results).some(
        (result) => result.stale || (result.missing?.length ?? 0) > 0,
      );
      if (notices) this.words = await loadStateWords();
      if (generation === this.generation) this.finish(results);
    })();
  }

  private finish(results: R, announce = true): void {
    const value = {} as FeedData<R>;
    const counts: Record<string, number> = {};
    const issues: FeedIssue[] = [];
    const missing: MissingPart[] = [];
    let stale = false;
    let fetchedAt: Date | undefined;
    for (const [name, result] of Object.entries(results) as [keyof R & string, R[keyof R]][]) {
      value[name] = result.data as FeedData<R>[typeof name];
      counts[name] = Array.isArray(result.data) ? result.data.length : 1;
      issues.push(...result.issues);
      missing.push(...(result.missing ?? []));
      stale ||= result.stale;
      if (result.fetchedAt && !(fetchedAt && fetchedAt <= result.fetchedAt)) {
        fetchedAt = result.fetchedAt;
      }
    }
    Object.assign(this, { value, results, issues, missing, stale, fetchedAt, status: 'ready' });
    for (const part of missing) {
      console.warn(`<${this.host.localName}> shows partial data: a file did not load.`, part);
    }
    // A server render reads the state as it is now, and fires nothing.
    if (!announce) return;
    this.host.requestUpdate();
    this.host.dispatchEvent(new SxLoadEvent({ counts, issues, stale, fetchedAt }));
  }
}
