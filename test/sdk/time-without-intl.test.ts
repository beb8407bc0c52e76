// The first render's date words are computed without Intl (src/time/intl.ts): the first
// Intl.DateTimeFormat of a page costs ~100 ms of a phone's main thread. Here they are compared
// with what the platform's Intl says, for every month and weekday, in zones with and without
// daylight saving, so an ICU that changes a word (CLDR once turned en-GB "Sep" into "Sept") or a
// zone rule fails here. Run under several zones: `TZ=Asia/Shanghai` and `TZ=America/Los_Angeles`.
import { expect } from 'chai';
import { clockReadsAs } from '../../src/time/clock-reads-as.js';
import { monthName } from '../../src/time/date-range.js';
import { zonedParts, type ZonedParts } from '../../src/time/intl.js';
import type { Lang } from '../../src/time/lang.js';
import { visitorTimeZone } from '../../src/time/visitor.js';
import { zonedDayKey } from '../../src/time/zoned.js';

const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];
const LOCALE: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** What the platform's Intl shows (the way src/time/intl.ts did before). */
function intlParts(instant: Date, lang: Lang, timeZone: string): ZonedParts {
  const formatter = new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone,
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  });
  const parts: ZonedParts = { year: '', month: '', day: '', weekday: '', hour: '', minute: '' };
  for (const { type, value } of formatter.formatToParts(instant)) {
    if (type in parts) parts[type as keyof ZonedParts] = value;
  }
  if (parts.hour === '24') parts.hour = '00';
  return parts;
}

describe('time: date words without Intl', () => {
  it('match the platform’s Intl in every month, weekday and zone, both languages', () => {
    // Every 31 h 7 min through 2024–2026: every hour of the day, weekday and month comes round,
    // and the daylight-saving changes of the zones above fall between samples.
    const step = (31 * 60 + 7) * 60_000;
    let checked = 0;
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2027, 0, 1); ms += step) {
      const instant = new Date(ms);
      for (const zone of ZONES) {
        for (const lang of ['zh-CN', 'en'] as const) {
          const ours = zonedParts(instant, lang, zone);
          const theirs = intlParts(instant, lang, zone);
          if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
            expect(ours, `${instant.toISOString()} in ${zone}, ${lang}`).to.deep.equal(theirs);
          }
          checked += 1;
        }
      }
    }
    expect(checked).to.be.greaterThan(10_000);
  });

  it('show the wall clock on both sides of a daylight-saving change', () => {
    // Los Angeles moved from UTC−8 to UTC−7 at 10:00 UTC on 9 March 2025.
    expect(zonedParts(new Date('2025-03-09T09:59:00Z'), 'en', 'America/Los_Angeles')).to.include({
      hour: '01',
      minute: '59',
    });
    expect(zonedParts(new Date('2025-03-09T10:00:00Z'), 'en', 'America/Los_Angeles')).to.include({
      hour: '03',
      minute: '00',
    });
    expect(zonedParts(new Date('2025-05-30T16:00:00Z'), 'zh-CN', 'Asia/Shanghai')).to.deep.equal({
      year: '2025',
      month: '5',
      day: '31',
      weekday: '周六',
      hour: '00',
      minute: '00',
    });
  });

  it('name every month in full as Intl does (date ranges)', () => {
    const long = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });
    for (let month = 1; month <= 12; month += 1) {
      expect(monthName(month, 'en')).to.equal(long.format(new Date(Date.UTC(2025, month - 1, 1))));
      expect(monthName(month, 'zh-CN')).to.equal(`${month}月`);
    }
  });

  it('refuse an unknown zone, as Intl does', () => {
    expect(() => zonedParts(new Date(0), 'en', 'Mars/Olympus')).to.throw(RangeError);
  });

  it('give the same calendar days as before for the edition’s zone', () => {
    expect(zonedDayKey('2025-05-30T23:30:00+08:00', 'Asia/Shanghai')).to.equal('2025-05-30');
    expect(zonedDayKey('2025-05-30T16:00:00Z', 'Asia/Shanghai')).to.equal('2025-05-31');
  });
});

describe('time: the visitor’s clock without Intl', () => {
  const week = ['2025-05-24', '2025-05-31'] as const;

  it('reads as the visitor’s own zone, whatever the machine’s zone', () => {
    expect(clockReadsAs(visitorTimeZone(), ...week)).to.equal(true);
    // A week across Los Angeles' change to summer time, and one across London's.
    expect(clockReadsAs(visitorTimeZone(), '2025-03-05', '2025-03-12')).to.equal(true);
    expect(clockReadsAs(visitorTimeZone(), '2025-10-22', '2025-10-29')).to.equal(true);
  });

  it('does not read as a zone whose clock differs on one of the days', () => {
    // UTC+14: no machine running these tests is there.
    expect(clockReadsAs('Pacific/Kiritimati', ...week)).to.equal(false);
    const zone = visitorTimeZone();
    // The visitor's clock and Shanghai's agree in Shanghai (or another UTC+8 zone) only.
    const shanghaiLike = new Date('2025-05-24T12:00:00Z').getTimezoneOffset() === -480;
    expect(clockReadsAs('Asia/Shanghai', ...week), zone).to.equal(shanghaiLike);
    // Los Angeles' clock agrees before its change and not after it (unless the machine is there).
    if (zone !== 'America/Los_Angeles') {
      expect(clockReadsAs('America/Los_Angeles', '2025-03-05', '2025-03-12')).to.equal(false);
    }
  });

  it('answers no for a day that is not a date', () => {
    expect(clockReadsAs(visitorTimeZone(), 'soon' as never, '2025-05-24')).to.equal(false);
  });
});
