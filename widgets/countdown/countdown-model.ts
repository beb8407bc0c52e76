/**
 * What a countdown shows at an instant: which phase, what it counts to, how long is left. Pure
 * functions of the edition, the attributes and the time, so every phase is testable without a
 * browser. Every value is computed from absolute instants (never by decrementing a counter), and
 * only the day number depends on a time zone: the edition's, never the visitor's.
 */
import type { Edition, SxEvent } from '../../src/feed/types.js';
import {
  editionDayNumber,
  milestoneInstant,
  timeRemaining,
  type TimeRemaining,
} from '../../src/query/edition.js';

export type CountdownPhase = 'before' | 'during' | 'after';

/** What the `to` / `event` attributes ask for. */
export type CountdownTarget =
  /** The week: to the opening, then to the close (`to="end"`: to the close from the start). */
  | { kind: 'week'; toEnd: boolean; start: Date; end: Date; day: (now: Date) => number | undefined }
  /** A milestone of the edition other than the opening and the close. */
  | { kind: 'milestone'; id: string; instant: Date }
  /** Any instant. */
  | { kind: 'instant'; instant: Date }
  /** One event of the programme: to its start, then to its end. */
  | { kind: 'event'; event: SxEvent; start: Date; end: Date };

/** What the countdown is counting to right now. */
export type Subject = 'start' | 'end' | 'milestone' | 'instant' | 'event-start' | 'event-end';

export interface CountdownState {
  phase: CountdownPhase;
  /** What the numbers count to; undefined once there is nothing left to count to. */
  subject: Subject | undefined;
  /** The instant counted to. */
  target: Date | undefined;
  /** Left until `target`, in whole seconds of the visitor's clock (all zero without a target). */
  left: TimeRemaining;
  /** 第 N 天 while the week runs (week target only). */
  day: number | undefined;
}

/** Reads an ISO 8601 instant, without an offset in `timeZone` (`parseInstant`). */
export type InstantReader = (value: string, timeZone: string) => Date | undefined;

/** The week's own names in `to` (as is leaving `to` out). */
const WEEK = ['start', 'end'];

/**
 * Whether reading `to` needs the instant reader: it names neither the week nor a milestone of the
 * edition (the reader is downloaded only then).
 */
export function needsInstantReader(to: string | undefined, edition: Edition): boolean {
  const value = to?.trim();
  return !!value && !WEEK.includes(value) && !milestoneInstant(edition, value);
}

/**
 * Reads `to`: `start` / `end` / nothing (the week), a milestone id of the edition, or an ISO 8601
 * instant (without an offset it is read in the edition's zone) with `readInstant`. `undefined`
 * when `to` is none of these (or is an instant and no reader is given): the caller warns and
 * counts to the week.
 */
export function readTarget(
  to: string | undefined,
  edition: Edition,
  readInstant?: InstantReader,
): CountdownTarget | undefined {
  const value = to?.trim();
  if (!value || WEEK.includes(value)) {
    return {
      kind: 'week',
      toEnd: value === 'end',
      start: milestoneInstant(edition, 'start')!,
      end: milestoneInstant(edition, 'end')!,
      day: dayCounter(edition),
    };
  }
  const milestone = milestoneInstant(edition, value);
  if (milestone) return { kind: 'milestone', id: value, instant: milestone };
  const instant = readInstant?.(value, edition.timeZone);
  return instant ? { kind: 'instant', instant } : undefined;
}

/** Counts to `event`: to its start, then to its end. */
export function eventTarget(event: SxEvent): CountdownTarget {
  return { kind: 'event', event, start: new Date(event.start), end: new Date(event.end) };
}

/**
 * 第 N 天 at an instant, remembered for the minute: fifty countdowns ticking every second ask
 * the time-zone arithmetic once a minute, not fifty times a second. The close may be a second
 * before midnight (23:59:59), when it is still the last day.
 */
function dayCounter(edition: Edition): (now: Date) => number | undefined {
  let minute = NaN;
  let day: number | undefined;
  return (now) => {
    const m = Math.floor(now.getTime() / 60_000);
    if (m !== minute) {
      minute = m;
      day =
        editionDayNumber(edition, now) ?? editionDayNumber(edition, new Date(now.getTime() - 1000));
    }
    return day;
  };
}

const NOTHING_LEFT = timeRemaining(new Date(0), new Date(0));

/**
 * The state at `now`. The remaining time is counted from the start of the second the visitor's
 * clock shows, so a tick that fires a few milliseconds late still shows the whole second, and
 * zero is only ever shown at the target itself.
 */
export function countdownState(target: CountdownTarget, now: Date): CountdownState {
  const t = now.getTime();
  const state = (
    phase: CountdownPhase,
    subject?: Subject,
    instant?: Date,
    day?: number,
  ): CountdownState => ({
    phase,
    subject,
    target: instant,
    left: instant ? timeRemaining(instant, new Date(Math.floor(t / 1000) * 1000)) : NOTHING_LEFT,
    day,
  });

  switch (target.kind) {
    case 'week': {
      const { start, end } = target;
      if (t < start.getTime()) {
        return target.toEnd ? state('before', 'end', end) : state('before', 'start', start);
      }
      return t < end.getTime() ? state('during', 'end', end, target.day(now)) : state('after');
    }
    case 'milestone':
    case 'instant':
      return t < target.instant.getTime()
        ? state('before', target.kind, target.instant)
        : state('after');
    case 'event': {
      const { start, end } = target;
      if (t < start.getTime()) return state('before', 'event-start', start);
      if (t < end.getTime()) return state('during', 'event-end', end);
      return state('after');
    }
  }
}

/** A key that changes exactly when the countdown moves to another phase or target. */
export function phaseKey(state: CountdownState): string {
  return `${state.phase}|${state.subject ?? ''}|${state.target?.getTime() ?? ''}`;
}
