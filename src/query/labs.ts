import type { Edition, IsoDate, Lab, LabOpening } from '../feed/types.js';
import { ownQuery } from './own-query.js';
import { instantMs } from '../time/to-instant.js';
import { endOfZonedDay, startOfZonedDay } from '../time/zoned.js';
import { anyOf, intersects } from './any-of.js';
import { distanceKm } from './distance.js';
import { inAnyDivision } from './division.js';
import type { LabQuery } from './types.js';

const opensBefore = (opening: LabOpening, ms: number) => Date.parse(opening.start) < ms;
const closesAfter = (opening: LabOpening, ms: number) => Date.parse(opening.end) > ms;

/** True when one of the lab's openings holds `instant` (start inclusive, end exclusive). */
export function labOpenAt(lab: Lab, instant: Date | string): boolean {
  const t = instantMs(instant);
  return lab.openings.some((opening) => Date.parse(opening.start) <= t && closesAfter(opening, t));
}

/** True when the lab is open at some time on `day` (`YYYY-MM-DD` in `timeZone`). */
export function labOpenOn(lab: Lab, day: IsoDate, timeZone: string): boolean {
  const from = startOfZonedDay(day, timeZone).getTime();
  const to = endOfZonedDay(day, timeZone).getTime();
  return lab.openings.some((opening) => opensBefore(opening, to) && closesAfter(opening, from));
}

/**
 * The opening a visitor can still attend: the one under way at `now`, else the next to start.
 * `undefined` when every opening has ended.
 */
export function nextOpening(lab: Lab, now: Date = new Date()): LabOpening | undefined {
  const t = now.getTime();
  let best: LabOpening | undefined;
  for (const opening of lab.openings) {
    if (!closesAfter(opening, t)) continue;
    if (!best || Date.parse(opening.start) < Date.parse(best.start)) best = opening;
  }
  return best;
}

/**
 * The labs that match `query` (lists mean any-of; fields must all match), in feed order, or
 * nearest first when `near` is given. `openOn` reads the day in `edition.timeZone`.
 * @example filterLabs(labs, { kind: 'key-lab', openOn: '2025-05-30', near: here }, edition)
 */
export function filterLabs(
  labs: readonly Lab[],
  asked: LabQuery,
  edition: Pick<Edition, 'timeZone'>,
): Lab[] {
  const query = ownQuery(asked);
  const cities = anyOf(query.city);
  const kinds = anyOf(query.kind);
  const topics = anyOf(query.topic);
  const { openAt, openOn, near } = query;
  const found = labs.filter(
    (lab) =>
      inAnyDivision(cities, lab.city) &&
      (!kinds || kinds.has(lab.kind)) &&
      intersects(topics, lab.topics) &&
      (!openAt || labOpenAt(lab, openAt)) &&
      (!openOn || labOpenOn(lab, openOn, edition.timeZone)),
  );
  if (!near) return found;
  return found
    .map((lab) => ({ lab, km: distanceKm(near, lab.location) }))
    .sort((a, b) => a.km - b.km)
    .map(({ lab }) => lab);
}
