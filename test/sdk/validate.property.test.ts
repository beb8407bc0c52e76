import { expect } from 'chai';
import fc from 'fast-check';
import { FeedValidationError } from '../../src/errors.js';
import { validateEdition, validateEvents, validateFeed } from '../../src/feed/validate.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const edition = validateEdition(testEdition()).value;
const pad = (n: number) => String(n).padStart(2, '0');

/** Plain text that survives trimming (so it is never read as empty). */
const text = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((s) => s.trim() !== '');

/** A wall-clock time within the week, with or without an offset. */
const instantParts = fc.record({
  day: fc.integer({ min: 24, max: 31 }),
  minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  offset: fc.constantFrom('', '+08:00', 'Z', '-05:00'),
});
const instant = ({ day, minutes, offset }: { day: number; minutes: number; offset: string }) =>
  `2025-05-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${offset}`;

const ids = (terms: { id: string }[]) => terms.map((t) => t.id);

/** Any valid event of the test edition, optional fields and all. */
const validEvent = fc
  .record(
    {
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
      title: text(200),
      titleEn: text(200),
      summary: text(2000),
      category: fc.constantFrom(...ids(edition.categories)),
      topics: fc.uniqueArray(fc.constantFrom(...ids(edition.topics))),
      audience: fc.uniqueArray(fc.constantFrom(...ids(edition.audiences))),
      city: fc.constantFrom(...edition.cities.map((c) => c.code)),
      venue: fc.record(
        {
          name: text(200),
          address: text(300),
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lng: fc.double({ min: -180, max: 180, noNaN: true }),
        },
        { requiredKeys: ['name'] },
      ),
      online: fc.record({ url: fc.webUrl(), platform: text(100) }, { requiredKeys: ['url'] }),
      start: instantParts,
      durationMinutes: fc.integer({ min: 0, max: 600 }),
      organiser: text(200),
      free: fc.boolean(),
      url: fc.webUrl(),
      image: fc.record({ src: fc.webUrl(), alt: text(500) }),
      sample: fc.boolean(),
    },
    {
      requiredKeys: ['id', 'title', 'category', 'city', 'start', 'durationMinutes', 'organiser'],
    },
  )
  .filter((e) => e.venue !== undefined || e.online !== undefined)
  .map(({ start, durationMinutes, venue, ...rest }) => {
    // Same offset at both ends keeps end - start = durationMinutes whatever the offset.
    const end = { ...start, minutes: start.minutes + durationMinutes };
    const endDay = end.day + Math.floor(end.minutes / (24 * 60));
    // A venue with half a coordinate is repaired, not kept as is: give both or neither.
    const place =
      venue && (venue.lat === undefined) !== (venue.lng === undefined)
        ? { name: venue.name }
        : venue;
    return {
      ...rest,
      ...(place ? { venue: place } : {}),
      start: instant(start),
      end: instant({ ...end, day: endDay, minutes: end.minutes % (24 * 60) }),
    };
  })
  .filter((e) => !e.end.startsWith('2025-05-32'));

describe('validate (properties)', () => {
  it('validateFeed throws nothing but FeedValidationError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true }), fc.jsonValue()), (input) => {
        try {
          validateFeed(input);
        } catch (error) {
          expect(error).to.be.instanceOf(FeedValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validateFeed throws nothing at all for a valid edition and arbitrary records', () => {
    const noise = fc.anything({ withNullPrototype: true, maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.record(
          {
            events: noise,
            labs: fc.array(noise),
            stories: fc.array(noise),
            resources: noise,
            updatedAt: noise,
          },
          { requiredKeys: [] },
        ),
        (parts) => {
          validateFeed({ schemaVersion: '1.0', edition: testEdition(), ...parts });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('validateEvents never throws', () => {
    const eventLike = fc.record(
      Object.fromEntries(
        Object.keys(testEvent()).map((key) => [
          key,
          fc.anything({ withNullPrototype: true, maxDepth: 2 }),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(fc.oneof(eventLike, fc.anything()))),
        (input) => {
          validateEvents(input, edition);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never drops a valid event, and reading its output again changes nothing', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        const first = validateEvents([event], edition);
        expect(first.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
        expect(first.value).to.have.length(1);
        expect(first.value[0]!.id).to.equal(event.id);
        const again = validateEvents(JSON.parse(JSON.stringify(first.value)), edition);
        expect(again.value).to.deep.equal(first.value);
      }),
      { numRuns: 200 },
    );
  });

  it('appending invalid records never drops the valid ones', () => {
    const valid = fc.uniqueArray(validEvent, { selector: (e) => e.id, maxLength: 5 });
    const junk = fc.oneof(
      fc.anything(),
      fc.constant({ ...testEvent({ id: 'junk' }), title: '' }),
      fc.constant({ ...testEvent({ id: 'junk-2' }), city: '999999' }),
    );
    fc.assert(
      fc.property(valid, fc.array(junk, { minLength: 1, maxLength: 5 }), (events, bad) => {
        const result = validateEvents([...events, ...bad], edition);
        const kept = result.value.map((e: ProgrammeEvent) => e.id);
        expect(kept.slice(0, events.length)).to.deep.equal(events.map((e) => e.id));
      }),
      { numRuns: 200 },
    );
  });
});
