/**
 * Events every widget fires. One class per event, bubbling and composed so a page can listen on
 * any ancestor (`document.addEventListener('sx-error', …)`), with typed fields instead of an
 * untyped `detail`. Widgets declare their own events in their folders, the same way.
 */
import type { FeedIssue } from '../../src/feed/types.js';

/** Options shared by every sx-* event: seen outside the shadow root and by every ancestor. */
export const SX_EVENT_INIT: EventInit = { bubbles: true, composed: true };

/** What `sx-load` reports: how many records of each resource arrived, and what was wrong. */
export interface SxLoadDetail {
  /** Records per loaded resource, e.g. `{ events: 120 }` (the edition counts as 1). */
  counts: Record<string, number>;
  /** Records dropped or repaired while validating (empty when the feed is clean). */
  issues: FeedIssue[];
  /** True when the network failed and a last good copy is shown. */
  stale: boolean;
  /** When the shown copy was fetched (undefined for the embedded edition). */
  fetchedAt: Date | undefined;
}

/** The widget's data arrived (from the network, a cache or the embedded edition). */
export class SxLoadEvent extends Event {
  static readonly eventName = 'sx-load';
  readonly counts: Record<string, number>;
  readonly issues: FeedIssue[];
  readonly stale: boolean;
  readonly fetchedAt: Date | undefined;

  constructor(detail: SxLoadDetail) {
    super(SxLoadEvent.eventName, SX_EVENT_INIT);
    this.counts = detail.counts;
    this.issues = detail.issues;
    this.stale = detail.stale;
    this.fetchedAt = detail.fetchedAt;
  }
}

/** The widget could not load its data; it shows an error state with a retry button. */
export class SxErrorEvent extends Event {
  static readonly eventName = 'sx-error';
  /** Usually a `FeedError` subclass (`FeedHttpError`, `FeedTimeoutError`…). */
  readonly error: unknown;

  constructor(error: unknown) {
    super(SxErrorEvent.eventName, SX_EVENT_INIT);
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-load': SxLoadEvent;
    'sx-error': SxErrorEvent;
  }
}
