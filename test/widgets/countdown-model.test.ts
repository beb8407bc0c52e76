import { expect } from '@open-wc/testing';
import { editionSpan } from '../../src/query/edition.js';
import { parseInstant } from '../../src/time/instant.js';
import { clockOffset } from '../../widgets/countdown/clock-offset.js';
import { zhMessages } from '../../widgets/countdown/countdown.messages.js';
import { enMessages } from '../../widgets/countdown/countdown.messages.en.js';
import {
  afterMessage,
  countdownWords,
  spokenSentence,
  type WordsInput,
} from '../../widgets/countdown/countdown-words.js';
import { memo } from '../../widgets/countdown/memo.js';
import {
  countdownState,
  eventTarget,
  needsDateReaders,
  readTarget,
} from '../../widgets/countdown/countdown-model.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const at = (iso: string) => new Date(iso);
/** What the dates part brings. */
const readers = { parseInstant, editionSpan };

describe('countdown model', () => {
  const edition = testEdition();

  it('reads `to`: the week, a milestone, an instant (edition zone without an offset), or nothing', () => {
    expect(readTarget(undefined, edition)).to.include({ kind: 'week', toEnd: false });
    expect(readTarget('end', edition)).to.include({ kind: 'week', toEnd: true });
    const workers = readTarget('workers-day', edition);
    expect(workers).to.deep.include({ kind: 'milestone', id: 'workers-day' });
    expect(readTarget(' 2025-05-30T14:00 ', edition, readers)).to.deep.equal({
      kind: 'instant',
      instant: at('2025-05-30T06:00:00Z'),
    });
    expect(readTarget('soon', edition, readers)).to.equal(undefined);
    expect(readTarget('2025-02-30T10:00', edition, readers)).to.equal(undefined);
  });

  it('needs the date readers only for a `to` that names neither the week nor a milestone', () => {
    for (const to of [undefined, '', ' start ', 'end', 'workers-day', 'report-deadline']) {
      expect(needsDateReaders(to, edition), String(to)).to.equal(false);
    }
    expect(needsDateReaders('2025-05-30T14:00', edition)).to.equal(true);
    expect(needsDateReaders('soon', edition)).to.equal(true);
    // Without the reader an instant is not read (the widget downloads the reader first).
    expect(readTarget('2025-05-30T14:00', edition)).to.equal(undefined);
  });

  it('an edition without start and end milestones: the week from its dates, with the readers', () => {
    const bare = testEdition({
      milestones: edition.milestones.filter((m) => m.id !== 'start' && m.id !== 'end'),
    });
    expect(needsDateReaders(undefined, bare)).to.equal(true);
    expect(needsDateReaders('end', bare)).to.equal(true);
    expect(needsDateReaders('workers-day', bare)).to.equal(false);
    expect(readTarget(undefined, bare)).to.equal(undefined);
    const week = readTarget(undefined, bare, readers)!;
    expect(week).to.deep.include({ start: at('2025-05-24T00:00:00+08:00') });
    expect(week).to.deep.include({ end: at('2025-06-09T00:00:00+08:00') });
    expect(countdownState(week, at('2025-06-08T23:30:00+08:00')).day).to.equal(16);
  });

  it('counts calendar days in the edition zone, across a clock change', () => {
    // Berlin moves its clocks forward on 30 March 2025: the day after has 23 hours.
    const berlin = testEdition({
      timeZone: 'Europe/Berlin',
      start: '2025-03-29',
      end: '2025-04-02',
      milestones: [
        { id: 'start', label: '开幕', instant: '2025-03-29T00:00:00+01:00' },
        { id: 'end', label: '闭幕', instant: '2025-04-03T00:00:00+02:00' },
      ],
    });
    const week = readTarget(undefined, berlin)!;
    expect(countdownState(week, at('2025-03-31T00:30:00+02:00')).day).to.equal(3);
    expect(countdownState(week, at('2025-03-30T23:30:00+02:00')).day).to.equal(2);
    expect(countdownState(week, at('2025-04-02T23:59:00+02:00')).day).to.equal(5);
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

describe('memo (cache keyed by its inputs)', () => {
  it('computes again when any input differs, whichever it is, and not otherwise', () => {
    const calls: object[] = [];
    const cached = memo((input: { a: number; b?: object; c?: string }) => {
      calls.push(input);
      return { ...input };
    });
    const b = {};
    const first = cached({ a: 1, b });
    expect(cached({ a: 1, b })).to.equal(first);
    expect(calls).to.have.length(1);
    // A field the first caller never thought of still counts: no list of keys to keep in step.
    expect(cached({ a: 1, b, c: 'new' })).to.not.equal(first);
    expect(cached({ a: 1, b: {} })).to.deep.equal({ a: 1, b: {} });
    expect(calls).to.have.length(3);
  });
});

describe('countdown words', () => {
  const edition = testEdition();
  const week = readTarget(undefined, edition)!;
  const input = (now: string, overrides: Partial<WordsInput> = {}): WordsInput => {
    const state = countdownState(week, at(now));
    return {
      target: week,
      phase: state.phase,
      subject: state.subject,
      instant: state.target,
      day: state.day,
      edition,
      lang: 'zh-CN',
      t: zhMessages,
      card: false,
      dates: undefined,
      layouts: undefined,
      ...overrides,
    };
  };

  it('names the opening before the week, the close and the day during it', () => {
    const before = countdownWords(input('2025-05-11T15:45:55+08:00'));
    expect(before).to.deep.include({
      lead: '距2025年山西省科技活动周和科技工作者日活动开幕还有',
      status: undefined,
      when: undefined,
    });
    const during = countdownWords(input('2025-05-26T10:00:00+08:00'));
    expect(during).to.deep.include({
      lead: '距闭幕还有',
      status: '活动进行中 · 第\u00a03\u00a0天',
    });
    expect(
      countdownWords(input('2025-05-26T10:00:00+08:00', { t: enMessages, lang: 'en' })),
    ).to.deep.include({ lead: 'Until the close', status: 'Under way · Day\u00a03' });
  });

  it('writes the sentence to the minute, with the status first', () => {
    const words = countdownWords(input('2025-05-26T10:00:00+08:00'));
    const left = { words, t: zhMessages, days: 0, hours: 2, minutes: 5, last: false };
    expect(spokenSentence(left)).to.equal('活动进行中 · 第\u00a03\u00a0天。距闭幕还有2小时5分钟。');
    expect(spokenSentence({ ...left, last: true })).to.equal(
      '活动进行中 · 第\u00a03\u00a0天。距闭幕已不到1分钟。',
    );
  });

  it('says the week has ended, in either language', () => {
    const after = { target: week, edition, dates: undefined };
    expect(afterMessage({ ...after, lang: 'zh-CN', t: zhMessages })).to.equal(
      '2025年山西省科技活动周和科技工作者日活动已结束。',
    );
    expect(afterMessage({ ...after, lang: 'en', t: enMessages })).to.equal(
      `The ${edition.titleEn} has ended.`,
    );
  });
});
