import { expect } from 'chai';
import { groupEventsByDay } from '../../src/query/events.js';
import { formatEventOnDay, formatEventWhen, isMultiDay } from '../../src/time/event-when.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';

const zh = { timeZone: 'Asia/Shanghai', lang: 'zh-CN' } as const;
const en = { timeZone: 'Asia/Shanghai', lang: 'en' } as const;
const at = (wall: string) => `${wall}:00+08:00`;

describe('formatEventWhen', () => {
  it('says 全天 / all day for a one-day all-day event, never 00:00–23:59 or 24:00', () => {
    const day = { start: at('2025-05-30T00:00'), end: at('2025-05-31T00:00'), allDay: true };
    expect(formatEventWhen(day, zh)).to.equal('5月30日 周五 全天');
    expect(formatEventWhen(day, en)).to.equal('Fri 30 May, all day');
  });

  it('gives an all-day span its first and last day (the end is exclusive)', () => {
    const week = { start: at('2025-05-24T00:00'), end: at('2025-06-09T00:00'), allDay: true };
    expect(formatEventWhen(week, zh)).to.equal('5月24日–6月8日 · 全天');
    expect(formatEventWhen(week, en)).to.equal('24 May–8 Jun · all day');
  });

  it('writes an exhibition open every day as a range with its daily hours', () => {
    const show = { start: at('2025-05-24T09:00'), end: at('2025-06-08T17:00') };
    expect(formatEventWhen(show, zh)).to.equal('5月24日–6月8日 · 每天 09:00–17:00');
    expect(formatEventWhen(show, en)).to.equal('24 May–8 Jun · daily 09:00–17:00');
  });

  it('writes an event that ends the next morning from its start day', () => {
    const night = { start: at('2025-05-30T19:00'), end: at('2025-05-31T01:00') };
    expect(formatEventWhen(night, zh)).to.equal('5月30日 周五 19:00–次日 01:00');
    expect(formatEventWhen(night, en)).to.equal('Fri 30 May, 19:00–01:00 next day');
    const lateNight = { start: at('2025-05-30T22:30'), end: at('2025-05-31T02:15') };
    expect(formatEventWhen(lateNight, zh)).to.equal('5月30日 周五 22:30–次日 02:15');
  });

  it('keeps the ordinary one-day form and the midnight end', () => {
    expect(
      formatEventWhen({ start: at('2025-05-30T14:00'), end: at('2025-05-30T16:00') }, zh),
    ).to.equal('5月30日 周五 14:00–16:00');
    expect(
      formatEventWhen({ start: at('2025-05-30T20:00'), end: at('2025-05-31T00:00') }, zh),
    ).to.equal('5月30日 周五 20:00–24:00');
  });

  it('names both ends of a continuous stay that closes earlier in the day than it opened', () => {
    const camp = { start: at('2025-05-30T18:00'), end: at('2025-06-01T10:00') };
    expect(formatEventWhen(camp, zh)).to.equal('5月30日 周五 18:00 – 6月1日 周日 10:00');
    expect(isMultiDay(camp, 'Asia/Shanghai')).to.equal(true);
  });
});

describe('formatEventOnDay', () => {
  const show = { start: at('2025-05-24T09:00'), end: at('2025-06-08T17:00') };
  const camp = { start: at('2025-05-30T18:00'), end: at('2025-06-01T10:00') };
  const night = { start: at('2025-05-30T19:00'), end: at('2025-05-31T01:00') };

  it('gives an exhibition its daily hours on a middle day, not its opening time', () => {
    expect(formatEventOnDay(show, '2025-05-30', zh)).to.equal('每天 09:00–17:00');
    expect(formatEventOnDay(show, '2025-05-30', en)).to.equal('daily 09:00–17:00');
  });

  it('says from / all day / until across a continuous stay', () => {
    expect(formatEventOnDay(camp, '2025-05-30', zh)).to.equal('18:00 起');
    expect(formatEventOnDay(camp, '2025-05-31', zh)).to.equal('全天');
    expect(formatEventOnDay(camp, '2025-06-01', en)).to.equal('until 10:00');
  });

  it('shows an overnight event on both of its days', () => {
    expect(formatEventOnDay(night, '2025-05-30', zh)).to.equal('19:00–次日 01:00');
    expect(formatEventOnDay(night, '2025-05-31', en)).to.equal('until 01:00');
  });

  it('says 全天 for an all-day event on each of its days', () => {
    const week = { start: at('2025-05-24T00:00'), end: at('2025-05-27T00:00'), allDay: true };
    for (const day of ['2025-05-24', '2025-05-25', '2025-05-26']) {
      expect(formatEventOnDay(week, day, zh)).to.equal('全天');
    }
  });
});

describe('groupEventsByDay with eachDay', () => {
  const event = (id: string, start: string, end: string, allDay?: boolean): ProgrammeEvent =>
    ({ id, start: at(start), end: at(end), ...(allDay ? { allDay } : {}) }) as ProgrammeEvent;
  const exhibition = event('show', '2025-05-24T09:00', '2025-05-27T17:00');
  const talk = event('talk', '2025-05-25T14:00', '2025-05-25T16:00');
  const early = event('early', '2025-05-25T08:00', '2025-05-25T09:00');
  const allDay = event('fair', '2025-05-26T00:00', '2025-05-28T00:00', true);

  it('lists a multi-day event on every day it runs, after the day\u2019s own events', () => {
    const days = groupEventsByDay([exhibition, talk, early, allDay], 'Asia/Shanghai', {
      eachDay: true,
    });
    expect(days.map(({ day, events }) => [day, events.map((e) => e.id)])).to.deep.equal([
      ['2025-05-24', ['show']],
      ['2025-05-25', ['early', 'talk', 'show']],
      ['2025-05-26', ['show', 'fair']],
      ['2025-05-27', ['show', 'fair']],
    ]);
  });

  it('without eachDay keeps each event on its first day only', () => {
    const days = groupEventsByDay([exhibition, talk, allDay], 'Asia/Shanghai');
    expect(days.map(({ day }) => day)).to.deep.equal(['2025-05-24', '2025-05-25', '2025-05-26']);
  });
});
