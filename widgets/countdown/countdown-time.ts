/**
 * The numbers of a countdown: segments of value and unit, or one `08:14:05` clock. Rendered on
 * every tick, so it builds as few nodes and strings as the format needs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimeRemaining } from '../../src/query/time-remaining.js';
import type { CountdownMessages } from './countdown.messages.js';
import { lastMinute } from './countdown-words.js';

/** `dhms` (days, hours, minutes, seconds), `dhm`, or `days`. */
export type CountdownFormat = 'days' | 'dhm' | 'dhms';

const pad = (n: number) => String(n).padStart(2, '0');

// The templates have no white space between nodes: in the inline layout every node is inline,
// and a stray space would show in the page's line of text.
const segment = (kind: string, value: string, unit: string) =>
  html`<span part="segment segment-${kind}"
    ><span part="value">${value}</span><span part="unit">${unit}</span></span
  >`;

/** The numbers of `left` in `format` (a valid one) and the layout (`card` or a line). */
export function renderTime(
  left: TimeRemaining,
  format: CountdownFormat,
  card: boolean,
  t: CountdownMessages,
): TemplateResult {
  const { days, hours, minutes, seconds } = left;
  // The last minute is told in seconds whatever the format.
  if (format !== 'dhms' && lastMinute(left)) {
    return segment('seconds', String(seconds), t.unit.seconds);
  }
  if (format === 'days' && days > 0) return segment('days', String(days), t.unit.days(days));
  const withSeconds = format === 'dhms';
  if (card) {
    return html`${segment('days', String(days), t.unit.days(days))}${segment(
      'hours',
      pad(hours),
      t.unit.hours,
    )}${segment('minutes', pad(minutes), t.unit.minutes)}${
      withSeconds ? segment('seconds', pad(seconds), t.unit.seconds) : nothing
    }`;
  }
  const dayPart = days > 0 ? segment('days', String(days), t.unit.days(days)) : nothing;
  if (withSeconds) {
    // One text node: a tick changes one string, which the browser lays out again.
    const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
    return html`${dayPart}<span part="clock">${clock}</span>`;
  }
  // In words, leading zero units are left out: "8小时14分钟", "4分钟".
  const hourPart =
    days > 0 || hours > 0 ? segment('hours', String(hours), t.longUnit.hours(hours)) : nothing;
  return html`${dayPart}${hourPart}${segment(
    'minutes',
    String(minutes),
    t.longUnit.minutes(minutes),
  )}`;
}
