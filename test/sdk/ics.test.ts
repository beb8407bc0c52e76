import { expect } from 'chai';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { eventsToIcs, foldIcsLine, icsFileName } from '../../src/ics.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const edition = testEdition();
const now = new Date('2025-05-20T08:00:00Z');
const octets = (text: string) => new TextEncoder().encode(text).length;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

const museum = testEvent();
const stream = testEvent({
  id: 'space-stream',
  title: '航天科普直播; 问答, 抽奖\\彩蛋',
  titleEn: 'Space live stream',
  summary: '第一行\n第二行',
  venue: undefined,
  online: { url: 'https://example.org/live' },
  start: '2025-05-31T20:00:00+08:00',
  end: '2025-05-31T21:30:00+08:00',
  registration: { required: true, url: 'https://example.org/register' },
  sample: false,
});
const long = testEvent({
  id: 'long-title',
  title: '科学家精神宣讲'.repeat(12) + '🚀👩‍🔬',
  summary: 'é'.repeat(50) + '中'.repeat(40),
});

describe('ics: eventsToIcs', () => {
  const ics = eventsToIcs([museum, stream, long], edition, { now });

  it('writes a calendar header calendar apps accept', () => {
    const { calendar } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//sx-science-week//Programme//ZH');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal(edition.title);
    expect(eventsToIcs([], edition, { now, calendarName: '我的日程', prodId: '-//x//y//EN' }))
      .to.contain('X-WR-CALNAME:我的日程\r\n')
      .and.contain('PRODID:-//x//y//EN\r\n');
  });

  it('round-trips events, UIDs and instants through a real parser', () => {
    const { events } = parse(ics);
    expect(events).to.have.length(3);
    const parsed = events.map((component) => new ICAL.Event(component));
    const source: ProgrammeEvent[] = [museum, stream, long];
    parsed.forEach((event, i) => {
      const original = source[i]!;
      expect(event.uid).to.equal(`${original.id}@shanxi-2025.sx-science-week`);
      expect(event.startDate.toJSDate().toISOString()).to.equal(
        new Date(original.start).toISOString(),
      );
      expect(event.endDate.toJSDate().toISOString()).to.equal(new Date(original.end).toISOString());
    });
    // No sample marker in titles (issue #15): the feed's flag stays in the feed.
    expect(parsed[0]!.summary).to.equal('走进科技馆:互动科学实验');
    const stamp = events[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).to.equal(now.toISOString());
    expect(ics).to.contain('DTSTART:20250530T060000Z\r\n');
  });

  it('escapes text so punctuation and line breaks come back unchanged', () => {
    const event = new ICAL.Event(parse(ics).events[1]!);
    expect(event.summary).to.equal('航天科普直播; 问答, 抽奖\\彩蛋');
    expect(event.description).to.equal(
      '第一行\n第二行\n主办单位:示例主办单位\n报名:需要报名 https://example.org/register\n免费',
    );
    expect(event.location).to.equal('https://example.org/live');
  });

  it('gives venue, point, categories and link of an on-site event', () => {
    const component = parse(ics).events[0]!;
    expect(component.getFirstPropertyValue('location')).to.equal(
      '山西省科学技术馆, 太原市广经路17号(长风文化岛)',
    );
    expect(component.getFirstPropertyValue('geo')).to.deep.equal([37.815, 112.527]);
    expect(component.getFirstProperty('categories')?.getValues()).to.deep.equal([
      '互动体验',
      '人工智能',
      '航空航天',
    ]);
    expect(component.getFirstPropertyValue('url')).to.equal(
      'https://example.org/events/test-event',
    );
    expect(component.getFirstPropertyValue('description')).to.contain('无需报名');
  });

  it('writes English when asked', () => {
    const english = parse(eventsToIcs([museum], edition, { now, lang: 'en' }));
    expect(english.calendar.getFirstPropertyValue('x-wr-calname')).to.equal(edition.titleEn);
    const event = new ICAL.Event(english.events[0]!);
    expect(event.summary).to.equal('Hands-on science experiments at the museum');
    expect(event.location).to.equal(
      'Shanxi Science and Technology Museum, 太原市广经路17号(长风文化岛)',
    );
    expect(english.events[0]!.getFirstProperty('categories')?.getValues()).to.deep.equal([
      'Hands-on',
      'Artificial intelligence',
      'Aerospace',
    ]);
  });

  it('folds long lines at 75 octets without breaking a character, with CRLF line ends', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(octets(line), line).to.be.at.most(75);
      expect(line).to.not.contain('\uFFFD');
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).to.be.greaterThan(3);
    expect(new ICAL.Event(parse(ics).events[2]!).summary).to.equal(long.title);
  });

  it('folds any text so that unfolding gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const folded = foldIcsLine(`SUMMARY:${text}`);
        const lines = folded.split('\r\n');
        for (const line of lines) if (octets(line) > 75) return false;
        return folded.replace(/\r\n /g, '') === `SUMMARY:${text}`;
      }),
    );
  });

  it('keeps any title intact through escaping, folding and parsing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter(
          // Control characters are dropped (and CR turned into LF) on purpose: none here.
          (text) => ![...text].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f'),
        ),
        (title) => {
          const event = testEvent({ title, sample: false });
          const parsed = new ICAL.Event(parse(eventsToIcs([event], edition, { now })).events[0]!);
          return parsed.summary === title;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('ics: file names', () => {
  it('names the file after the edition, and the event for one', () => {
    expect(icsFileName(edition)).to.equal('shanxi-2025.ics');
    expect(icsFileName(edition, { id: 'Talk 1/Day 2' })).to.equal('shanxi-2025-talk-1-day-2.ics');
    expect(icsFileName({ id: '科技周' })).to.equal('events.ics');
  });
});
