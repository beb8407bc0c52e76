/**
 * The countdown's words. Names of milestones other than the week's opening and close come from the
 * edition (`label` / `labelEn`); these catalogs hold the sentences around them. Chinese, the
 * default, ships with the widget; English (`countdown.messages.en.ts`) is imported the first time
 * a countdown shows English, so a Chinese page does not download it.
 */
import { lazyCatalogs } from '../shared/lazy-catalog.js';

/** The parts of a remaining time a sentence or a display needs. */
export interface Span {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export interface CountdownMessages {
  /** The week's opening, as the subject of a countdown ("2025年…活动周开幕"). */
  opening: (title: string) => string;
  /** The week's close, with the title (before the week) or alone (during it). */
  closing: (title: string | undefined) => string;
  /** The start / end of one event of the programme. */
  eventStart: (title: string) => string;
  eventEnd: (title: string) => string;
  /** The line above the numbers: "距…还有" / "Until …". */
  lead: (name: string) => string;
  /** The accessible name of the widget, constant while it counts to one thing. */
  countdownName: (name: string) => string;
  /** What is left, in words, to the minute: "距…还有12天8小时14分钟。" */
  sentence: (name: string, left: Span) => string;
  /** The same in the last minute. */
  lastMinute: (name: string) => string;
  /** "活动进行中" (the week or an event). */
  underWay: string;
  /** "第 3 天" / "Day 3". */
  dayNumber: (day: number) => string;
  /** The week is over. */
  weekEnded: (title: string) => string;
  /** An event is over. */
  eventEnded: (title: string) => string;
  /** A milestone or an instant has been reached. */
  reached: (name: string) => string;
  /** Before the link to the next edition. */
  nextEdition: string;
  /** After it, when its first day is known (already formatted). */
  nextEditionOpens: (day: string) => string;
  /** Unit words after a number (display). */
  unit: { days: (n: number) => string; hours: string; minutes: string; seconds: string };
  /** Long unit words (the `dhm` format). */
  longUnit: { hours: (n: number) => string; minutes: (n: number) => string };
  /**
   * A time in the edition's zone when that is China's ("5月30日 14:00 北京时间"). The shared
   * catalog has the word too, but it comes with every error sentence: too heavy for a countdown.
   */
  beijingTime: (when: string) => string;
  /** The event named by `event` is not in the programme. */
  eventMissing: string;
}

/** The Chinese catalog. */
export const zhMessages: CountdownMessages = {
  opening: (title) => `${title}开幕`,
  closing: (title) => `${title ?? ''}闭幕`,
  eventStart: (title) => `「${title}」开始`,
  eventEnd: (title) => `「${title}」结束`,
  lead: (name) => `距${name}还有`,
  countdownName: (name) => `${name}倒计时`,
  sentence: (name, { days, hours, minutes }) =>
    `距${name}还有${days ? `${days}天` : ''}${days || hours ? `${hours}小时` : ''}${minutes}分钟。`,
  lastMinute: (name) => `距${name}已不到1分钟。`,
  underWay: '活动进行中',
  // No-break spaces: the number stays with its words when the line wraps.
  dayNumber: (day) => `第\u00a0${day}\u00a0天`,
  weekEnded: (title) => `${title}已结束。`,
  eventEnded: (title) => `「${title}」已结束。`,
  reached: (name) => `${name}：时间已到。`,
  nextEdition: '下一届：',
  nextEditionOpens: (day) => `，${day}开幕`,
  unit: { days: () => '天', hours: '时', minutes: '分', seconds: '秒' },
  longUnit: { hours: () => '小时', minutes: () => '分钟' },
  beijingTime: (when) => `${when} 北京时间`,
  eventMissing: '没有找到这场活动，它可能已从活动安排中移除。',
};

/** The catalogs, loaded the way every widget loads them: English imported before it shows. */
export const countdownMessages = lazyCatalogs(zhMessages, () =>
  import('./countdown.messages.en.js').then((module) => module.enMessages),
);
