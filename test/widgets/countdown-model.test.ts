import { expect } from '@open-wc/testing';
import { parseInstant } from '../../src/time/instant.js';
import { clockOffset } from '../../widgets/countdown/clock-offset.js';
import {
  countdownState,
  eventTarget,
  needsInstantReader,
  readTarget,
} from '../../widgets/countdown/countdown-model.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const at = (iso: string) => new Date(iso);

describe('countdown model', () => {
  const edition = testEdition();

  it('reads `to`: the week, a milestone, an instant (edition zone without an offset), or nothing', () => {
    expect(readTarget(undefined, edition)).to.include({ kind: 'week', toEnd: false });
    expect(readTarget('end', edition)).to.include({ kind: 'week', toEnd: true });
    const workers = readTarget('workers-day', edition);
    expect(workers).to.deep.include({ kind: 'milestone', id: 'workers-day' });
    expect(readTarget(' 2025-05-30T14:00 ', edition, parseInstant)).to.deep.equal({
      kind: 'instant',
      instant: at('2025-05-30T06:00:00Z'),
    });
    expect(readTarget('soon', edition, parseInstant)).to.equal(undefined);
    expect(readTarget('2025-02-30T10:00', edition, parseInstant)).to.equal(undefined);
  });

  it('needs the instant reader only for a `to` that names neither the week nor a milestone', () => {
    for (const to of [undefined, '', ' start ', 'end', 'workers-day', 'report-deadline']) {
      expect(needsInstantReader(to, edition), String(to)).to.equal(false);
    }
    expect(needsInstantReader('2025-05-30T14:00', edition)).to.equal(true);
    expect(needsInstantReader('soon', edition)).to.equal(true);
    // Without the reader an instant is not read (the widget downloads the reader first).
    expect(readTarget('2025-05-30T14:00', edition)).to.equal(undefined);
  });

  it('the week: before, during (day N, to the close), after', () => {
    const week = readTarget(undefined, edition)!;
    const before = countdownState(week, at('2025-05-23T23:59:59.500+08:00'));
    expect(before).to.deep.include({ phase: 'before', subject: 'start', day: undefined });
    expect(before.left).to.deep.include({ days: 0, hours: 0, minutes: 0, seconds: 1 });
    const first = countdownState(week, at('2025-05-24T00:00:00+08:00'));
    expect(first).to.deep.include({ phase: 'during', subject: 'end', day: 1 });
    // The fixture's close is 23:59:59 on the last day (8 June), the 16th day.
    const last = countdownState(week, at('2025-06-08T23:59:58+08:00'));
    expect(last).to.deep.include({ phase: 'during', day: 16 });
    expect(last.left.totalMs).to.equal(1000);
    const after = countdownState(week, at('2025-06-08T23:59:59+08:00'));
    expect(after).to.deep.include({ phase: 'after', subject: undefined, target: undefined });
    expect(after.left.totalMs).to.equal(0);
  });

  it('an event: to its start, then to its end, then over', () => {
    const target = eventTarget(testEvent());
    expect(countdownState(target, at('2025-05-30T13:00:00+08:00'))).to.deep.include({
      phase: 'before',
      subject: 'event-start',
    });
    expect(countdownState(target, at('2025-05-30T14:00:00+08:00'))).to.deep.include({
      phase: 'during',
      subject: 'event-end',
    });
    expect(countdownState(target, at('2025-05-30T16:00:00+08:00')).phase).to.equal('after');
  });

  it('the same instant gives the same state in any visitor zone (nothing reads the local clock)', () => {
    const week = readTarget(undefined, edition)!;
    const now = at('2025-05-25T23:30:00+08:00');
    expect(countdownState(week, now).day).to.equal(2);
  });
});

describe('clockOffset (sync-clock)', () => {
  const fetchedAt = at('2025-05-30T06:00:00.300Z');

  it('is 0 without a server date (the embedded edition) or when the clocks agree', () => {
    expect(clockOffset({ fetchedAt })).to.equal(0);
    expect(clockOffset({ serverDate: at('2025-05-30T06:00:00Z'), fetchedAt })).to.equal(0);
    expect(clockOffset({ serverDate: at('2025-05-30T05:59:59Z'), fetchedAt })).to.equal(0);
  });

  it("is the whole seconds by which the visitor's clock is behind (or ahead)", () => {
    expect(clockOffset({ serverDate: at('2025-05-30T06:10:00Z'), fetchedAt })).to.equal(600_000);
    expect(clockOffset({ serverDate: at('2025-05-30T05:50:00Z'), fetchedAt })).to.equal(-600_000);
  });
});
