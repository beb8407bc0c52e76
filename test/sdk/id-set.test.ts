import { expect } from 'chai';
import { IdSet } from '../../src/feed/id-set.js';
import { seenIds, validateEdition, validateEvents } from '../../src/feed/validate.js';
import { testEdition } from '../support/fixture-edition.js';
import { generateRawEvents } from '../support/generate-events.js';
import { seededRandom } from '../support/seeded-random.mjs';

/** Adds and deletes of ids from a small pool (so that many repeat), as the duplicate check does. */
function operations(count: number, pool: number): ['add' | 'delete', string][] {
  const random = seededRandom(16);
  return Array.from({ length: count }, () => [
    random() < 0.8 ? 'add' : 'delete',
    `evt-${Math.floor(random() * pool)}`,
  ]);
}

describe('IdSet (the duplicate check of a list of records)', () => {
  for (const [label, expected, maxProbes] of [
    ['sized for the list', 20_000, undefined],
    ['grown from empty', 0, undefined],
    ['after its fallback to a Set', 0, 2],
  ] as const) {
    it(`answers as a Set does, ${label}`, () => {
      const ids = new IdSet(expected, maxProbes);
      const set = new Set<string>();
      for (const [operation, id] of operations(30_000, 12_000)) {
        if (operation === 'add') {
          const before = ids.size;
          expect(ids.add(id).size !== before, id).to.equal(set.add(id).size !== before);
        } else {
          ids.delete(id);
          set.delete(id);
        }
        expect(ids.size).to.equal(set.size);
      }
      expect(set.size).to.be.greaterThan(5000);
    });
  }

  it('tells apart ids whose characters differ anywhere, and the empty id', () => {
    const ids = new IdSet(4);
    for (const id of ['', 'a', 'b', 'ab', 'ba', 'a\u0000', '\u4e2d', 'evt-1', 'evt-10', 'evt-01']) {
      const before = ids.size;
      expect(ids.add(id).size, id).to.equal(before + 1);
      expect(ids.add(id).size, id).to.equal(before + 1);
    }
    expect(ids.size).to.equal(10);
  });

  describe('in validateEvents', () => {
    afterEach(() => (seenIds.make = (expected) => new IdSet(expected)));

    it('drops the same repeated ids as the Set browsers use, with the same issues', () => {
      const edition = validateEdition(testEdition()).value;
      const random = seededRandom(3);
      // Ids repeat; some records are dropped by the rules (unknown city), so a later record
      // with their id is kept.
      const events = generateRawEvents(edition, 2000, 5).map((raw, i) => {
        const event = raw as Record<string, unknown>;
        event.id = `evt-${Math.floor(random() * 1500)}`;
        if (i % 7 === 0) event.city = '999999';
        return event;
      });
      seenIds.make = (expected) => new IdSet(expected);
      const fast = validateEvents(structuredClone(events), edition);
      seenIds.make = () => new Set<string>();
      const slow = validateEvents(structuredClone(events), edition);
      expect(fast.value.map((event) => event.id)).to.deep.equal(
        slow.value.map((event) => event.id),
      );
      expect(fast.issues).to.deep.equal(slow.issues);
      expect(
        fast.issues.filter((issue) => issue.code === 'record.duplicate-id'),
      ).to.have.length.above(100);
    });
  });
});
