import { tzOffset } from '@date-fns/tz/tzOffset';
import { formatEventTime } from './format.js';
import { toInstant } from './to-instant.js';
import type { Lang } from './lang.js';
import { utcOffsetLabel } from './zone-label.js';

/**
 * The visitor's own IANA time zone, as the platform reports it; `UTC` where it cannot tell
 * (safe to call in Node, where it follows `TZ`).
 */
export function visitorTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface LocalTimeHintOptions {
  /** @default 'zh-CN' */
  lang?: Lang;
  /** The zone the programme is shown in. */
  editionZone: string;
  /** The visitor's zone. @default visitorTimeZone() */
  visitorZone?: string;
}

/**
 * The event's time on the visitor's own clock, with its UTC offset, for a line under the
 * edition-zone time: `Fri 30 May, 08:00–10:00 (UTC+2)`. `undefined` when both clocks read the same
 * at the start and the end (same zone, or another zone with the same offset then): nothing to add.
 */
export function localTimeHint(
  start: Date | string | number,
  end: Date | string | number,
  options: LocalTimeHintOptions,
): string | undefined {
  const { lang = 'zh-CN', editionZone } = options;
  const visitorZone = options.visitorZone ?? visitorTimeZone();
  const from = toInstant(start);
  const to = toInstant(end);
  const sameClock = (at: Date) => tzOffset(editionZone, at) === tzOffset(visitorZone, at);
  if (visitorZone === editionZone || (sameClock(from) && sameClock(to))) return undefined;
  const text = formatEventTime(from, to, { lang, timeZone: visitorZone });
  const offset = utcOffsetLabel(visitorZone, from);
  return lang === 'en' ? `${text} (${offset})` : `${text}(${offset})`;
}
