/** How long is left until an instant, split the way a countdown shows it. No time zone needed. */

export interface TimeRemaining {
  /** Milliseconds left, never negative. */
  totalMs: number;
  /** Whole 24-hour periods (not calendar days, so no zone is needed). */
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** How long from `now` until `target`, split for a countdown; all zero once it has passed. */
export function timeRemaining(target: Date, now: Date = new Date()): TimeRemaining {
  const totalMs = Math.max(0, target.getTime() - now.getTime()) || 0;
  const totalSeconds = Math.floor(totalMs / 1000);
  return {
    totalMs,
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor(totalSeconds / 3_600) % 24,
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
}
