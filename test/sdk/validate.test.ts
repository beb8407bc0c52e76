import { expect } from 'chai';
import { FeedValidationError, FeedVersionError } from '../../src/errors.js';
import {
  isManifest,
  validateEdition,
  validateEvents,
  validateFeed,
  validateLabs,
  validateStories,
} from '../../src/feed/validate.js';
import type { FeedDocument, FeedIssue, Severity } from '../../src/feed/types.js';
import { testEdition, testEvent, testLab, testStory } from '../support/fixture-edition.js';

/** As a publisher's JSON would carry it: no `undefined`, no shared objects. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function expectIssue(issues: FeedIssue[], path: string, severity: Severity): FeedIssue {
  const found = issues.filter((i) => i.path === path);
  expect(found, `no issue at ${path}; got ${JSON.stringify(issues)}`).to.have.length(1);
  expect(found[0]!.severity).to.equal(severity);
  // A sentence a person can read, not a code.
  expect(found[0]!.message).to.match(/^\S.{10,}\.$/);
  return found[0]!;
}

function expectFatal(
  run: () => unknown,
  path: string,
  type: new (...args: never[]) => FeedValidationError = FeedValidationError,
): FeedValidationError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(type);
    expect((error as FeedValidationError).path).to.equal(path);
    return error as FeedValidationError;
  }
  throw new Error(`expected ${type.name} at ${path}`);
}

const edition = validateEdition(json(testEdition())).value;

/** Three good events around the one under test, which sits at `events[2]`. */
function eventsAround(bad: unknown) {
  const input = json([testEvent({ id: 'a' }), testEvent({ id: 'b' }), bad, testEvent({ id: 'c' })]);
  return validateEvents(input, edition);
}

/** `testEvent` with `changes` applied; `undefined` removes a field. */
const eventWith = (changes: Record<string, unknown>) => ({
  ...json(testEvent({ id: 'bad' })),
  ...changes,
});

const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('validate', () => {
  describe('the fixtures', () => {
    it('are valid and already in normal form', () => {
      const feed = json({
        schemaVersion: '1.0',
        edition: testEdition(),
        events: [testEvent()],
        labs: [testLab()],
        stories: [testStory()],
      });
      const result = validateFeed(feed);
      expect(result.issues).to.deep.equal([]);
      expect(result.value).to.deep.equal(feed);
    });
  });

  describe('events: a bad record is dropped, the others survive', () => {
    const dropped: [string, Record<string, unknown>, string][] = [
      ['a missing title', { title: undefined }, 'events[2].title'],
      ['a title that is not text', { title: 42 }, 'events[2].title'],
      ['an empty title', { title: '   ' }, 'events[2].title'],
      ['an end before the start', { end: '2025-05-30T13:59:00+08:00' }, 'events[2].end'],
      ['a start that is not a date', { start: '30 May 2025 14:00' }, 'events[2].start'],
      ['an impossible date', { start: '2025-02-30T14:00:00+08:00' }, 'events[2].start'],
      ['an unknown city', { city: '149900' }, 'events[2].city'],
      ['a city that is no division code', { city: 'Taiyuan' }, 'events[2].city'],
      ['neither a venue nor an online location', { venue: undefined }, 'events[2].venue'],
      ['an id with spaces', { id: 'open day' }, 'events[2].id'],
    ];
    for (const [defect, changes, path] of dropped) {
      it(`drops an event with ${defect}`, () => {
        const result = eventsAround(eventWith(changes));
        expect(ids(result.value)).to.deep.equal(['a', 'b', 'c']);
        expectIssue(result.issues, path, 'error');
        expect(result.issues).to.have.length(1);
      });
    }

    it('drops an event whose only location is an unsafe link, saying why', () => {
      const result = eventsAround(
        eventWith({ venue: undefined, online: { url: 'javascript:alert(1)' } }),
      );
      expect(ids(result.value)).to.deep.equal(['a', 'b', 'c']);
      expectIssue(result.issues, 'events[2].online.url', 'warning');
      expectIssue(result.issues, 'events[2].venue', 'error');
    });

    it('drops an entry that is not an object', () => {
      const result = eventsAround('not an event');
      expect(ids(result.value)).to.deep.equal(['a', 'b', 'c']);
      expectIssue(result.issues, 'events[2]', 'error');
    });

    it('drops a duplicate id after the first, keeping the first', () => {
      const result = eventsAround(eventWith({ id: 'a', title: 'Second a' }));
      expect(ids(result.value)).to.deep.equal(['a', 'b', 'c']);
      expect(result.value[0]!.title).to.equal(testEvent().title);
      expectIssue(result.issues, 'events[2].id', 'error');
    });
  });

  describe('events: a repairable problem costs only the field', () => {
    it('leaves out a javascript: link', () => {
      const result = eventsAround(eventWith({ url: 'javascript:alert(document.cookie)' }));
      expect(ids(result.value)).to.deep.equal(['a', 'b', 'bad', 'c']);
      expect(result.value[2]).not.to.have.property('url');
      expectIssue(result.issues, 'events[2].url', 'warning');
    });

    it('leaves out data: and relative image sources with the image', () => {
      const result = eventsAround(
        eventWith({ image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'Poster' } }),
      );
      expect(result.value[2]).not.to.have.property('image');
      expectIssue(result.issues, 'events[2].image.src', 'warning');
    });

    it('leaves out an image without alt text', () => {
      const result = eventsAround(eventWith({ image: { src: 'https://example.org/p.jpg' } }));
      expect(result.value[2]).not.to.have.property('image');
      expectIssue(result.issues, 'events[2].image.alt', 'warning');
    });

    it('removes an unknown topic id from the list', () => {
      const result = eventsAround(eventWith({ topics: ['ai', 'astrology', 'health'] }));
      expect(result.value[2]!.topics).to.deep.equal(['ai', 'health']);
      expectIssue(result.issues, 'events[2].topics[1]', 'warning');
    });

    it('keeps an unknown category, with a warning', () => {
      const result = eventsAround(eventWith({ category: 'cooking' }));
      expect(result.value[2]!.category).to.equal('cooking');
      expectIssue(result.issues, 'events[2].category', 'warning');
    });

    it('reads an unreadable free: "yes" as unknown, never as free or paid', () => {
      const result = eventsAround(eventWith({ free: 'yes' }));
      expect(result.value[2]).to.not.have.property('free');
      expectIssue(result.issues, 'events[2].free', 'warning');
    });

    it('drops an out-of-range latitude and its longitude, keeping the venue name', () => {
      const result = eventsAround(
        eventWith({ venue: { name: '山西博物院', lat: 137.9, lng: 112.5 } }),
      );
      expect(result.value[2]!.venue).to.deep.equal({ name: '山西博物院' });
      expectIssue(result.issues, 'events[2].venue.lat', 'warning');
      expectIssue(result.issues, 'events[2].venue', 'warning');
    });

    it('shortens an over-long title to 200 characters', () => {
      const result = eventsAround(eventWith({ title: '科'.repeat(250) }));
      const title = result.value[2]!.title;
      expect(title).to.have.length(200);
      expect(title.endsWith('…')).to.equal(true);
      expectIssue(result.issues, 'events[2].title', 'warning');
    });

    it('never splits a character made of two UTF-16 units when shortening', () => {
      const result = eventsAround(eventWith({ title: 'a' + '😀'.repeat(150) }));
      const title = result.value[2]!.title;
      expect(title.length).to.be.at.most(200);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(title)).to.equal(false);
    });
  });

  describe('events: normalisation', () => {
    it('keeps HTML as the text it is', () => {
      const title = '<img src=x onerror="alert(1)"><b>科学</b>';
      const result = eventsAround(eventWith({ title }));
      expect(result.value[2]!.title).to.equal(title);
      expect(result.issues).to.deep.equal([]);
    });

    it('trims whitespace', () => {
      const result = eventsAround(eventWith({ title: '  科学之夜 \n', organiser: '\t主办 ' }));
      expect(result.value[2]!.title).to.equal('科学之夜');
      expect(result.value[2]!.organiser).to.equal('主办');
    });

    it("reads a time without an offset in the edition's zone", () => {
      const result = eventsAround(
        eventWith({ start: '2025-05-30T14:00', end: '2025-05-30 16:30:00' }),
      );
      expect(result.value[2]!.start).to.equal('2025-05-30T14:00:00+08:00');
      expect(result.value[2]!.end).to.equal('2025-05-30T16:30:00+08:00');
      expect(result.issues).to.deep.equal([]);
    });

    it('reads offset-less times in the zone of the edition, not of the machine', () => {
      const berlin = validateEdition(json(testEdition({ timeZone: 'Europe/Berlin' }))).value;
      const result = validateEvents(
        json([testEvent({ start: '2025-05-30T14:00', end: '2025-12-01T09:00' })]),
        berlin,
      );
      expect(result.value[0]!.start).to.equal('2025-05-30T14:00:00+02:00');
      expect(result.value[0]!.end).to.equal('2025-12-01T09:00:00+01:00');
    });

    it('compares start and end as instants, not as text', () => {
      // 15:00 in UTC is 23:00 in Shanghai: after 16:00+08:00 would be wrong, before is right.
      const result = eventsAround(
        eventWith({ start: '2025-05-30T06:00:00Z', end: '2025-05-30T15:00:00+08:00' }),
      );
      expect(ids(result.value)).to.include('bad');
    });

    it('ignores unknown fields and fills left-out lists', () => {
      const result = eventsAround(
        eventWith({ topics: undefined, audience: undefined, secret: 'x' }),
      );
      expect(result.value[2]).not.to.have.property('secret');
      expect(result.value[2]!.topics).to.deep.equal([]);
      expect(result.value[2]!.audience).to.deep.equal([]);
    });

    it('treats null and empty optional fields as left out, silently', () => {
      const result = eventsAround(eventWith({ summary: null, titleEn: '  ' }));
      expect(result.value[2]).not.to.have.property('summary');
      expect(result.value[2]).not.to.have.property('titleEn');
      expect(result.issues).to.deep.equal([]);
    });

    it('accepts an online-only event', () => {
      const result = eventsAround(
        eventWith({
          venue: undefined,
          online: { url: 'https://live.example.org/x', platform: '直播' },
        }),
      );
      expect(ids(result.value)).to.include('bad');
    });

    it('reports a feed whose events are not a list, without throwing', () => {
      const result = validateEvents({ a: 1 }, edition);
      expect(result.value).to.deep.equal([]);
      expectIssue(result.issues, 'events', 'error');
    });
  });

  describe('labs and stories', () => {
    it('drops a lab without a location', () => {
      const result = validateLabs(
        json([testLab({ id: 'x' }), { ...json(testLab()), location: undefined }]),
        edition,
      );
      expect(ids(result.value)).to.deep.equal(['x']);
      expectIssue(result.issues, 'labs[1].location', 'error');
    });

    it('drops an opening that ends before it starts, keeping the lab', () => {
      const lab = testLab({
        openings: [
          { start: '2025-05-30T12:00:00+08:00', end: '2025-05-30T09:00:00+08:00' },
          { start: '2025-05-31T09:00:00+08:00', end: '2025-05-31T12:00:00+08:00' },
        ],
      });
      const result = validateLabs(json([lab]), edition);
      expect(result.value[0]!.openings).to.have.length(1);
      expectIssue(result.issues, 'labs[0].openings[0].end', 'warning');
    });

    it('keeps a lab of an unknown kind, with a warning', () => {
      const result = validateLabs(json([testLab({ kind: 'observatory' })]), edition);
      expect(result.value).to.have.length(1);
      expectIssue(result.issues, 'labs[0].kind', 'warning');
    });

    it('removes an unknown spirit facet and keeps paragraphs as text', () => {
      const body = ['<p>第一段</p>', 42, '第三段'];
      const result = validateStories(
        json([{ ...json(testStory({ spirit: ['innovation', 'luck'] })), body }]),
        edition,
      );
      expect(result.value[0]!.spirit).to.deep.equal(['innovation']);
      expect(result.value[0]!.body).to.deep.equal(['<p>第一段</p>', '第三段']);
      expectIssue(result.issues, 'stories[0].spirit[1]', 'warning');
      expectIssue(result.issues, 'stories[0].body[1]', 'warning');
    });

    it('drops a story without a summary', () => {
      const result = validateStories(json([{ ...testStory(), summary: undefined }]), edition);
      expect(result.value).to.deep.equal([]);
      expectIssue(result.issues, 'stories[0].summary', 'error');
    });
  });

  describe('edition', () => {
    it('is fatal when missing', () => {
      expectFatal(() => validateFeed({ schemaVersion: '1.0', events: [] }), 'edition');
    });

    it('is fatal with an unknown time zone, naming the path', () => {
      const error = expectFatal(
        () => validateEdition(json(testEdition({ timeZone: 'Mars/Olympus_Mons' }))),
        'edition.timeZone',
      );
      expect(error.message).to.include('edition.timeZone');
      expectIssue(error.issues, 'edition.timeZone', 'error');
    });

    it('is fatal when it ends before it starts', () => {
      expectFatal(
        () => validateEdition(json(testEdition({ start: '2025-06-08', end: '2025-05-24' }))),
        'edition.end',
      );
    });

    it('is fatal with a date that is no calendar day', () => {
      expectFatal(
        () => validateEdition(json(testEdition({ start: '2025-05-32' }))),
        'edition.start',
      );
    });

    it('is fatal without any valid city', () => {
      expectFatal(() => validateEdition(json(testEdition({ cities: [] }))), 'edition.cities');
    });

    it('leaves out an unsafe official link', () => {
      const result = validateEdition(json(testEdition({ officialUrl: 'javascript:void(0)' })));
      expect(result.value).not.to.have.property('officialUrl');
      expectIssue(result.issues, 'edition.officialUrl', 'warning');
    });

    it('drops a repeated topic id', () => {
      const topics = [...testEdition().topics, { id: 'ai', zh: '重复', en: 'Duplicate' }];
      const result = validateEdition(json(testEdition({ topics })));
      expect(result.value.topics).to.have.length(8);
      expectIssue(result.issues, 'edition.topics[8]', 'warning');
    });

    it('uses the path it is given', () => {
      expectFatal(
        () => validateEdition({ ...json(testEdition()), title: '' }, 'feed.edition'),
        'feed.edition.title',
      );
    });
  });

  describe('feed', () => {
    const feed = (changes: Record<string, unknown> = {}) => ({
      schemaVersion: '1.0',
      edition: json(testEdition()),
      events: json([testEvent()]),
      ...changes,
    });

    it('refuses an unknown schema major', () => {
      const error = expectFatal(
        () => validateFeed(feed({ schemaVersion: '2.0' })),
        'schemaVersion',
        FeedVersionError,
      );
      expect((error as FeedVersionError).schemaVersion).to.equal('2.0');
    });

    it('refuses a schema version it cannot read', () => {
      expectFatal(
        () => validateFeed(feed({ schemaVersion: 'v1' })),
        'schemaVersion',
        FeedVersionError,
      );
    });

    it('reads any minor of the major it knows', () => {
      expect(validateFeed(feed({ schemaVersion: '1.7' })).value.schemaVersion).to.equal('1.7');
    });

    it('reads a feed without schemaVersion as 1.0, with a warning', () => {
      const result = validateFeed(feed({ schemaVersion: undefined }));
      expect(result.value.schemaVersion).to.equal('1.0');
      expectIssue(result.issues, 'schemaVersion', 'warning');
    });

    it('is fatal for a feed that is not an object', () => {
      for (const input of [null, [], 'feed', 42]) expectFatal(() => validateFeed(input), 'edition');
    });

    it('fills the lists a document leaves out', () => {
      const result = validateFeed(feed());
      expect(isManifest(result.value)).to.equal(false);
      const document = result.value as FeedDocument;
      expect(document.events).to.have.length(1);
      expect(document.labs).to.deep.equal([]);
      expect(document.stories).to.deep.equal([]);
    });

    it('tells a manifest by its resources and drops bad city keys', () => {
      const result = validateFeed({
        schemaVersion: '1.0',
        edition: json(testEdition()),
        updatedAt: '2025-05-20T08:00',
        resources: {
          events: { byCity: { '140100': 'events/taiyuan.json', taiyuan: 'x.json' } },
          labs: 'labs.json',
        },
      });
      expect(isManifest(result.value)).to.equal(true);
      expect(result.value.updatedAt).to.equal('2025-05-20T08:00:00+08:00');
      expect(result.value).to.deep.include({
        resources: { events: { byCity: { '140100': 'events/taiyuan.json' } }, labs: 'labs.json' },
      });
      expectIssue(result.issues, 'resources.events.byCity.taiyuan', 'warning');
    });

    it('ignores resources that are not an object, reading the feed as a document', () => {
      const result = validateFeed(feed({ resources: 'events.json' }));
      expect(isManifest(result.value)).to.equal(false);
      expectIssue(result.issues, 'resources', 'warning');
    });

    it('reports, but survives, events that are not a list', () => {
      const result = validateFeed(feed({ events: 'none', labs: [] }));
      expect((result.value as FeedDocument).events).to.deep.equal([]);
      expectIssue(result.issues, 'events', 'error');
    });

    it('drops an unsafe updatedAt, keeping the feed', () => {
      const result = validateFeed(feed({ updatedAt: 'yesterday' }));
      expect(result.value).not.to.have.property('updatedAt');
      expectIssue(result.issues, 'updatedAt', 'warning');
    });
  });
});
