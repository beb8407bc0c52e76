import { expect } from 'chai';
import {
  editionDayNumber,
  editionPhase,
  milestoneInstant,
  nextMilestone,
  timeRemaining,
} from '../../src/query/edition.js';
import { testEdition } from '../support/fixture-edition.js';

// 24 May to 8 June 2025, Asia/Shanghai.
const edition = testEdition();
const at = (text: string) => new Date(text);

describe('query: edition phase and day', () => {
  it('starts at 00:00 of the first day and ends at 24:00 of the last, in the edition’s zone', () => {
    expect(editionPhase(edition, at('2025-05-23T23:59:59+08:00'))).to.equal('before');
    expect(editionPhase(edition, at('2025-05-24T00:00:00+08:00'))).to.equal('during');
    expect(editionPhase(edition, at('2025-06-08T23:59:59+08:00'))).to.equal('during');
    expect(editionPhase(edition, at('2025-06-09T00:00:00+08:00'))).to.equal('after');
  });

  it('follows the edition’s zone, not UTC', () => {
    // 16:00 UTC on 23 May is already 00:00 on 24 May in Beijing.
    expect(editionPhase(edition, at('2025-05-23T16:00:00Z'))).to.equal('during');
    expect(editionPhase({ ...edition, timeZone: 'UTC' }, at('2025-05-23T16:00:00Z'))).to.equal(
      'before',
    );
  });

  it('numbers the days of the week from 1', () => {
    expect(editionDayNumber(edition, at('2025-05-24T00:00:00+08:00'))).to.equal(1);
    expect(editionDayNumber(edition, at('2025-05-30T23:00:00+08:00'))).to.equal(7);
    expect(editionDayNumber(edition, at('2025-06-08T12:00:00+08:00'))).to.equal(16);
    expect(editionDayNumber(edition, at('2025-05-23T12:00:00+08:00'))).to.equal(undefined);
    expect(editionDayNumber(edition, at('2025-06-09T00:00:00+08:00'))).to.equal(undefined);
  });
});

describe('query: milestones and countdowns', () => {
  it('finds a milestone’s instant, falling back to the edition’s dates', () => {
    expect(milestoneInstant(edition, 'workers-day')?.toISOString()).to.equal(
      '2025-05-29T16:00:00.000Z',
    );
    const bare = testEdition({ milestones: [] });
    expect(milestoneInstant(bare, 'start')?.toISOString()).to.equal('2025-05-23T16:00:00.000Z');
    expect(milestoneInstant(bare, 'end')?.toISOString()).to.equal('2025-06-08T16:00:00.000Z');
    expect(milestoneInstant(bare, 'report-deadline')?.toISOString()).to.equal(
      '2025-06-14T16:00:00.000Z',
    );
    expect(milestoneInstant(bare, 'unknown')).to.equal(undefined);
  });

  it('gives the next milestone still to come', () => {
    expect(nextMilestone(edition, at('2025-05-01T00:00:00+08:00'))?.milestone.id).to.equal('start');
    expect(nextMilestone(edition, at('2025-05-24T00:00:00+08:00'))?.milestone.id).to.equal(
      'workers-day',
    );
    const afterEnd = nextMilestone(edition, at('2025-06-10T00:00:00+08:00'));
    expect(afterEnd?.milestone.id).to.equal('report-deadline');
    expect(afterEnd?.instant.toISOString()).to.equal('2025-06-14T16:00:00.000Z');
    expect(nextMilestone(edition, at('2025-07-01T00:00:00+08:00'))).to.equal(undefined);
  });

  it('splits the time remaining for a countdown and stops at zero', () => {
    const target = at('2025-05-24T00:00:00+08:00');
    expect(timeRemaining(target, at('2025-05-22T21:58:30+08:00'))).to.deep.equal({
      totalMs: ((26 * 60 + 1) * 60 + 30) * 1000,
      days: 1,
      hours: 2,
      minutes: 1,
      seconds: 30,
    });
    // Part of a second left shows as 0 s, not as a second too many.
    expect(timeRemaining(target, at('2025-05-23T23:59:59.500+08:00')).seconds).to.equal(0);
    const zero = { totalMs: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
    expect(timeRemaining(target, target)).to.deep.equal(zero);
    expect(timeRemaining(target, at('2025-06-01T00:00:00+08:00'))).to.deep.equal(zero);
  });
});
