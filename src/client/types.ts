import type { Edition, FeedIssue, Lab, Story, ProgrammeEvent } from '../feed/types.js';
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
  /**
   * False when no offline copy of this answer could be kept (the browser's storage refused it:
   * full, blocked or too small); a console warning says why. True when a copy was kept. Absent
   * when not known at the answer: for the embedded edition, for the default store (the page's
   * localStorage is written once the answer has shown, and a copy over 64 KB goes to IndexedDB
   * after it: the first items do not wait for the disk; a refusal there is told by the console
   * warning). A `storage` you pass is written before the answer, so this is then set.
   */
  saved?: boolean;
  /**
   * The files of a resource split by city that could not be loaded (the records of the others
   * are in `data`); empty when nothing is missing. Only resource calls set it.
   */
  missing?: MissingPart[];
}

/** A file of a split resource that could not be loaded, and why. */
export interface MissingPart {
  resource: 'events' | 'labs' | 'stories';
  /** The city the file covers (GB/T 2260 code), when the resource is split by city. */
  city?: string;
  /** The file's address as the manifest resolves it (undefined when it is not a usable URL). */
  url?: string;
  /** Why: usually a `FeedError` subclass (`FeedHttpError`, `FeedValidationError`…). */
  error: unknown;
}

/**
 * A key–value store for last good copies: localStorage-shaped, and any method may return a
 * promise (an IndexedDB wrapper, say). What is read back is checked as strictly as a network
 * answer; a store that throws only costs the offline copy.
 */
export interface FeedStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
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
  /**
   * Where last good copies are kept.
   * @default localStorage (big copies in IndexedDB) in browsers, memory elsewhere
   */
  storage?: FeedStorage;
  /** Aborts every request of this client. */
  signal?: AbortSignal;
}

export interface SxClient {
  /** The feed URL, or undefined for the embedded edition. */
  readonly src: string | undefined;
  /** Loads only the edition (a manifest never triggers the large resources). */
  edition(): Promise<FeedResult<Edition>>;
  events(query?: EventQuery): Promise<FeedResult<ProgrammeEvent[]>>;
  labs(query?: LabQuery): Promise<FeedResult<Lab[]>>;
  stories(query?: StoryQuery): Promise<FeedResult<Story[]>>;
  /** Drops this client's cached results so the next call goes to the network (a "retry" button). */
  refresh(): void;
}
