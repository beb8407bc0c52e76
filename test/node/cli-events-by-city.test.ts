/**
 * `--split city` groups and orders events with its own sort (cli/events-by-city.ts, for speed):
 * the files must hold exactly what the SDK's `groupEventsByCity` gives, list for list.
 */
import { expect } from 'chai';
import { eventsByCity } from '../../cli/events-by-city.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { validateEdition, validateEvents } from '../../src/feed/validate.js';
import { groupEventsByCity } from '../../src/query/events.js';
import { testEdition } from '../support/fixture-edition.js';
import { generateRawEvents, seededRandom } from '../support/generate-events.js';

const edition = validateEdition(testEdition()).value;

describe('sx-feed build --split city: events by city', () => {
  it('gives the SDK grouping and order, ties and counties and unknown codes included', () => {
    const random = seededRandom(7);
    const raw = generateRawEvents(edition, 3000, 11) as Record<string, unknown>[];
    const [first, second] = edition.cities;
    raw.forEach((event, i) => {
      // Many equal starts and ends, so the id decides; ids in no particular order.
      event.id = `e-${Math.floor(random() * 1e6).toString(36)}-${i}`;
      if (i % 3 === 0) {
        event.start = '2025-05-25T09:00:00+08:00';
        event.end = i % 2 ? '2025-05-25T11:00:00+08:00' : '2025-05-25T10:00:00+08:00';
      }
      // A county of a city, and codes that are none of the edition's cities.
      if (i % 17 === 0) event.city = `${first!.code.slice(0, 4)}21`;
      if (i % 29 === 0) event.city = i % 2 ? '990100' : '110100';
      if (i % 31 === 0) event.city = second!.code;
    });
    // Both groupings read only id, city, start and end: the records need not pass validation
    // (which would refuse the codes outside the edition).
    const events = raw as unknown as ProgrammeEvent[];
    const ours = eventsByCity(events, edition);
    const sdk = groupEventsByCity(events, edition).map(({ code, events }) => ({ code, events }));
    expect(ours.map((g) => g.code)).to.deep.equal(sdk.map((g) => g.code));
    expect(ours.map((g) => g.code)).to.include.members(['110100', '990100', first!.code]);
    ours.forEach((group, i) => {
      const expected = sdk[i]!.events;
      expect(group.events.length).to.equal(expected.length);
      // The same records in the same order (identity, not only equal content).
      expect(group.events.every((event: ProgrammeEvent, k) => event === expected[k])).to.equal(
        true,
      );
    });
  });

  it('keeps the input order of events with the same start, end and id', () => {
    const [event] = validateEvents(generateRawEvents(edition, 1, 3), edition, 'events').value;
    const copies = [{ ...event! }, { ...event! }, { ...event! }];
    const [group] = eventsByCity(copies, edition);
    expect(group!.events).to.deep.equal(copies);
    expect(group!.events.every((e, k) => e === copies[k])).to.equal(true);
  });
});
