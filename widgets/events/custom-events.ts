/**
 * Events `<sx-events>` fires on a visitor's action (never on a programmatic property set). All
 * bubble and cross the shadow boundary.
 */
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { SX_EVENT_INIT } from '../shared/events.js';
import type { FilterState } from './filter-state.js';

/** The visitor changed a filter (after the search box's debounce). */
export class SxFilterChangeEvent extends Event {
  static readonly eventName = 'sx-filter-change';
  /** The whole filter state after the change. */
  readonly filters: Readonly<FilterState>;
  /** Events matching now. */
  readonly count: number;

  constructor(filters: FilterState, count: number) {
    super(SxFilterChangeEvent.eventName, SX_EVENT_INIT);
    this.filters = { ...filters };
    this.count = count;
  }
}

/** The visitor starred or unstarred an event ("my plan"). */
export class SxEventStarEvent extends Event {
  static readonly eventName = 'sx-event-star';
  readonly event: ProgrammeEvent;
  readonly starred: boolean;
  /** Every starred id after the change. */
  readonly plan: readonly string[];

  constructor(event: ProgrammeEvent, starred: boolean, plan: readonly string[]) {
    super(SxEventStarEvent.eventName, SX_EVENT_INIT);
    this.event = event;
    this.starred = starred;
    this.plan = plan;
  }
}

/**
 * The visitor asked for a calendar file (one event, or the whole plan). Cancelable: call
 * `preventDefault()` to deliver `ics` yourself instead of the browser download.
 */
export class SxCalendarDownloadEvent extends Event {
  static readonly eventName = 'sx-calendar-download';
  readonly events: readonly ProgrammeEvent[];
  /** The iCalendar text (RFC 5545). */
  readonly ics: string;
  readonly filename: string;

  constructor(events: readonly ProgrammeEvent[], ics: string, filename: string) {
    super(SxCalendarDownloadEvent.eventName, { ...SX_EVENT_INIT, cancelable: true });
    this.events = events;
    this.ics = ics;
    this.filename = filename;
  }
}

/** The visitor followed an event's registration link. */
export class SxRegisterEvent extends Event {
  static readonly eventName = 'sx-register';
  readonly event: ProgrammeEvent;
  readonly url: string;

  constructor(event: ProgrammeEvent, url: string) {
    super(SxRegisterEvent.eventName, SX_EVENT_INIT);
    this.event = event;
    this.url = url;
  }
}

/** The visitor opened a venue in a map app. */
export class SxMapOpenEvent extends Event {
  static readonly eventName = 'sx-map-open';
  readonly event: ProgrammeEvent;
  readonly provider: 'amap' | 'baidu';
  readonly url: string;

  constructor(event: ProgrammeEvent, provider: 'amap' | 'baidu', url: string) {
    super(SxMapOpenEvent.eventName, SX_EVENT_INIT);
    this.event = event;
    this.provider = provider;
    this.url = url;
  }
}

/**
 * The visitor shared an event. Cancelable: `preventDefault()` to share it your way instead of
 * the Web Share sheet (or the copied link where there is none).
 */
export class SxShareEvent extends Event {
  static readonly eventName = 'sx-share';
  readonly event: ProgrammeEvent;
  readonly url: string;

  constructor(event: ProgrammeEvent, url: string) {
    super(SxShareEvent.eventName, { ...SX_EVENT_INIT, cancelable: true });
    this.event = event;
    this.url = url;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-filter-change': SxFilterChangeEvent;
    'sx-event-star': SxEventStarEvent;
    'sx-calendar-download': SxCalendarDownloadEvent;
    'sx-register': SxRegisterEvent;
    'sx-map-open': SxMapOpenEvent;
    'sx-share': SxShareEvent;
  }
}
