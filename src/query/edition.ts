import type { Edition, Milestone } from '../feed/types.js';
import { daysBetween, endOfZonedDay, startOfZonedDay, zonedDayKey } from '../time/zoned.js';
import type { EditionPhase } from './types.js';

// Its own module, so that a countdown can import it without the zone arithmetic below.
export { timeRemaining, type TimeRemaining } from './time-remaining.js';

type EditionDates = Pick<Edition, 'timeZone' | 'start' | 'end'>;

/** When the week runs: from 00:00 of its first day to 24:00 of its last, in its zone. */
export function editionSpan(edition: EditionDates): { start: Date; end: Date } {
  return {
    start: startOfZonedDay(edition.start, edition.timeZone),
    end: endOfZonedDay(edition.end, edition.timeZone),
  };
}

/** Whether the week is still to come, under way or over at `now`. */
export function editionPhase(edition: EditionDates, now: Date = new Date()): EditionPhase {
  const { start, end } = editionSpan(edition);
  const t = now.getTime();
  if (t < start.getTime()) return 'before';
  return t < end.getTime() ? 'during' : 'after';
}

/** Which day of the week `now` is (1 on the first day: 第1天), or `undefined` outside it. */
export function editionDayNumber(
  edition: EditionDates,
  now: Date = new Date(),
): number | undefined {
  if (editionPhase(edition, now) !== 'during') return undefined;
  return daysBetween(edition.start, zonedDayKey(now, edition.timeZone)) + 1;
}

/**
 * The instant of a milestone of the edition. Without an explicit milestone, `start` and `end` fall
 * back to the edition's dates (00:00 of the first day, 24:00 of the last) and `report-deadline` to
 * `edition.report.deadline`.
 */
export function milestoneInstant(
  edition: Pick<Edition, 'timeZone' | 'start' | 'end' | 'milestones' | 'report'>,
  id: string,
): Date | undefined {
  const milestone = edition.milestones.find((m) => m.id === id);
  if (milestone) return new Date(milestone.instant);
  if (id === 'start') return editionSpan(edition).start;
  if (id === 'end') return editionSpan(edition).end;
  if (id === 'report-deadline' && edition.report) return new Date(edition.report.deadline);
  return undefined;
}

export interface UpcomingMilestone {
  milestone: Milestone;
  instant: Date;
}

/** The edition's next milestone after `now` (the earliest still to come), or `undefined`. */
export function nextMilestone(
  edition: Pick<Edition, 'milestones'>,
  now: Date = new Date(),
): UpcomingMilestone | undefined {
  let next: UpcomingMilestone | undefined;
  for (const milestone of edition.milestones) {
    const instant = new Date(milestone.instant);
    if (!(instant.getTime() > now.getTime())) continue;
    if (!next || instant.getTime() < next.instant.getTime()) next = { milestone, instant };
  }
  return next;
}
