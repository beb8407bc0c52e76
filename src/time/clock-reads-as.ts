/**
 * Whether the visitor's clock is the edition's, answered without Intl: its own module, so that a
 * widget page takes this check and not the visitor-zone lookup the SDK also exports.
 */
import type { IsoDate } from '../feed/types.js';
import { offsetAt } from '../feed/zone-offset.js';

/**
 * True when the visitor's clock reads as `timeZone`'s on its days `first`…`last` (a visitor in
 * 北京时间 looking at a Shanxi programme: nearly everyone), so that the visitor's zone by name, and
 * local times, are not needed. Told by `Date#getTimezoneOffset`, which costs nothing, and the
 * zone's offset, without Intl for the edition's fixed-offset zone (src/feed/zone-offset.ts):
 * asking Intl for the visitor's zone name (`visitorTimeZone`) loads ICU's data, ~100 ms of a
 * phone's main thread (CPU 4×), which was the longest piece of `<sx-events>`' first render.
 * Both ends are probed (noon UTC): a zone's offset changes at most twice a year, months apart, so
 * two clocks that agree at both ends of a week (or a month) agree all through it.
 */
export const clockReadsAs = (timeZone: string, first: IsoDate, last: IsoDate): boolean =>
  [first, last].every((day) => {
    const ms = Date.parse(`${day}T12:00:00Z`);
    return -new Date(ms).getTimezoneOffset() === offsetAt(ms, timeZone);
  });
