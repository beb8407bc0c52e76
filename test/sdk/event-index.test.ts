import { expect } from 'chai';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import fc from 'fast-check';
import {
  buildHaystack,
  filterPrepared,
  isPrepared,
  matchPrepared,
  matchQuery,
  narrows,
  prepareEvents,
  searchPending,
  searchReady,
  warmCache,
  warmSearch,
} from '../../src/query/event-index.js';
import { normalizeSearchText } from '../../src/text/normalize.js';
import { searchTerms } from '../../src/text/normalize.js';
import { eventMatcher, sortByStart, spanMatcher } from '../../src/query/event-match.js';
import type { EventQuery } from '../../src/query/types.js';
import { validateEvents } from '../../src/feed/validate.js';
import { generateRawEvents } from '../support/generate-events.js';
import { testEdition } from '../support/fixture-edition.js';

const edition = testEdition();
const ids = (events: readonly ProgrammeEvent[]) => events.map((event) => event.id);

/** Validated events, in the (random) order the generator wrote them. */
function events(count: number, seed: number): ProgrammeEvent[] {
  return validateEvents(generateRawEvents(edition, count, seed), edition).value;
}

describe('prepareEvents: a big list sorted and indexed in slices', () => {
  it('gives the order of sortByStart, as a new list, and leaves its input alone', async () => {
    const list = events(5000, 7);
    const before = ids(list);
    const prepared = await prepareEvents(list);
    expect(ids(prepared)).to.deep.equal(ids(sortByStart(list)));
    expect(prepared).to.not.equal(list);
    expect(ids(list)).to.deep.equal(before);
    expect(isPrepared(prepared)).to.equal(true);
    expect(isPrepared(list)).to.equal(false);
  });

  it('keeps a total order when many events share a start (ties by end, then id)', async () => {
    const list = events(3000, 3).map((event, i) => ({
      ...event,
      id: `same-${(i * 7919) % 3000}`,
      start: '2025-05-30T09:00:00+08:00',
      end: i % 2 ? '2025-05-30T10:00:00+08:00' : '2025-05-30T11:00:00+08:00',
    }));
    expect(ids(await prepareEvents(list))).to.deep.equal(ids(sortByStart(list)));
  });

  it('gives the thread back between slices, so other tasks run while it works', async () => {
    const list = events(5000, 11);
    // Count the yields through the scheduler the SDK uses first (scheduler.yield): a timer-based
    // count depends on how Chromium ranks a yield's continuation against timers, so it can read 0.
    const g = globalThis as { scheduler?: unknown };
    const own = Object.getOwnPropertyDescriptor(g, 'scheduler');
    let yields = 0;
    Object.defineProperty(g, 'scheduler', {
      configurable: true,
      value: {
        yield: () => {
          yields += 1;
          return new Promise<void>((resolve) => setTimeout(resolve, 0));
        },
      },
    });
    try {
      // With no time per slice, each slice is one batch of 256 records (no clock in the test).
      const prepared = await prepareEvents(list, { sliceMs: 0 });
      expect(ids(prepared)).to.deep.equal(ids(sortByStart(list)));
    } finally {
      if (own) Object.defineProperty(g, 'scheduler', own);
      else delete g.scheduler;
    }
    // 5,000 records in batches of 256 are some 20 slices to index, more to sort and fill columns.
    expect(yields).to.be.greaterThan(20);
  });

  it('handles an empty list and a list of one', async () => {
    expect(await prepareEvents([])).to.deep.equal([]);
    const [one] = events(1, 2);
    expect(ids(await prepareEvents([one!]))).to.deep.equal([one!.id]);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('left the page'));
    let reason: unknown;
    await prepareEvents(events(10, 1), { signal: controller.signal }).catch((e) => (reason = e));
    expect(String(reason)).to.contain('left the page');
  });
});

describe('filterPrepared: the same answers as eventMatcher, read from columns', () => {
  const QUERIES: EventQuery[] = [
    {},
    { text: '科普' },
    { text: '太原 science' },
    { text: 'NO. 12' },
    { city: ['140100', '140800'], topic: ['ai'] },
    { from: '2025-05-30', to: '2025-05-31', free: true },
    { hidePast: true, now: new Date('2025-06-02T12:00:00+08:00'), text: '活动' },
    { text: '没有这样的活动' },
  ];
  let list: ProgrammeEvent[];
  let prepared: ProgrammeEvent[];
  before(async () => {
    list = events(4000, 5);
    prepared = await prepareEvents(list);
  });

  for (const query of QUERIES) {
    it(`finds what eventMatcher finds for ${JSON.stringify(query)}`, () => {
      const expected = sortByStart(list).filter(eventMatcher(query, edition));
      expect(ids(filterPrepared(prepared, spanMatcher(query, edition)))).to.deep.equal(
        ids(expected),
      );
      // An unprepared list gives the same answer through the per-record caches.
      expect(ids(filterPrepared(sortByStart(list), spanMatcher(query, edition)))).to.deep.equal(
        ids(expected),
      );
    });
  }

  it('applies the extra test after the query', () => {
    const query = { text: '科普' };
    const odd = (event: ProgrammeEvent) => Number(event.id.split('-').pop()) % 2 === 1;
    const expected = sortByStart(list).filter((e) => eventMatcher(query, edition)(e) && odd(e));
    expect(ids(filterPrepared(prepared, spanMatcher(query, edition), odd))).to.deep.equal(
      ids(expected),
    );
  });

  it('typing on narrows the scan to the last answer, and gives what a full scan gives', () => {
    const typed = ['科', '科普', '科普 第1', '科普 第12', '科普 第123'];
    let last: ReturnType<typeof matchPrepared<ProgrammeEvent>> | undefined;
    let lastTerms: string[] = [];
    for (const text of typed) {
      const terms = searchTerms(text);
      expect(narrows(lastTerms, terms), text).to.equal(true);
      const test = spanMatcher({ text }, edition);
      const narrowed = matchPrepared(prepared, test, undefined, last?.positions);
      expect(ids(narrowed.events), text).to.deep.equal(ids(filterPrepared(prepared, test)));
      expect(narrowed.events.length).to.be.at.most(last?.events.length ?? Infinity);
      last = narrowed;
      lastTerms = terms;
    }
  });

  it('does not narrow when a character is deleted or a word replaced', () => {
    expect(narrows(['科普'], ['科'])).to.equal(false);
    expect(narrows(['太原'], ['大同'])).to.equal(false);
    expect(narrows(['太原', '讲座'], ['太原讲座'])).to.equal(true);
    expect(narrows([], ['任何'])).to.equal(true);
  });
});

describe('search texts of a prepared list: after the first items, exact at any time', () => {
  const QUERIES: EventQuery[] = [
    {},
    { text: '科普' },
    { text: '太原 science' },
    { hidePast: true, now: new Date('2025-06-02T12:00:00+08:00') },
    { hidePast: true, now: new Date('2025-05-30T12:00:00+08:00'), text: '活动' },
    { from: '2025-05-30', to: '2025-05-31', text: 'NO. 1' },
    { city: ['140100'], text: '科普' },
    { topic: ['ai'], free: true },
  ];

  it('are left for later by prepareEvents, filled by warmSearch in slices', async () => {
    const prepared = await prepareEvents(events(3000, 21));
    expect(searchReady(prepared)).to.equal(false);
    const pending = searchPending(prepared);
    expect(pending).to.be.instanceOf(Promise);
    // Every caller shares the one warm-up.
    expect(warmSearch(prepared)).to.equal(warmSearch(prepared));
    await pending;
    expect(searchReady(prepared)).to.equal(true);
    expect(searchPending(prepared)).to.equal(undefined);
    // A list that was not prepared has nothing to wait for.
    expect(searchReady(events(10, 1))).to.equal(true);
  });

  it('warmCache: a list under BIG_LIST is searched through afterwards, records unchanged', async () => {
    const list = events(800, 23);
    const before = JSON.stringify(list);
    await warmCache(list);
    expect(JSON.stringify(list)).to.equal(before);
    const expected = ids(list.filter(eventMatcher({ text: '科普' }, edition)));
    expect(expected.length).to.be.greaterThan(0);
    expect(ids(filterPrepared(list, spanMatcher({ text: '科普' }, edition)))).to.deep.equal(
      expected,
    );
  });

  for (const query of QUERIES) {
    it(`matchQuery finds what eventMatcher finds, before and after the warm-up: ${JSON.stringify(query)}`, async () => {
      const list = events(2500, 9);
      const expected = ids(sortByStart(list).filter(eventMatcher(query, edition)));
      // Before: a search computes the missing texts at once (the widget waits instead).
      const cold = await prepareEvents(list);
      expect(ids(matchQuery(cold, query, edition).events)).to.deep.equal(expected);
      const warm = await prepareEvents(list);
      await warmSearch(warm);
      expect(ids(matchQuery(warm, query, edition).events)).to.deep.equal(expected);
      // An own-property query only: a polluted prototype adds no filter.
      const polluted = Object.create({ city: ['140800'], text: 'zzz' }) as EventQuery;
      Object.assign(polluted, query);
      expect(ids(matchQuery(warm, polluted, edition).events)).to.deep.equal(expected);
    });
  }

  it('matchQuery on time and text: positions point at the answer, narrowing keeps it exact', async () => {
    const prepared = await prepareEvents(events(2500, 17));
    await warmSearch(prepared);
    const at = (positions: Uint32Array) => [...positions].map((i) => prepared[i]!.id);
    // Everything, some, a narrower search from the last answer's positions, nothing.
    const all = matchQuery(prepared, {}, edition);
    expect(ids(all.events)).to.deep.equal(ids(prepared));
    expect(all.events).to.not.equal(prepared); // the caller's own array
    expect(at(all.positions)).to.deep.equal(ids(prepared));
    const some = matchQuery(prepared, { text: '第1' }, edition);
    expect(some.events.length).to.be.within(1, prepared.length - 1);
    expect(at(some.positions)).to.deep.equal(ids(some.events));
    const narrower = matchQuery(prepared, { text: '第12' }, edition, undefined, some.positions);
    const expected = prepared.filter(eventMatcher({ text: '第12' }, edition));
    expect(ids(narrower.events)).to.deep.equal(ids(expected));
    expect(at(narrower.positions)).to.deep.equal(ids(expected));
    const none = matchQuery(prepared, { text: 'zzzz' }, edition);
    expect(none.events).to.deep.equal([]);
    expect(none.positions).to.have.length(0);
  });

  it('matchQuery narrows from the last answer with the extra test applied', async () => {
    const prepared = await prepareEvents(events(2500, 13));
    await warmSearch(prepared);
    const odd = (event: ProgrammeEvent) => Number(event.id.split('-').pop()) % 2 === 1;
    const first = matchQuery(prepared, { text: '科' }, edition, odd);
    const next = matchQuery(prepared, { text: '科普' }, edition, odd, first.positions);
    const expected = sortByStart(prepared).filter(
      (e) => eventMatcher({ text: '科普' }, edition)(e) && odd(e),
    );
    expect(ids(next.events)).to.deep.equal(ids(expected));
  });

  /** The search text as specified: each field normalised on its own, joined by line breaks. */
  const fieldByField = (event: ProgrammeEvent) =>
    [
      event.title,
      event.titleEn,
      event.summary,
      event.summaryEn,
      event.venue?.name,
      event.venue?.nameEn,
      event.venue?.address,
      event.organiser,
      event.organiserEn,
    ]
      .filter((field): field is string => !!field)
      .map(normalizeSearchText)
      .join('\n');

  it('buildHaystack (one normalisation per record) normalises each field as alone, whatever the text', () => {
    for (const event of events(500, 17)) {
      expect(buildHaystack(event)).to.equal(fieldByField(event));
    }
    // Characters NFKC and lower-casing treat by context: combining marks, Hangul jamo, final
    // sigma, full-width and compatibility forms, every kind of white space, the join character.
    const unit = fc.constantFrom(
      ...'aΣσİI \t\n\u3000\u00a0\u2028\ufeff\u001f\u0301\u0308ｅＡ１，ﬁ①㍻ᄀ\u1161\u11a8가é科普'.split(
        '',
      ),
    );
    const text = fc.string({ unit, maxLength: 10 });
    const optional = fc.option(text, { nil: undefined });
    const record = fc.record({
      title: text,
      titleEn: optional,
      summary: optional,
      summaryEn: optional,
      organiser: optional,
      organiserEn: optional,
      venue: fc.option(fc.record({ name: text, nameEn: optional, address: optional }), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(record, (fields) => {
        const event = fields as unknown as ProgrammeEvent;
        expect(buildHaystack(event)).to.equal(fieldByField(event));
      }),
      { numRuns: 3000 },
    );
  });
});
