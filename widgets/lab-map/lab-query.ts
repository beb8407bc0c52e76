/** What the map and the list show: the facilities that match, counted per city. */
import type { Edition, IsoDate, Lab, LabOpening } from '../../src/feed/types.js';
import { filterLabs } from '../../src/query/labs.js';
import { addDaysToKey, isIsoDate, zonedDayKey } from '../../src/time/zoned.js';
import { regionCity } from '../shared/region.js';

export interface LabFilters {
  /** City code ('' for every city). */
  city: string;
  kind: string;
  day: IsoDate | '';
  openNow: boolean;
}

export const NO_FILTERS: LabFilters = { city: '', kind: '', day: '', openNow: false };

/** The filters the element's attributes preset (a malformed `date` presets no day). */
export function presetFilters(attrs: {
  city?: string | undefined;
  kind?: string | undefined;
  date?: string | undefined;
  openNow: boolean;
}): LabFilters {
  return {
    city: attrs.city?.trim() ?? '',
    kind: attrs.kind?.trim() ?? '',
    day: attrs.date && isIsoDate(attrs.date) ? attrs.date : '',
    openNow: attrs.openNow,
  };
}

export const DEFAULT_LIMIT = 6;

/** Facilities shown per "page" of the list: `limit` when it is a positive whole number, else 6. */
export function pageSize(limit: number): number {
  return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT;
}

/** `labs` narrowed to a marker's group (by ids, in list order); all of them without a group. */
export function inGroup(labs: Lab[], group: readonly string[] | undefined): Lab[] {
  if (!group) return labs;
  const ids = new Set(group);
  return labs.filter((lab) => ids.has(lab.id));
}

/** The labs matching `filters` (and the `topic` attribute), in feed order. */
export function matchingLabs(
  labs: readonly Lab[],
  filters: LabFilters,
  topics: string[] | undefined,
  edition: Edition,
  now: Date,
): Lab[] {
  return filterLabs(
    labs,
    {
      city: filters.city || undefined,
      kind: filters.kind || undefined,
      topic: topics,
      openOn: filters.day || undefined,
      openAt: filters.openNow ? now : undefined,
    },
    edition,
  );
}

/** How many of `labs` lie in each of the edition's cities (a county's lab counts for its city). */
export function countByCity(labs: readonly Lab[], edition: Edition): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lab of labs) {
    const code = regionCity(edition, lab.city)?.code ?? lab.city;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/**
 * The openings to list: with `day`, that day's (the visitor asked about it); otherwise those a
 * visitor can still attend (under way or to come). Soonest first.
 */
export function listedOpenings(
  lab: Lab,
  now: Date,
  day: IsoDate | '',
  timeZone: string,
): LabOpening[] {
  const t = now.getTime();
  return lab.openings
    .filter((opening) =>
      day
        ? zonedDayKey(opening.start, timeZone) <= day &&
          zonedDayKey(Date.parse(opening.end) - 1, timeZone) >= day
        : Date.parse(opening.end) > t,
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Every day (edition zone) on which at least one lab is open, in order. */
export function openingDays(labs: readonly Lab[], timeZone: string): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const lab of labs) {
    for (const opening of lab.openings) {
      const last = zonedDayKey(Date.parse(opening.end) - 1, timeZone);
      let day = zonedDayKey(opening.start, timeZone);
      for (let guard = 0; day <= last && guard < 62; guard += 1, day = addDaysToKey(day, 1)) {
        days.add(day);
      }
    }
  }
  return [...days].sort();
}
