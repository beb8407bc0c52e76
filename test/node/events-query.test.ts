/**
 * Which events `<sx-events>` lists (widgets/events/events-query.ts), without a DOM: the cache key
 * follows every input (derived, so a new input cannot show a stale list), the answers, the days
 * and controls offered, and the cities a split feed loads.
 */
import { expect } from 'chai';
import {
  EventsQuery,
  cacheKeys,
  cityScope,
  dayBounds,
  filterControls,
  hidesPast,
  presetFilters,
  selectableDays,
  type ListInput,
} from '../../widgets/events/events-query.js';
import { EMPTY_FILTERS } from '../../widgets/events/filter-state.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const NOW = new Date('2025-05-20T10:00:00+08:00');

function input(overrides: Partial<ListInput> = {}): ListInput {
  return {
    filters: { ...EMPTY_FILTERS },
    audience: undefined,
    category: undefined,
    from: undefined,
    to: undefined,
    hidePast: true,
    planIds: [],
    now: NOW,
    clock: '0|',
    ...overrides,
  };
}

describe('sx-events query (events-query.ts)', () => {
  it('the cache key changes with every input but `now`, which `clock` stands for', () => {
    const base = cacheKeys(input());
    const changes: Partial<ListInput>[] = [
      { filters: { ...EMPTY_FILTERS, city: '140100' } },
      { filters: { ...EMPTY_FILTERS, topic: 'ai' } },
      { filters: { ...EMPTY_FILTERS, day: '2025-05-25' } },
      { filters: { ...EMPTY_FILTERS, free: true } },
      { filters: { ...EMPTY_FILTERS, youth: true } },
      { filters: { ...EMPTY_FILTERS, plan: true }, planIds: ['a'] },
      { audience: 'youth' },
      { category: 'lecture' },
      { from: '2025-05-25' },
      { to: '2025-05-26' },
      { hidePast: false },
      { clock: '1|' },
    ];
    for (const change of changes) {
      expect(cacheKeys(input(change)).key, JSON.stringify(change)).to.not.equal(base.key);
    }
    // Every field of the input is covered above (a new one must be too, or this fails).
    const covered = new Set(changes.flatMap((c) => Object.keys(c)).concat('now'));
    expect(Object.keys(input()).filter((k) => !covered.has(k))).to.deep.equal([]);
    expect(cacheKeys(input({ now: new Date(NOW.getTime() + 1000) })).key).to.equal(base.key);
  });

  it('search text is outside `rest`, so one more character can narrow the last answer', () => {
    const a = cacheKeys(input({ filters: { ...EMPTY_FILTERS, q: '科' } }));
    const b = cacheKeys(input({ filters: { ...EMPTY_FILTERS, q: '科普' } }));
    expect(a.rest).to.equal(b.rest);
    expect(a.key).to.not.equal(b.key);
    // Without the plan filter the plan's ids do not matter; without hiding the past, the clock.
    expect(cacheKeys(input({ planIds: ['x'] })).key).to.equal(cacheKeys(input()).key);
    const shown = { hidePast: false };
    expect(cacheKeys(input({ ...shown, clock: '5|' })).key).to.equal(cacheKeys(input(shown)).key);
  });

  it('answers in start order, keeps an answer while nothing changed, filters youth and plan', () => {
    const edition = testEdition();
    const late = testEvent({
      id: 'late',
      start: '2025-05-31T09:00:00+08:00',
      end: '2025-05-31T10:00:00+08:00',
    });
    const early = testEvent({ id: 'early', audience: ['public'] });
    const source = [late, early];
    const query = new EventsQuery();
    const all = query.matching(source, edition, input());
    expect(all.map((e) => e.id)).to.deep.equal(['early', 'late']);
    expect(query.matching(source, edition, input())).to.equal(all);
    const youth = input({ filters: { ...EMPTY_FILTERS, youth: true } });
    expect(query.matching(source, edition, youth).map((e) => e.id)).to.deep.equal(['late']);
    const plan = input({ filters: { ...EMPTY_FILTERS, plan: true }, planIds: ['early'] });
    expect(query.matching(source, edition, plan).map((e) => e.id)).to.deep.equal(['early']);
    const text = input({ filters: { ...EMPTY_FILTERS, q: 'nothing like this' } });
    expect(query.matching(source, edition, text)).to.deep.equal([]);
  });

  it('hides ended events during the week, not after it', () => {
    const edition = testEdition();
    expect(hidesPast(edition, NOW, false)).to.equal(true);
    expect(hidesPast(edition, NOW, true)).to.equal(false);
    expect(hidesPast(edition, new Date('2030-01-01T00:00:00Z'), false)).to.equal(false);
  });

  it('offers the days within from/to, ignoring malformed bounds', () => {
    const edition = testEdition();
    const days = selectableDays(edition, '2025-05-26', '2025-05-28');
    expect(days).to.deep.equal(['2025-05-26', '2025-05-27', '2025-05-28']);
    expect(selectableDays(edition, 'tomorrow', 'x')[0]).to.equal(edition.start);
    const q = new EventsQuery();
    expect(q.days(edition, '2025-05-26')).to.equal(q.days(edition, '2025-05-26'));
    const bounds = dayBounds(edition, input({ from: '2025-05-26', hidePast: false }));
    expect(bounds).to.deep.equal({ floorDay: '2025-05-26', ceilingDay: '' });
  });

  it('presets, controls and the cities a split feed loads', () => {
    expect(presetFilters(' 140100 , 140200', 'ai', undefined)).to.deep.include({
      city: '140100,140200',
      topic: 'ai',
      q: '',
    });
    expect([...filterControls('search, nonsense, city')]).to.deep.equal(['search', 'city']);
    expect(filterControls('none').size).to.equal(0);
    expect(filterControls(undefined).size).to.equal(7);
    expect(cityScope([], '140100')).to.equal('');
    expect(cityScope(['140200', '140100'], undefined)).to.equal('140100,140200');
    expect(cityScope(['140100'], '140100,140200')).to.equal('140100,140200');
    expect(cityScope(['140300'], '')).to.equal('');
  });
});
