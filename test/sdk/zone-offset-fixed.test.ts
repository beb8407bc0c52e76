import { tzOffset } from '@date-fns/tz/tzOffset';
import { expect } from 'chai';
import { normaliseInstant } from '../../src/feed/instant.js';
import { isTimeZone, offsetAt, offsetForWallTime } from '../../src/feed/zone-offset.js';

// zone-offset.ts answers Asia/Shanghai (and UTC) from a fixed offset instead of Intl, for speed.
// The platform's zone data is the reference: the two must agree wherever the shortcut is taken,
// and the shortcut must not be taken where the offset was different (summer time 1986–1991).
const HOUR = 3_600_000;

describe('fixed-offset zones (answered without Intl)', () => {
  it('agree with the platform for every hour of every 7th day, 1990–2060', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'Etc/UTC']) {
      for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2060, 0, 1); ms += 7 * 24 * HOUR + HOUR) {
        const platform = Math.round(tzOffset(zone, new Date(ms)));
        expect(offsetAt(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).to.equal(platform);
        // A wall-clock time: the instant it names has the platform's offset.
        const wall = ms + platform * 60_000;
        expect(
          offsetForWallTime(wall, zone),
          `${zone} wall ${new Date(wall).toISOString()}`,
        ).to.equal(platform);
      }
    }
  });

  it("keeps China's summer time of 1986–1991 (the platform answers there)", () => {
    expect(offsetAt(Date.UTC(1991, 6, 1, 4), 'Asia/Shanghai')).to.equal(540);
    expect(normaliseInstant('1991-07-01T12:00', 'Asia/Shanghai')).to.equal(
      '1991-07-01T12:00:00+09:00',
    );
    expect(normaliseInstant('1991-12-31T23:30', 'Asia/Shanghai')).to.equal(
      '1991-12-31T23:30:00+08:00',
    );
    expect(normaliseInstant('2025-05-30T14:00', 'Asia/Shanghai')).to.equal(
      '2025-05-30T14:00:00+08:00',
    );
  });

  it('still asks the platform about other zones and names', () => {
    expect(isTimeZone('Asia/Shanghai')).to.equal(true);
    expect(isTimeZone('Asia/Shanghia')).to.equal(false);
    expect(offsetAt(Date.UTC(2025, 6, 1), 'Europe/Berlin')).to.equal(120);
    expect(normaliseInstant('2025-01-15T09:30', 'America/New_York')).to.equal(
      '2025-01-15T09:30:00-05:00',
    );
  });
});
