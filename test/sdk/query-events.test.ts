import { expect } from 'chai';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import {
  countEvents,
  eventStatus,
  filterEvents,
  groupEventsByCity,
  groupEventsByDay,
  sortByStart,
} from '../../src/query/events.js';
import { normalizeSearchText } from '../../src/text/normalize.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const edition = testEdition();
const ids = (events: ProgrammeEvent[]) => events.map((event) => event.id);

// A small programme, deliberately listed out of order.
const lecture = testEvent({
  id: 'ai-lecture',
  title: '人工智能前沿讲座',
  titleEn: 'Frontiers of AI',
  summary: '专家讲解大模型。',
  category: 'lecture',
  topics: ['ai'],
  audience: ['researchers'],
  city: '140100',
  start: '2025-05-31T09:00:00+08:00',
  end: '2025-05-31T11:00:00+08:00',
  free: false,
  registration: { required: true, url: 'https://example.org/register' },
});
const farm = testEvent({
  id: 'farm-day',
  title: '科技特派员下乡:果树管理',
  titleEn: undefined,
  summary: undefined,
  category: 'rural-outreach',
  topics: ['rural'],
  audience: ['rural'],
  city: '140802', // a county (盐湖区) of Yuncheng 140800
  venue: { name: '示例村委会', address: '运城市盐湖区示例村' },
  organiser: 'ＳＸ农业科学院',
  start: '2025-05-26T08:30:00+08:00',
  end: '2025-05-26T11:30:00+08:00',
});
const stream = testEvent({
  id: 'space-stream',
  title: '航天科普直播',
  titleEn: 'Space science live stream',
  category: 'short-video',
  topics: ['aerospace'],
  audience: ['youth'],
  city: '140200',
  venue: undefined,
  online: { url: 'https://example.org/live', platform: '示例平台' },
  // 23:00 on 30 May in Beijing, still running at 00:00 on the 31st.
  start: '2025-05-30T23:00:00+08:00',
  end: '2025-05-31T00:30:00+08:00',
});
const exhibition = testEvent({
  id: 'week-exhibition',
  title: '新能源新材料成果展',
  category: 'exhibition',
  topics: ['energy-materials'],
  audience: ['public'],
  city: '140100',
  start: '2025-05-24T09:00:00+08:00',
  end: '2025-05-28T17:00:00+08:00',
});
const museum = testEvent(); // 30 May 14:00–16:00, Taiyuan, ai + aerospace, public + youth
const programme = [lecture, farm, stream, exhibition, museum];

describe('query: filterEvents', () => {
  it('returns every event in start order for an empty query', () => {
    expect(ids(filterEvents(programme, {}, edition))).to.deep.equal([
      'week-exhibition',
      'farm-day',
      'test-event',
      'space-stream',
      'ai-lecture',
    ]);
  });

  it('filters by city, counting a county’s events as its city’s', () => {
    expect(ids(filterEvents(programme, { city: '140100' }, edition))).to.deep.equal([
      'week-exhibition',
      'test-event',
      'ai-lecture',
    ]);
    expect(ids(filterEvents(programme, { city: '140800' }, edition))).to.deep.equal(['farm-day']);
    expect(ids(filterEvents(programme, { city: ['140200', '140800'] }, edition))).to.deep.equal([
      'farm-day',
      'space-stream',
    ]);
  });

  it('treats lists as any-of and fields as all-of', () => {
    expect(ids(filterEvents(programme, { topic: ['rural', 'aerospace'] }, edition))).to.deep.equal([
      'farm-day',
      'test-event',
      'space-stream',
    ]);
    expect(
      ids(
        filterEvents(programme, { topic: 'aerospace', audience: 'youth', city: '140100' }, edition),
      ),
    ).to.deep.equal(['test-event']);
    expect(
      ids(filterEvents(programme, { category: ['lecture', 'exhibition'] }, edition)),
    ).to.deep.equal(['week-exhibition', 'ai-lecture']);
    expect(filterEvents(programme, { topic: [] }, edition)).to.have.length(programme.length);
  });

  it('filters by fee, registration and online or on-site', () => {
    expect(ids(filterEvents(programme, { free: false }, edition))).to.deep.equal(['ai-lecture']);
    expect(ids(filterEvents(programme, { registration: true }, edition))).to.deep.equal([
      'ai-lecture',
    ]);
    expect(filterEvents(programme, { registration: false }, edition)).to.have.length(4);
    expect(ids(filterEvents(programme, { mode: 'online' }, edition))).to.deep.equal([
      'space-stream',
    ]);
    expect(filterEvents(programme, { mode: 'onsite' }, edition)).to.have.length(4);
  });

  it('reads from/to days in the edition’s zone and keeps events overlapping them', () => {
    // The stream starts at 23:00 on 30 May Beijing time (15:00 UTC): it belongs to the 30th.
    expect(
      ids(filterEvents(programme, { from: '2025-05-30', to: '2025-05-30' }, edition)),
    ).to.deep.equal(['test-event', 'space-stream']);
    // The exhibition (24–28 May) is still on during the 27th.
    expect(
      ids(filterEvents(programme, { from: '2025-05-27', to: '2025-05-27' }, edition)),
    ).to.deep.equal(['week-exhibition']);
    expect(ids(filterEvents(programme, { from: '2025-05-31' }, edition))).to.deep.equal([
      'space-stream', // still running at 00:00 on the 31st
      'ai-lecture',
    ]);
    expect(
      ids(filterEvents(programme, { to: new Date('2025-05-26T00:30:00Z') }, edition)),
    ).to.deep.equal(['week-exhibition', 'farm-day']);
  });

  it('hides events that have ended at `now`', () => {
    const now = new Date('2025-05-30T15:00:00+08:00');
    expect(ids(filterEvents(programme, { hidePast: true, now }, edition))).to.deep.equal([
      'test-event',
      'space-stream',
      'ai-lecture',
    ]);
    expect(filterEvents(programme, { now }, edition)).to.have.length(5);
  });

  it('pages over the sorted result, and counts without paging', () => {
    expect(ids(filterEvents(programme, { offset: 1, limit: 2 }, edition))).to.deep.equal([
      'farm-day',
      'test-event',
    ]);
    expect(filterEvents(programme, { offset: 4, limit: 10 }, edition)).to.have.length(1);
    expect(filterEvents(programme, { limit: 0 }, edition)).to.deep.equal([]);
    expect(countEvents(programme, { city: '140100', limit: 1 }, edition)).to.equal(3);
  });
});

describe('query: text search', () => {
  const search = (text: string) => ids(filterEvents(programme, { text }, edition));

  it('finds Chinese substrings in titles, summaries, venues and organisers', () => {
    expect(search('讲座')).to.deep.equal(['ai-lecture']);
    expect(search('大模型')).to.deep.equal(['ai-lecture']); // summary
    expect(search('村委会')).to.deep.equal(['farm-day']); // venue name
    expect(search('盐湖区')).to.deep.equal(['farm-day']); // address
    expect(search('示例主办')).to.deep.equal([
      'week-exhibition',
      'test-event',
      'space-stream',
      'ai-lecture',
    ]);
  });

  it('ignores case and full-width forms on both sides', () => {
    expect(search('ＳＸ')).to.deep.equal(['farm-day']); // organiser written full-width
    expect(search('sx农业')).to.deep.equal(['farm-day']);
    expect(search('FRONTIERS')).to.deep.equal(['ai-lecture']); // English title
    expect(search('ａｉ')).to.deep.equal(['ai-lecture']);
  });

  it('needs every word of a multi-word query, in any field', () => {
    expect(search('live  stream')).to.deep.equal(['space-stream']);
    expect(search('讲座　大模型')).to.deep.equal(['ai-lecture']); // ideographic space
    expect(search('讲座 果树')).to.deep.equal([]);
    expect(search('   ')).to.have.length(programme.length);
  });

  it('does not match across two fields', () => {
    // The museum's title ends "实验" and its summary starts "面向": no event contains "实验面向".
    expect(search('实验面向')).to.deep.equal([]);
  });

  it('normalises search text', () => {
    expect(normalizeSearchText('  ＡＩ　科普\n Day ')).to.equal('ai 科普 day');
  });
});

describe('query: sorting, grouping, status', () => {
  it('sorts by start, then end, then id, without changing the input', () => {
    const a = testEvent({
      id: 'b',
      start: '2025-05-30T09:00:00+08:00',
      end: '2025-05-30T10:00:00+08:00',
    });
    const b = testEvent({
      id: 'a',
      start: '2025-05-30T09:00:00+08:00',
      end: '2025-05-30T10:00:00+08:00',
    });
    const c = testEvent({
      id: 'c',
      start: '2025-05-30T01:00:00Z',
      end: '2025-05-30T09:30:00+08:00',
    });
    const input = [a, b, c];
    expect(ids(sortByStart(input))).to.deep.equal(['c', 'a', 'b']);
    expect(ids(input)).to.deep.equal(['b', 'a', 'c']);
  });

  it('groups by the start day in the given zone, days in order', () => {
    const days = groupEventsByDay(programme, 'Asia/Shanghai');
    expect(days.map((d) => [d.day, ids(d.events)])).to.deep.equal([
      ['2025-05-24', ['week-exhibition']],
      ['2025-05-26', ['farm-day']],
      ['2025-05-30', ['test-event', 'space-stream']],
      ['2025-05-31', ['ai-lecture']],
    ]);
    // Los Angeles is 15 hours behind: every event starts a day earlier there.
    expect(groupEventsByDay(programme, 'America/Los_Angeles').map((d) => d.day)).to.deep.equal([
      '2025-05-23',
      '2025-05-25',
      '2025-05-29',
      '2025-05-30',
    ]);
  });

  it('lists a multi-day event on each of its days when asked', () => {
    const days = groupEventsByDay(programme, 'Asia/Shanghai', { eachDay: true });
    const withExhibition = days.filter((d) => d.events.includes(exhibition)).map((d) => d.day);
    expect(withExhibition).to.deep.equal([
      '2025-05-24',
      '2025-05-25',
      '2025-05-26',
      '2025-05-27',
      '2025-05-28',
    ]);
    // Ending at 00:30 adds the 31st for the stream; ending at 00:00 would not.
    expect(days.filter((d) => d.events.includes(stream)).map((d) => d.day)).to.deep.equal([
      '2025-05-30',
      '2025-05-31',
    ]);
  });

  it('groups by city in the edition’s order, a county under its city', () => {
    const groups = groupEventsByCity(programme, edition);
    expect(groups.map((g) => [g.code, g.city?.name, ids(g.events)])).to.deep.equal([
      ['140100', '太原市', ['week-exhibition', 'test-event', 'ai-lecture']],
      ['140200', '大同市', ['space-stream']],
      ['140800', '运城市', ['farm-day']],
    ]);
    const stray = testEvent({ id: 'stray', city: '990100' });
    expect(groupEventsByCity([stray], edition)).to.deep.equal([
      { code: '990100', city: undefined, events: [stray] },
    ]);
  });

  it('tells upcoming, ongoing and ended apart, the end being exclusive', () => {
    expect(eventStatus(museum, new Date('2025-05-30T13:59:59+08:00'))).to.equal('upcoming');
    expect(eventStatus(museum, new Date('2025-05-30T14:00:00+08:00'))).to.equal('ongoing');
    expect(eventStatus(museum, new Date('2025-05-30T15:59:59+08:00'))).to.equal('ongoing');
    expect(eventStatus(museum, new Date('2025-05-30T16:00:00+08:00'))).to.equal('ended');
  });
});
