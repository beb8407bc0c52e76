import type { DivisionCode, IsoDate } from '../feed/types.js';

/** When an event or opening takes place relative to an instant. */
export type TimeStatus = 'upcoming' | 'ongoing' | 'ended';

/** Where the week is relative to an instant. */
export type EditionPhase = 'before' | 'during' | 'after';

export interface EventQuery {
  city?: DivisionCode | DivisionCode[];
  topic?: string | string[];
  audience?: string | string[];
  category?: string | string[];
  /** First day (inclusive), in the edition's zone; or an instant. */
  from?: IsoDate | Date;
  /** Last day (inclusive), in the edition's zone; or an instant. */
  to?: IsoDate | Date;
  free?: boolean;
  /** true: only events that need registration; false: only those that do not. */
  registration?: boolean;
  /** 'online' | 'onsite' */
  mode?: 'online' | 'onsite';
  /** Substring over title, summary, venue and organiser; case- and width-insensitive. */
  text?: string;
  /** With `now`: drop events that have ended. */
  hidePast?: boolean;
  now?: Date;
  /** Paging over the sorted result. */
  offset?: number;
  limit?: number;
}

export interface LabQuery {
  city?: DivisionCode | DivisionCode[];
  kind?: string | string[];
  topic?: string | string[];
  /** Open at this instant. */
  openAt?: Date;
  /** Open at some time on this day (edition zone). */
  openOn?: IsoDate;
  /** Sort by distance (km, great-circle) from this WGS84 point. */
  near?: { lat: number; lng: number };
}

export interface StoryQuery {
  id?: string;
  topic?: string | string[];
  honour?: string | string[];
  spirit?: string | string[];
}
