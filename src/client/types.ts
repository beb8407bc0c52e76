import type { Edition, FeedIssue, Lab, Story, SxEvent } from '../feed/types.js';
import type { EventQuery, LabQuery, StoryQuery } from '../query/types.js';

/** Where a result came from. `embedded`: the default edition shipped in the package. */
export type ResultSource = 'network' | 'cache' | 'embedded';

/** What every client call resolves to. */
export interface FeedResult<T> {
  data: T;
  /** Records dropped or repaired while validating this resource (empty when clean). */
  issues: FeedIssue[];
  /** True when the network failed and this is the last good copy. */
  stale: boolean;
  /** When this copy was fetched from the network (undefined for the embedded edition). */
  fetchedAt?: Date;
  source: ResultSource;
  /** The server's `Date` header of the response this copy came from (for clock correction). */
  serverDate?: Date;
}

/** A key–value store for last good copies (localStorage-shaped). */
export interface FeedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface RetryOptions {
  /**
   * Attempts after the first.
   * @default 2
   */
  limit?: number;
  /**
   * Delay before retry `attempt` (1-based), in ms. Tests pass `() => 0`.
   * @default attempt => Math.min(300 * 2 ** (attempt - 1), 3000)
   */
  delay?: (attempt: number) => number;
  /**
   * Longest wait a `Retry-After` header (on 429 and 503) may impose, in ms; longer waits are cut
   * to this.
   * @default 5000
   */
  maxRetryAfter?: number;
}

export interface ClientOptions {
  /**
   * Feed URL: a single document or a manifest. Without it, the embedded default edition is served
   * with no network at all.
   * @example 'https://example.org/feeds/shanxi-2025/manifest.json'
   */
  src?: string;
  /**
   * Per-request timeout in ms.
   * @default 10000
   */
  timeout?: number;
  /** Retries on network errors, 5xx and 429 (never on other 4xx). A number is the limit. */
  retry?: number | RetryOptions;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where last good copies are kept. @default localStorage in browsers, memory elsewhere */
  storage?: FeedStorage;
  /** Aborts every request of this client. */
  signal?: AbortSignal;
}

export interface SxClient {
  /** The feed URL, or undefined for the embedded edition. */
  readonly src: string | undefined;
  /** Loads only the edition (a manifest never triggers the large resources). */
  edition(): Promise<FeedResult<Edition>>;
  events(query?: EventQuery): Promise<FeedResult<SxEvent[]>>;
  labs(query?: LabQuery): Promise<FeedResult<Lab[]>>;
  stories(query?: StoryQuery): Promise<FeedResult<Story[]>>;
  /** Drops this client's cached results so the next call goes to the network (a "retry" button). */
  refresh(): void;
}
