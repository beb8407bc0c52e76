import { expect } from 'chai';
import { isIsoDate, normaliseInstant } from '../../src/feed/instant.js';

describe('normaliseInstant', () => {
  it('keeps an instant already in normal form', () => {
    expect(normaliseInstant('2025-05-30T14:00:00+08:00', 'UTC')).to.equal(
      '2025-05-30T14:00:00+08:00',
    );
    expect(normaliseInstant('2025-05-30T06:00:00.250Z', 'Asia/Shanghai')).to.equal(
      '2025-05-30T06:00:00.250Z',
    );
  });

  it('adds seconds, and reads a time without offset in the given zone', () => {
    expect(normaliseInstant('2025-05-30T14:00+08:00', 'UTC')).to.equal('2025-05-30T14:00:00+08:00');
    expect(normaliseInstant('2025-05-30 14:00', 'Asia/Shanghai')).to.equal(
      '2025-05-30T14:00:00+08:00',
    );
    expect(normaliseInstant('2025-01-15T09:30', 'America/New_York')).to.equal(
      '2025-01-15T09:30:00-05:00',
    );
    expect(normaliseInstant('2025-05-30T14:00', 'Asia/Kathmandu')).to.equal(
      '2025-05-30T14:00:00+05:45',
    );
  });

  it('settles daylight-saving gaps and overlaps', () => {
    // 02:30 does not exist in Berlin on 30 March 2025: read with the offset before the gap.
    expect(normaliseInstant('2025-03-30T02:30', 'Europe/Berlin')).to.equal(
      '2025-03-30T02:30:00+01:00',
    );
    // 02:30 happens twice on 26 October 2025: the first (summer time) wins.
    expect(normaliseInstant('2025-10-26T02:30', 'Europe/Berlin')).to.equal(
      '2025-10-26T02:30:00+02:00',
    );
  });

  it('rejects what is not a real date and time', () => {
    for (const value of [
      '2025-02-29T10:00:00Z',
      '2025-05-30T24:00',
      '2025-05-30T14:60',
      '2025-05-30',
      '2025-05-30T14:00:00+0800',
      '2025-05-30T14:00:00+15:00',
      '0025-05-30T14:00',
      '30/05/2025 14:00',
      '2025-05-30T14:00:00.1234Z',
      '',
    ]) {
      expect(normaliseInstant(value, 'UTC'), value).to.equal(undefined);
    }
  });

  it('knows leap days', () => {
    expect(normaliseInstant('2024-02-29T10:00:00Z', 'UTC')).to.equal('2024-02-29T10:00:00Z');
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2100-02-29')).to.equal(false);
    expect(isIsoDate('2025-13-01')).to.equal(false);
  });
});
