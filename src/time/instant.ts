import { isIsoDate, normaliseInstant } from '../feed/instant.js';

// Apart (and re-exported) so that code formatting feed times does not download the reader below.
export { instantMs, toInstant } from './to-instant.js';

/**
 * Reads an ISO 8601 date or date-time. With an offset (`Z`, `+08:00`, `+0800`) the instant is
 * exact; without one the wall-clock time is read in `timeZone` (a bare date means its 00:00 there).
 * The same reader as the feed's validation, so a time the feed accepts reads the same everywhere.
 *
 * @returns `undefined` when the text is not such a date or names an impossible one (`2025-02-30`).
 * @example parseInstant('2025-05-30T14:00', 'Asia/Shanghai') // 2025-05-30T06:00:00.000Z
 */
export function parseInstant(value: string, timeZone: string): Date | undefined {
  const text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const iso = normaliseInstant(isIsoDate(text) ? `${text}T00:00` : text, timeZone);
  return iso === undefined ? undefined : new Date(iso);
}
