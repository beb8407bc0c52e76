// Run under several zones: `TZ=Asia/Shanghai npx mocha test/sdk/time.test.ts` and
// `TZ=America/Los_Angeles npx mocha test/sdk/time.test.ts`. Nothing may depend on the machine's zone.
import { expect } from 'chai';
import { formatDateRange, formatDay, formatEventTime, formatTime } from '../../src/time/format.js';
import { parseInstant } from '../../src/time/instant.js';
import { toLang } from '../../src/time/lang.js';
import { localTimeHint, visitorTimeZone } from '../../src/time/visitor.js';
import { utcOffsetLabel, zoneLabel } from '../../src/time/zone-label.js';
import {
  addZonedDays,
  endOfZonedDay,
  startOfZonedDay,
  zonedDayKey,
  zonedWeekday,
} from '../../src/time/zoned.js';

const SHANGHAI = 'Asia/Shanghai';
const LOS_ANGELES = 'America/Los_Angeles';
const iso = (date: Date | undefined) => date?.toISOString();

describe('time: parseInstant', () => {
  it('reads a wall-clock time without offset in the given zone', () => {
    expect(iso(parseInstant('2025-05-30T14:00', SHANGHAI))).to.equal('2025-05-30T06:00:00.000Z');
    expect(iso(parseInstant('2025-05-30T14:00:00', LOS_ANGELES))).to.equal(
      '2025-05-30T21:00:00.000Z',
    );
  });

  it('reads a bare date as 00:00 in the zone', () => {
    expect(iso(parseInstant('2025-05-24', SHANGHAI))).to.equal('2025-05-23T16:00:00.000Z');
  });

  it('keeps an explicit offset whatever the zone', () => {
    for (const zone of [SHANGHAI, LOS_ANGELES]) {
      expect(iso(parseInstant('2025-05-30T14:00:00+08:00', zone))).to.equal(
        '2025-05-30T06:00:00.000Z',
      );
      expect(iso(parseInstant('2025-05-30T06:00:00Z', zone))).to.equal('2025-05-30T06:00:00.000Z');
      expect(iso(parseInstant('2025-05-30T14:00:00.250+0800', zone))).to.equal(
        '2025-05-30T06:00:00.250Z',
      );
    }
  });

  it('rejects text that is not a date, and dates that do not exist', () => {
    for (const bad of [
      '',
      'tomorrow',
      '2025-5-30',
      '2025-02-30',
      '2025-13-01',
      '2025-05-30T25:00',
    ]) {
      expect(parseInstant(bad, SHANGHAI), bad).to.equal(undefined);
    }
  });

  it('reads wall-clock times across a daylight-saving change by the zone rules of that day', () => {
    // Los Angeles: PST (UTC-8) in January, PDT (UTC-7) in July.
    expect(iso(parseInstant('2025-01-15T09:00', LOS_ANGELES))).to.equal('2025-01-15T17:00:00.000Z');
    expect(iso(parseInstant('2025-07-15T09:00', LOS_ANGELES))).to.equal('2025-07-15T16:00:00.000Z');
  });
});

describe('time: zoned days', () => {
  // 00:30 on 30 May in Shanghai is still 29 May in UTC and in Los Angeles.
  const lateNight = new Date('2025-05-29T16:30:00Z');

  it('names the day an instant falls on in the zone, not on the machine', () => {
    expect(zonedDayKey(lateNight, SHANGHAI)).to.equal('2025-05-30');
    expect(zonedDayKey(lateNight, LOS_ANGELES)).to.equal('2025-05-29');
    expect(zonedDayKey('2025-05-29T16:30:00Z', 'UTC')).to.equal('2025-05-29');
  });

  it('gives the day of the week in the zone', () => {
    expect(zonedWeekday(lateNight, SHANGHAI)).to.equal(5); // Friday
    expect(zonedWeekday(lateNight, LOS_ANGELES)).to.equal(4); // Thursday
  });

  it('finds the start and end of a zoned day', () => {
    expect(iso(startOfZonedDay(lateNight, SHANGHAI))).to.equal('2025-05-29T16:00:00.000Z');
    expect(iso(startOfZonedDay('2025-05-30', SHANGHAI))).to.equal('2025-05-29T16:00:00.000Z');
    expect(iso(endOfZonedDay('2025-05-30', SHANGHAI))).to.equal('2025-05-30T16:00:00.000Z');
    expect(iso(startOfZonedDay(lateNight, LOS_ANGELES))).to.equal('2025-05-29T07:00:00.000Z');
  });

  it('adds calendar days keeping the wall-clock time over a daylight-saving change', () => {
    // 12:00 PST on 8 March 2025; the clocks go forward on 9 March.
    const noon = new Date('2025-03-08T20:00:00Z');
    expect(iso(addZonedDays(noon, 1, LOS_ANGELES))).to.equal('2025-03-09T19:00:00.000Z');
    expect(iso(addZonedDays(noon, 1, SHANGHAI))).to.equal('2025-03-09T20:00:00.000Z');
    // The day of 9 March in Los Angeles is only 23 hours long.
    const hours =
      (endOfZonedDay('2025-03-09', LOS_ANGELES).getTime() -
        startOfZonedDay('2025-03-09', LOS_ANGELES).getTime()) /
      3_600_000;
    expect(hours).to.equal(23);
  });
});

it('starts and ends days where the clocks change at midnight', () => {
  // Santiago skipped 00:00–01:00 on 8 September 2019 (UTC-4 → UTC-3): that day starts at 01:00,
  // and it ends at 00:00 UTC-3 on the 9th, not at 01:00.
  expect(iso(startOfZonedDay('2019-09-08', 'America/Santiago'))).to.equal(
    '2019-09-08T04:00:00.000Z',
  );
  expect(iso(endOfZonedDay(new Date('2019-09-08T15:00:00Z'), 'America/Santiago'))).to.equal(
    '2019-09-09T03:00:00.000Z',
  );
  // Havana lived 00:00–01:00 twice on 3 November 2019 (UTC-4 → UTC-5): the day starts at the
  // first midnight, whether it is asked by an instant of that day or by its date.
  for (const value of [new Date('2019-11-03T18:00:00Z'), '2019-11-03']) {
    expect(iso(startOfZonedDay(value, 'America/Havana'))).to.equal('2019-11-03T04:00:00.000Z');
  }
});

describe('time: formatting', () => {
  const start = '2025-05-30T14:00:00+08:00';
  const end = '2025-05-30T16:00:00+08:00';

  it('shows an event on one day once, in Chinese and English', () => {
    expect(formatEventTime(start, end, { lang: 'zh-CN', timeZone: SHANGHAI })).to.equal(
      '5月30日 周五 14:00–16:00',
    );
    expect(formatEventTime(start, end, { lang: 'en', timeZone: SHANGHAI })).to.equal(
      'Fri 30 May, 14:00–16:00',
    );
  });

  it('defaults to Chinese', () => {
    expect(formatEventTime(start, end, { timeZone: SHANGHAI })).to.equal(
      '5月30日 周五 14:00–16:00',
    );
  });

  it('shows both days of an event that runs overnight', () => {
    const nextNoon = '2025-05-31T12:00:00+08:00';
    expect(formatEventTime(start, nextNoon, { lang: 'zh-CN', timeZone: SHANGHAI })).to.equal(
      '5月30日 周五 14:00 – 5月31日 周六 12:00',
    );
    expect(formatEventTime(start, nextNoon, { lang: 'en', timeZone: SHANGHAI })).to.equal(
      'Fri 30 May, 14:00 – Sat 31 May, 12:00',
    );
  });

  it('ends an event at 24:00 rather than at 00:00 the next day', () => {
    expect(
      formatEventTime(start, '2025-05-31T00:00:00+08:00', { lang: 'zh-CN', timeZone: SHANGHAI }),
    ).to.equal('5月30日 周五 14:00–24:00');
  });

  it('shows the same instants on another zone’s clock when asked', () => {
    expect(formatEventTime(start, end, { lang: 'en', timeZone: LOS_ANGELES })).to.equal(
      'Thu 29 May, 23:00 – Fri 30 May, 01:00',
    );
  });

  it('formats a day and a time', () => {
    expect(formatDay('2025-05-30', { lang: 'zh-CN', timeZone: SHANGHAI })).to.equal('5月30日 周五');
    expect(formatDay('2025-05-30', { lang: 'en', timeZone: SHANGHAI, year: true })).to.equal(
      'Fri 30 May 2025',
    );
    expect(formatDay(start, { lang: 'zh-CN', timeZone: SHANGHAI, year: true })).to.equal(
      '2025年5月30日 周五',
    );
    expect(formatTime('2025-05-30T01:05:00+08:00', { timeZone: SHANGHAI })).to.equal('01:05');
    expect(formatTime('2025-05-29T16:00:00Z', { timeZone: SHANGHAI })).to.equal('00:00');
  });

  it('formats an edition’s dates', () => {
    expect(formatDateRange('2025-05-24', '2025-06-08', 'zh-CN')).to.equal('2025年5月24日至6月8日');
    expect(formatDateRange('2025-05-24', '2025-05-31', 'zh-CN')).to.equal('2025年5月24日至31日');
    expect(formatDateRange('2025-05-24', '2025-05-31', 'en')).to.equal('24–31 May 2025');
    expect(formatDateRange('2025-05-24', '2025-06-08', 'en')).to.equal('24 May – 8 June 2025');
    expect(formatDateRange('2025-12-29', '2026-01-04', 'en')).to.equal(
      '29 December 2025 – 4 January 2026',
    );
    expect(formatDateRange('2025-05-30', '2025-05-30', 'zh-CN')).to.equal('2025年5月30日');
  });

  it('reads any language tag as one of the two languages', () => {
    expect(toLang('en-US')).to.equal('en');
    expect(toLang('zh-Hans-CN')).to.equal('zh-CN');
    expect(toLang(undefined)).to.equal('zh-CN');
  });
});

describe('time: zone names and the visitor’s clock', () => {
  const summer = new Date('2025-05-30T06:00:00Z');

  it('calls China’s zone 北京时间 in Chinese and names it with its offset in English', () => {
    expect(zoneLabel(SHANGHAI, 'zh-CN', summer)).to.equal('北京时间');
    expect(zoneLabel(SHANGHAI, 'en', summer)).to.equal('China Standard Time (UTC+8)');
  });

  it('gives the offset in force at the instant', () => {
    expect(utcOffsetLabel(LOS_ANGELES, summer)).to.equal('UTC-7');
    expect(utcOffsetLabel(LOS_ANGELES, new Date('2025-01-15T00:00:00Z'))).to.equal('UTC-8');
    expect(utcOffsetLabel('Asia/Kolkata', summer)).to.equal('UTC+5:30');
    expect(utcOffsetLabel('UTC', summer)).to.equal('UTC');
    expect(zoneLabel(LOS_ANGELES, 'en', summer)).to.match(/^Pacific Daylight Time \(UTC-7\)$/);
  });

  it('adds the visitor’s own time only when their clock reads differently', () => {
    const start = '2025-05-30T14:00:00+08:00';
    const end = '2025-05-30T16:00:00+08:00';
    expect(
      localTimeHint(start, end, { lang: 'en', editionZone: SHANGHAI, visitorZone: LOS_ANGELES }),
    ).to.equal('Thu 29 May, 23:00 – Fri 30 May, 01:00 (UTC-7)');
    expect(
      localTimeHint(start, end, {
        lang: 'zh-CN',
        editionZone: SHANGHAI,
        visitorZone: 'Europe/Berlin',
      }),
    ).to.equal('5月30日 周五 08:00–10:00(UTC+2)');
    expect(localTimeHint(start, end, { editionZone: SHANGHAI, visitorZone: SHANGHAI })).to.equal(
      undefined,
    );
    // Another zone whose clocks agree at that instant has nothing to add either.
    expect(
      localTimeHint(start, end, { editionZone: SHANGHAI, visitorZone: 'Asia/Singapore' }),
    ).to.equal(undefined);
  });

  it('reports the platform’s zone for the visitor (TZ in Node)', () => {
    const zone = visitorTimeZone();
    expect(zone).to.be.a('string').and.not.equal('');
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env;
    if (env?.TZ) expect(zone).to.equal(env.TZ);
  });
});
