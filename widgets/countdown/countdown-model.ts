/**
 * What a countdown shows at an instant: which phase, what it counts to, how long is left. Pure
 * functions of the edition, the attributes and the time, so every phase is testable without a
 * browser. Every value is computed from absolute instants (never by decrementing a counter), and
 * only the day number depends on a time zone: the edition's, never the visitor's.
 *
 * The SDK's zone arithmetic (`editionSpan`, with `@date-fns/tz`) is not in the first download: the
 * week is read from its `start` and `end` milestones and the day number from the platform's
 * time-zone data (`Intl`). Only an edition without those milestones needs the readers of the
 * dates part (`DateReaders`), as does a `to` naming an instant.
 */
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { timeRemaining, type TimeRemaining } from '../../src/query/time-remaining.js';

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
  | { kind: 'event'; event: ProgrammeEvent; start: Date; end: Date };

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

/** What the dates part brings for reading `to` (see `countdown-dates.ts`). */
export interface DateReaders {
  parseInstant: InstantReader;
  /** When the week runs (00:00 of its first day to 24:00 of its last, in its zone). */
  editionSpan: (edition: Edition) => { start: Date; end: Date };
}

/** The week's own names in `to` (as is leaving `to` out). */
const WEEK = ['start', 'end'];

/** A milestone's instant as the edition gives it (no zone arithmetic), else undefined. */
function milestoneAt(edition: Edition, id: string): Date | undefined {
  const milestone = edition.milestones.find((m) => m.id === id);
  if (milestone) return new Date(milestone.instant);
  return id === 'report-deadline' && edition.report ? new Date(edition.report.deadline) : undefined;
}

/**
 * Whether reading `to` needs the date readers (downloaded only then): it names neither the week
 * nor a milestone of the edition, or it names the week of an edition without `start` and `end`
 * milestones.
 */
export function needsDateReaders(to: string | undefined, edition: Edition): boolean {
  const value = to?.trim();
  return !value || WEEK.includes(value)
    ? !milestoneAt(edition, 'start') || !milestoneAt(edition, 'end')
    : !milestoneAt(edition, value);
}

/**
 * Reads `to`: `start` / `end` / nothing (the week), a milestone id of the edition, or an ISO 8601
 * instant (without an offset it is read in the edition's zone) with `readers`. `undefined` when
 * `to` is none of these, or needs `readers` (`needsDateReaders`) and none are given: the caller
 * waits for them, or warns and counts to the week.
 */
export function readTarget(
  to: string | undefined,
  edition: Edition,
  readers?: DateReaders,
): CountdownTarget | undefined {
  const value = to?.trim();
  if (!value || WEEK.includes(value)) {
    const start = milestoneAt(edition, 'start');
    const end = milestoneAt(edition, 'end');
    const span = start && end ? { start, end } : readers?.editionSpan(edition);
    return span && { kind: 'week', toEnd: value === 'end', ...span, day: dayCounter(edition) };
  }
  const milestone = milestoneAt(edition, value);
  if (milestone) return { kind: 'milestone', id: value, instant: milestone };
  const instant = readers?.parseInstant(value, edition.timeZone);
  return instant ? { kind: 'instant', instant } : undefined;
}

/** Everything the target is resolved from: `to` / `event` read against the loaded data. */
export interface TargetInput {
  data: { edition: Edition; events?: unknown };
  to: string | undefined;
  eventId: string | undefined;
  /** The date readers, once the dates part is here (a `to` that needs them waits). */
  readers: DateReaders | undefined;
}

/** What `to` / `event` resolved to. */
export interface Resolved {
  /** Undefined while `to` waits for the date readers, or when `event` is not in the programme. */
  target: CountdownTarget | undefined;
  /** Reading `to` needs the date readers of the dates part (`needsDateReaders`). */
  needsReaders: boolean;
}

/** Counts to `event`: to its start, then to its end. */
export function eventTarget(event: ProgrammeEvent): CountdownTarget {
  return { kind: 'event', event, start: new Date(event.start), end: new Date(event.end) };
}

const DAY = 86_400_000;

/**
 * 第 N 天 at an instant, remembered for the minute: fifty countdowns ticking every second ask
 * the time-zone arithmetic once a minute, not fifty times a second. The day is the calendar day
 * in the edition's zone (so a day with a clock change still counts as one), kept within the week:
 * the close may be a second before midnight (23:59:59), when it is still the last day. China's
 * zone has kept +08:00 since 1991 (long before any edition), so its day needs no Intl (the page's
 * first Intl object costs ~100 ms of a phone's main thread); other zones get a formatter, made the
 * first time a day is asked.
 */
function dayCounter(edition: Edition): (now: Date) => number | undefined {
  let format: Intl.DateTimeFormat | undefined;
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
  const first = dayOf(edition.start);
  const last = dayOf(edition.end) - first + 1;
  let minute = NaN;
  let day: number | undefined;
  return (now) => {
    const m = Math.floor(+now / 60_000);
    if (m !== minute) {
      minute = m;
      let today = Math.floor((+now + 288e5) / DAY);
      if (edition.timeZone !== 'Asia/Shanghai') {
        // en-US writes a date, by default, as "5/26/2025".
        const [month, date, year] = (format ??= new Intl.DateTimeFormat('en-US', {
          timeZone: edition.timeZone,
        }))
          .format(now)
          .split('/');
        today = Date.UTC(+year!, +month! - 1, +date!) / DAY;
      }
      day = Math.min(Math.max(today - first + 1, 1), last);
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
