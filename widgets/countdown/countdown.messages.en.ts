/** English words of `<sx-countdown>`, imported on demand (see `countdown.messages.ts`). */
import type { CountdownMessages } from './countdown.messages.js';

const en = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const enMessages: CountdownMessages = {
  opening: (title) => `the opening of the ${title}`,
  closing: (title) => (title ? `the close of the ${title}` : 'the close'),
  eventStart: (title) => `the start of “${title}”`,
  eventEnd: (title) => `the end of “${title}”`,
  lead: (name) => `Until ${name}`,
  countdownName: (name) => `Countdown to ${name}`,
  sentence: (name, { days, hours, minutes }) => {
    const parts = [
      ...(days ? [`${days} ${en(days, 'day', 'days')}`] : []),
      ...(days || hours ? [`${hours} ${en(hours, 'hour', 'hours')}`] : []),
      `${minutes} ${en(minutes, 'minute', 'minutes')}`,
    ];
    const last = parts.pop()!;
    const list = parts.length ? `${parts.join(', ')} and ${last}` : last;
    return `${list} until ${name}.`;
  },
  lastMinute: (name) => `Less than a minute until ${name}.`,
  underWay: 'Under way',
  dayNumber: (day) => `Day\u00a0${day}`,
  weekEnded: (title) => `The ${title} has ended.`,
  eventEnded: (title) => `“${title}” has ended.`,
  reached: (name) => `Reached: ${name}.`,
  nextEdition: 'Next edition: ',
  nextEditionOpens: (day) => `, opens ${day}`,
  unit: {
    days: (n) => en(n, 'day', 'days'),
    hours: 'hours',
    minutes: 'min',
    seconds: 'sec',
  },
  longUnit: {
    hours: (n) => en(n, 'hour', 'hours'),
    minutes: (n) => en(n, 'minute', 'minutes'),
  },
  beijingTime: (when) => `${when} Beijing time`,
  eventMissing: 'This event is not in the programme; it may have been removed.',
};
