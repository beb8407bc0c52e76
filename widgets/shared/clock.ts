/**
 * One clock for the whole page. However many widgets show the time, there is at most one timer:
 * it fires on second (or minute) boundaries, stops while the page is hidden and with no
 * subscribers, and ticks at once when the page becomes visible again (a countdown is right the
 * moment the tab comes back, not up to a minute later).
 *
 * Two copies of the library on one page share the clock through a `globalThis` symbol.
 */

export type Granularity = 'second' | 'minute';
export type ClockListener = (now: Date) => void;

/** What the clock needs from its environment; tests pass fakes. */
export interface ClockEnvironment {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** The document whose visibility pauses the clock (undefined in Node). */
  document?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'> | undefined;
}

interface Subscription {
  listener: ClockListener;
  granularity: Granularity;
  /** The minute (ms / 60000, floored) last told to a minute subscriber. */
  lastMinute: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export class SharedClock {
  private readonly env: ClockEnvironment;
  private readonly subscriptions = new Set<Subscription>();
  private timer: unknown;
  private listening = false;

  constructor(env: Partial<ClockEnvironment> = {}) {
    this.env = {
      now: env.now ?? (() => Date.now()),
      setTimeout: env.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms)),
      clearTimeout:
        env.clearTimeout ??
        ((id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>)),
      document: 'document' in env ? env.document : globalThis.document,
    };
  }

  /** Timers running now: 0 or 1 (tests assert there is never more). */
  get activeTimers(): number {
    return this.timer === undefined ? 0 : 1;
  }

  /**
   * The clock's current time: what subscribers are told at each tick. A widget renders its first
   * frame from it too, so a test's fake clock drives the whole widget.
   */
  now(): Date {
    return new Date(this.env.now());
  }

  /** Number of subscribers. */
  get size(): number {
    return this.subscriptions.size;
  }

  /**
   * Calls `listener` at every boundary of `granularity` (not immediately: render the current
   * time yourself first). Returns the unsubscribe function.
   */
  subscribe(listener: ClockListener, granularity: Granularity = 'second'): () => void {
    const subscription: Subscription = {
      listener,
      granularity,
      lastMinute: Math.floor(this.env.now() / MINUTE),
    };
    this.subscriptions.add(subscription);
    this.listen();
    this.schedule();
    return () => {
      if (!this.subscriptions.delete(subscription)) return;
      if (this.subscriptions.size === 0) {
        this.stop();
        this.unlisten();
      } else {
        this.schedule();
      }
    };
  }

  private readonly onVisibilityChange = (): void => {
    if (this.env.document?.hidden) {
      this.stop();
    } else {
      this.tick(true);
    }
  };

  private listen(): void {
    if (this.listening || !this.env.document) return;
    this.env.document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.listening = true;
  }

  private unlisten(): void {
    if (!this.listening) return;
    this.env.document?.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.listening = false;
  }

  private stop(): void {
    if (this.timer === undefined) return;
    this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** (Re)arms the single timer for the next boundary the subscribers need. */
  private schedule(): void {
    this.stop();
    if (this.subscriptions.size === 0 || this.env.document?.hidden) return;
    const step = [...this.subscriptions].some((s) => s.granularity === 'second') ? SECOND : MINUTE;
    const now = this.env.now();
    const delay = step - (now % step);
    this.timer = this.env.setTimeout(() => {
      this.timer = undefined;
      this.tick(false);
    }, delay);
  }

  /** Notifies subscribers; `all` also wakes minute subscribers whose minute has not changed. */
  private tick(all: boolean): void {
    const nowMs = this.env.now();
    const minute = Math.floor(nowMs / MINUTE);
    for (const subscription of [...this.subscriptions]) {
      if (!this.subscriptions.has(subscription)) continue; // unsubscribed by an earlier listener
      if (subscription.granularity === 'minute') {
        if (!all && subscription.lastMinute === minute) continue;
        subscription.lastMinute = minute;
      }
      try {
        subscription.listener(new Date(nowMs));
      } catch (error) {
        console.error(error);
      }
    }
    this.schedule();
  }
}

const CLOCK_KEY = Symbol.for('sx-science-week.clock');

/** The page's clock (created on first use; shared with other copies of the library). */
export function sharedClock(): SharedClock {
  const store = globalThis as unknown as Record<symbol, SharedClock | undefined>;
  return (store[CLOCK_KEY] ??= new SharedClock());
}

/** Replaces the page's clock (tests: a clock with fake timers). Returns the previous one. */
export function setSharedClock(clock: SharedClock | undefined): SharedClock | undefined {
  const store = globalThis as unknown as Record<symbol, SharedClock | undefined>;
  const previous = store[CLOCK_KEY];
  store[CLOCK_KEY] = clock;
  return previous;
}
