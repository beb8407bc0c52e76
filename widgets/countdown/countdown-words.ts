/**
 * What a countdown says around its numbers: the name of what it counts to, the line above the
 * numbers, the accessible name, "活动进行中 · 第 3 天", the date on the card, the sentence screen
 * readers read and the message once it is over. Pure functions of one input object each, so the
 * element caches them with `memo` (the key is the input, never a hand-kept list) and every phase's
 * words are testable without a DOM.
 */
import type { Edition } from '../../src/feed/types.js';
import type { TimeRemaining } from '../../src/query/time-remaining.js';
import { localized, type Lang } from '../shared/i18n.js';
import type { CountdownMessages } from './countdown.messages.js';
import type { CountdownState, CountdownTarget } from './countdown-model.js';

/** The dates part (`countdown-dates.ts`) and the layouts part, once imported. */
type DatesPart = Pick<typeof import('./countdown-dates.js'), 'formatWhen'>;
type LayoutsPart = Pick<typeof import('./countdown-layouts.js'), 'weekDates'>;

/** What the words of a date in the edition's zone read. */
export interface WhenInput {
  edition: Edition;
  lang: Lang;
  t: CountdownMessages;
  /** Without it a date is written as ISO text (a safety net: the layout waits for the part). */
  dates: DatesPart | undefined;
}

/** Everything the words of one phase read. */
export interface WordsInput extends WhenInput {
  /** What `to` / `event` resolved to. */
  target: CountdownTarget;
  phase: CountdownState['phase'];
  subject: CountdownState['subject'];
  /** The instant counted to in this phase. */
  instant: Date | undefined;
  /** 第 N 天 while the week runs. */
  day: number | undefined;
  /** The card writes the date counted to under its numbers. */
  card: boolean;
  layouts: LayoutsPart | undefined;
}

/** What the countdown says around its numbers in one phase. */
export interface Words {
  /** What is counted to ("2025年山西省科技活动周开幕"). */
  name: string;
  /** "距…还有". */
  lead: string;
  /** The accessible name of the group. */
  group: string;
  /** "活动进行中 · 第 3 天" while under way. */
  status: string | undefined;
  /** The date counted to (card). */
  when: string | undefined;
}

const editionTitle = ({ edition, lang }: WhenInput) =>
  localized(lang, edition.title, edition.titleEn);

/** A milestone's label in `lang` (its id when the edition no longer has it). */
function milestoneLabel({ edition, lang }: WhenInput, id: string): string {
  const milestone = edition.milestones.find((m) => m.id === id);
  return milestone ? localized(lang, milestone.label, milestone.labelEn) : id;
}

/** A date and time in the edition's zone, named when that is Beijing time. */
function when(instant: Date, input: WhenInput): string {
  const { dates, lang, edition, t } = input;
  return dates
    ? dates.formatWhen(instant, lang, edition.timeZone, t.beijingTime)
    : instant.toISOString();
}

/** What the numbers count to, in words ("2025年山西省科技活动周开幕", "全国科技工作者日"). */
function subjectName(input: WordsInput): string {
  const { t, target, lang } = input;
  switch (input.subject) {
    case 'start':
      return t.opening(editionTitle(input));
    case 'end':
      return t.closing(input.phase === 'during' ? undefined : editionTitle(input));
    case 'milestone':
      return milestoneLabel(input, target.kind === 'milestone' ? target.id : '');
    case 'event-start':
    case 'event-end': {
      const { event } = target as Extract<CountdownTarget, { kind: 'event' }>;
      const title = localized(lang, event.title, event.titleEn);
      return input.subject === 'event-start' ? t.eventStart(title) : t.eventEnd(title);
    }
    default:
      return when(input.instant!, input);
  }
}

/** The words of one phase (computed once per phase, language and layout, not per tick). */
export function countdownWords(input: WordsInput): Words {
  const { t, day } = input;
  const name = subjectName(input);
  return {
    name,
    lead: t.lead(name),
    group: t.countdownName(name),
    status:
      input.phase === 'during'
        ? day
          ? `${t.underWay} · ${t.dayNumber(day)}`
          : t.underWay
        : undefined,
    when: !input.card
      ? undefined
      : input.target.kind === 'week'
        ? input.layouts?.weekDates(input.edition, input.lang)
        : when(input.instant!, input),
  };
}

/** Less than a minute left (but something). */
export function lastMinute(left: TimeRemaining): boolean {
  return left.totalMs > 0 && left.totalMs < 60_000;
}

/** What the spoken sentence reads: to the minute, so it changes at most once a minute. */
export interface SentenceInput {
  words: Words;
  t: CountdownMessages;
  days: number;
  hours: number;
  minutes: number;
  last: boolean;
}

/** The screen-reader sentence ("活动进行中 · 第 3 天。距闭幕还有…"). */
export function spokenSentence({ words, t, days, hours, minutes, last }: SentenceInput): string {
  const left = last
    ? t.lastMinute(words.name)
    : t.sentence(words.name, { days, hours, minutes, seconds: 0 });
  return words.status ? `${words.status}。${left}` : left;
}

/**
 * A sentence shown as a phrase inside the page's own sentence (the inline variant): without its
 * full stop, so the page's punctuation after the element reads "…已结束，全省…", not "…已结束。，".
 */
export const asPhrase = (sentence: string): string => sentence.replace(/[。．.]$/u, '');

/** What is said once there is nothing left to count: "…已结束。", "…：时间已到。" */
export function afterMessage(input: WhenInput & { target: CountdownTarget }): string {
  const { target, t, lang } = input;
  switch (target.kind) {
    case 'week':
      return t.weekEnded(editionTitle(input));
    case 'event':
      return t.eventEnded(localized(lang, target.event.title, target.event.titleEn));
    case 'milestone':
      return t.reached(milestoneLabel(input, target.id));
    case 'instant':
      return t.reached(when(target.instant, input));
  }
}
