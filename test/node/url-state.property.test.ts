/**
 * The URL-state reader of `<sx-events sync-url>` against arbitrary query strings: whatever a link
 * carries, reading never throws, only valid values come back, and each refused parameter is
 * reported once. Every run is bounded in time (CI must not hang on a slow machine).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { isIsoDate } from '../../src/time/zoned.js';
import { readUrlState, urlWithState } from '../../widgets/events/url-state.js';
import { EMPTY_FILTERS, type FilterState } from '../../widgets/events/filter-state.js';
import { MAX_TEXT_LENGTH } from '../../widgets/shared/read-input.js';

const BOUND = { numRuns: 400, interruptAfterTimeLimit: 4000 };
const KEYS = ['city', 'topic', 'day', 'q', 'free', 'youth', 'plan'];

/** Text with percent escapes, good and broken (`%E0%A4%A`), `&`, `=`, `+` and any character. */
const queryText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%25', '+', '&', '=', '#', '?', '%u202E'),
      fc.constantFrom('\u202e', '<script>', '2025-13-45', '2025-05-30', '140100', '1', 'true'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const parameter = fc.tuple(
  fc.oneof(fc.constantFrom(...KEYS.map((key) => `sx-${key}`)), queryText),
  fc.oneof(queryText, fc.string({ minLength: 150, maxLength: 400 })),
);

/** A query string as a browser may hand it over: `?a=b&a=c&…`, raw, unescaped or not. */
const query = fc
  .tuple(fc.boolean(), fc.array(parameter, { maxLength: 8 }), fc.boolean())
  .map(
    ([mark, params, encode]) =>
      (mark ? '?' : '') +
      params
        .map(([k, v]) =>
          encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
        )
        .join('&'),
  );

function read(search: string): { state: Partial<FilterState>; ignored: string[] } {
  const ignored: string[] = [];
  const state = readUrlState(search, (problem) => ignored.push(problem));
  return { state, ignored };
}

const TOKENS = /^([\p{L}\p{N}_.:-]{1,64}(,[\p{L}\p{N}_.:-]{1,64})*)?$/u;

describe('readUrlState (property-based)', () => {
  it('never throws, and returns only values the widget can use', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state } = read(search);
        if (state.day !== undefined)
          expect(state.day === '' || isIsoDate(state.day)).to.equal(true);
        if (state.city !== undefined) expect(state.city).to.match(TOKENS);
        if (state.topic !== undefined) expect(state.topic).to.match(TOKENS);
        if (state.q !== undefined) expect(state.q.length).to.be.at.most(MAX_TEXT_LENGTH);
        for (const flag of ['free', 'youth', 'plan'] as const) {
          if (state[flag] !== undefined) expect(state[flag]).to.be.a('boolean');
        }
        const known = Object.keys(state).filter((key) => !KEYS.includes(key));
        expect(known, 'no key from outside the filter state').to.deep.equal([]);
      }),
      BOUND,
    );
  });

  it('reports each sx- parameter it refuses exactly once, and nothing it keeps', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state, ignored } = read(search);
        const params = new URLSearchParams(search);
        const present = KEYS.filter((key) => params.has(`sx-${key}`));
        const refused = present.filter((key) => !(key in state));
        expect(ignored).to.have.length(refused.length);
        for (const [index, key] of refused.entries()) {
          expect(ignored[index]).to.match(new RegExp(`^sx-${key}=`));
        }
      }),
      BOUND,
    );
  });

  it('the first of repeated parameters counts', () => {
    fc.assert(
      fc.property(fc.constantFrom('2025-05-30', '2025-05-31'), (day) => {
        const { state, ignored } = read(`?sx-day=${day}&sx-day=foo&sx-day=2025-05-24`);
        expect(state.day).to.equal(day);
        expect(ignored).to.deep.equal([]);
      }),
      BOUND,
    );
  });

  it('reads back every valid state it writes', () => {
    const state = fc.record({
      city: fc.constantFrom('', '140100', '140100,140200'),
      topic: fc.constantFrom('', 'ai', 'ai,health'),
      day: fc.constantFrom('', '2025-05-24', '2025-05-31'),
      q: fc.string({ maxLength: MAX_TEXT_LENGTH }),
      free: fc.boolean(),
      youth: fc.boolean(),
      plan: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (written) => {
        const href = urlWithState('https://partner.example/page?x=1#top', written, EMPTY_FILTERS);
        const { state: back, ignored } = read(new URL(href).search);
        expect({ ...EMPTY_FILTERS, ...back }).to.deep.equal(written);
        expect(ignored).to.deep.equal([]);
        expect(new URL(href).hash).to.equal('#top');
      }),
      BOUND,
    );
  });

  for (const [search, refusedKey] of [
    ['?sx-day=foo', 'day'],
    ['?sx-day=2025-13-45', 'day'],
    ['?sx-day=2025-02-30', 'day'],
    ['?sx-city=%3Cscript%3Ealert(1)%3C/script%3E', 'city'],
    ['?sx-topic=a%20b', 'topic'],
    ['?sx-free=yes', 'free'],
    [`?sx-q=${'x'.repeat(MAX_TEXT_LENGTH + 1)}`, 'q'],
    [`?sx-city=${'1'.repeat(100_000)}`, 'city'],
    ['?sx-day=%E0%A4%A', 'day'],
  ] as const) {
    it(`ignores ${search.slice(0, 48)} with one report`, () => {
      const { state, ignored } = read(search);
      expect(state).to.not.have.property(refusedKey);
      expect(ignored).to.have.length(1);
      expect(ignored[0]!.length, 'the report quotes a short value').to.be.below(160);
    });
  }
});
