import type { FeedResult } from '../../src/client/types.js';

/** Everything the clock correction is computed from. */
export interface OffsetInput {
  result: Pick<FeedResult<unknown>, 'serverDate' | 'fetchedAt'> | undefined;
  syncClock: boolean;
  src: string | undefined;
}

/** Below this, a difference is the Date header's rounding and the trip, not a wrong clock. */
const TOLERANCE_MS = 2000;

/**
 * How far the visitor's clock is behind the feed server's (negative: ahead), in whole seconds,
 * from the response's `Date` header and the visitor's time when it arrived; 0 when the result
 * has no server date (the embedded edition) or the clocks agree.
 *
 * `Date` has whole seconds and is written as the response starts, about half a second before
 * a truncated value's true middle: half a second is added back. Whole seconds keep the corrected
 * countdown flipping on the shared clock's second boundaries.
 */
export function clockOffset(result: Pick<FeedResult<unknown>, 'serverDate' | 'fetchedAt'>): number {
  const { serverDate, fetchedAt } = result;
  if (!serverDate || !fetchedAt) return 0;
  const difference = serverDate.getTime() + 500 - fetchedAt.getTime();
  return Math.abs(difference) < TOLERANCE_MS ? 0 : Math.round(difference / 1000) * 1000;
}
