// Runs in Node (mocha) and in Chromium (web-test-runner's sdk group): issue #14 items 5, 7, 8, 9.
import { expect } from 'chai';
import fc from 'fast-check';
import { FeedValidationError } from '../../src/errors.js';
import { ISSUE_CODES, issueText } from '../../src/feed/issue-messages.js';
import {
  validateEdition,
  validateEvents,
  validateEventsChunked,
  validateFeed,
  validateFeedChunked,
  validateLabs,
  validateStories,
} from '../../src/feed/validate.js';
import type { FeedDocument, FeedIssue } from '../../src/feed/types.js';
import { filterEvents } from '../../src/query/events.js';
import { filterLabs } from '../../src/query/labs.js';
import { filterStories } from '../../src/query/stories.js';
import { testEdition, testEvent, testLab, testStory } from '../support/fixture-edition.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const edition = validateEdition(json(testEdition())).value;
const feed = () =>
  json({
    schemaVersion: '1.0',
    edition: testEdition(),
    events: [
      testEvent({ id: 'a' }),
      testEvent({ id: 'b', venue: undefined, online: { url: 'https://live.example.org/b' } }),
    ],
    labs: [testLab()],
    stories: [testStory()],
  });

/** Own data only, as plain values: what a record really holds (never calls toJSON). */
function snapshot(value: unknown): unknown {
  if (Array.isArray(value))
    return Array.from({ length: value.length }, (_, i) => snapshot(value[i]));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = snapshot((value as never)[key]);
    return out;
  }
  return value;
}

/** Every object in `value` (deep) inherits nothing from Object.prototype. */
function inheritsNothing(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(inheritsNothing);
  if (typeof value !== 'object' || value === null) return true;
  let proto = Object.getPrototypeOf(value) as object | null;
  while (proto) {
    if (proto === Object.prototype) return false;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return Object.keys(value).every((key) => inheritsNothing((value as never)[key]));
}

const POLLUTION: [string, unknown][] = [
  ['registration', { required: true, url: 'https://evil.example/' }],
  ['online', { url: 'https://evil.example/live' }],
  ['venue', { name: 'Nowhere' }],
  ['quote', { text: 'Never said', source: { title: 'x' } }],
  ['image', { src: 'https://evil.example/x.png', alt: 'x' }],
  ['url', 'https://evil.example/'],
  ['free', true],
  ['sample', true],
  ['start', '2030-01-01T00:00:00+08:00'],
  ['topics', ['astrology']],
  ['titleEn', 'Polluted'],
  ['price', '999元'],
  ['allDay', true],
  ['tile', { col: 99, row: 99 }],
  ['bodyEn', ['Polluted']],
  ['updatedAt', '2030-01-01T00:00:00Z'],
  ['resources', { events: 'evil.json' }],
  ['0', 'polluted'],
  ['1', { id: 'ghost' }],
  ['length', 5],
  ['toJSON', () => ({ hacked: true })],
];

function polluted<T>(key: string, value: unknown, run: () => T): T {
  const targets = [Object.prototype, Array.prototype];
  const saved = targets.map((target) => Object.getOwnPropertyDescriptor(target, key));
  try {
    for (const target of targets) {
      if (key === 'length' && target === Array.prototype) continue;
      Object.defineProperty(target, key, { value, configurable: true, writable: true });
    }
    return run();
  } finally {
    targets.forEach((target, i) => {
      const descriptor = saved[i];
      if (key === 'length' && target === Array.prototype) return;
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete (target as Record<string, unknown>)[key];
    });
  }
}

describe('validate (hardening)', () => {
  describe('a polluted prototype never reaches the data (item 8)', () => {
    const clean = validateFeed(feed());
    const cleanSnapshot = snapshot(clean.value);
    const cleanIssues = clean.issues.length;

    for (const [key, value] of POLLUTION) {
      it(`Object.prototype.${key} / Array.prototype.${key} adds, hides and changes nothing`, () => {
        const input = feed();
        const { result, reads } = polluted(key, value, () => {
          const result = validateFeed(input);
          const document = result.value as FeedDocument;
          // What a widget reads: absent fields stay absent even with the pollution in place.
          const reads = [
            ...document.events,
            ...document.labs,
            ...document.stories,
            document.edition,
            ...document.edition.cities,
          ]
            .filter((record) => !Object.keys(record).includes(key))
            .map((record) => (record as unknown as Record<string, unknown>)[key]);
          return { result, reads, events: document.events.length };
        });
        expect(reads.every((read) => read === undefined)).to.equal(true);
        expect(snapshot(result.value)).to.deep.equal(cleanSnapshot);
        expect(result.issues).to.have.length(cleanIssues);
        expect(inheritsNothing(result.value)).to.equal(true);
      });
    }

    it('reads a record with a custom prototype by its own fields only', () => {
      const base = { ...json(testEvent({ id: 'own' })) } as Record<string, unknown>;
      const { url: _url, ...rest } = base;
      const record = Object.assign(Object.create({ url: 'https://evil.example/' }) as object, rest);
      const result = validateEvents([record], edition);
      expect(result.value).to.have.length(1);
      expect(result.value[0]).not.to.have.property('url');
    });

    it('keeps query functions to the query object’s own fields', () => {
      const events = (validateFeed(feed()).value as FeedDocument).events;
      const labs = validateLabs(json([testLab()]), edition).value;
      const stories = validateStories(json([testStory()]), edition).value;
      const hidingKeys: [string, unknown][] = [
        ['city', '149999'],
        ['text', 'no such text'],
        ['topic', 'astrology'],
        ['free', false],
        ['mode', 'online'],
        ['limit', 0],
        ['offset', 99],
        ['kind', 'none'],
        ['id', 'none'],
        ['hidePast', true],
      ];
      for (const [key, value] of hidingKeys) {
        polluted(key, value, () => {
          expect(filterEvents(events, {}, edition), key).to.have.length(events.length);
          expect(filterLabs(labs, {}, edition), key).to.have.length(labs.length);
          expect(filterStories(stories, {}), key).to.have.length(stories.length);
        });
      }
    });
  });

  describe('an invalid presentation field costs only that field (item 7)', () => {
    const withCity = (change: Record<string, unknown>) => {
      const raw = json(testEdition()) as unknown as { cities: Record<string, unknown>[] };
      raw.cities[0] = { ...raw.cities[0], ...change };
      return raw;
    };
    const variants: [string, Record<string, unknown>, string][] = [
      ['a tile out of range', { tile: { col: 99, row: 2 } }, 'edition.cities[0].tile.col'],
      ['a negative tile row', { tile: { col: 1, row: -1 } }, 'edition.cities[0].tile.row'],
      ['a tile that is text', { tile: '1,3' }, 'edition.cities[0].tile'],
      ['a latitude out of range', { lat: 137.8 }, 'edition.cities[0].lat'],
      ['a longitude that is text', { lng: 'east' }, 'edition.cities[0].lng'],
    ];
    for (const [defect, change, path] of variants) {
      it(`keeps a city with ${defect}, and its events and labs`, () => {
        const result = validateFeed({ ...feed(), edition: withCity(change) });
        const document = result.value as FeedDocument;
        expect(document.edition.cities.map((c) => c.code)).to.include('140100');
        expect(document.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
        expect(document.labs).to.have.length(1);
        const issue = result.issues.find((i) => i.path === path);
        expect(issue, JSON.stringify(result.issues)).to.not.equal(undefined);
        expect(issue!.severity).to.equal('warning');
        expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
      });
    }

    it('says when a venue’s lat and lng look swapped', () => {
      const result = validateEvents(
        json([testEvent({ venue: { name: '山西博物院', lat: 112.5, lng: 37.8 } })]),
        edition,
      );
      expect(result.value).to.have.length(1);
      const swapped = result.issues.find((i) => i.code === 'coordinates.swapped');
      expect(swapped?.path).to.equal('events[0].venue.lat');
      expect(issueText(swapped!, 'zh-CN')).to.include('对调');
      expect(issueText(swapped!, 'en')).to.include('swapped');
    });
  });

  describe('control and text-direction characters are removed and reported (item 5)', () => {
    const dangerous = [
      '\u202E',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u0000',
      '\u0007',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u009B',
      '\uFEFF',
      '\uFFF9',
    ];
    for (const char of dangerous) {
      const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      it(`removes ${code} from a venue name, keeping the event`, () => {
        const result = validateEvents(
          json([testEvent({ venue: { name: `太原${char}科技馆${char}` } })]),
          edition,
        );
        expect(result.value[0]!.venue!.name).to.equal('太原科技馆');
        const issue = result.issues.find((i) => i.path === 'events[0].venue.name');
        expect(issue?.code).to.equal('text.control-chars');
        expect(issue?.params?.chars).to.equal(code);
      });
    }

    it('cleans every string field: titles, paragraphs, list entries, links', () => {
      const result = validateStories(
        json([
          testStory({
            headline: 'a\u202Eb',
            body: ['第一\u2066段\u2069', '第二段'],
            topics: ['ai\u200B'.replace('\u200B', '\u0008')],
          }),
        ]),
        edition,
      );
      const story = result.value[0]!;
      expect(story.headline).to.equal('ab');
      expect(story.body).to.deep.equal(['第一段', '第二段']);
      expect(story.topics).to.deep.equal(['ai']);
      expect(result.issues.every((i) => i.code === 'text.control-chars')).to.equal(true);
      expect(result.issues).to.have.length(3);
    });

    it('keeps tabs and line breaks, normalising CR LF and U+2028, and replaces lone surrogates', () => {
      const result = validateEvents(
        json([testEvent({ summary: '一\r\n二\u2028三\t四', title: 'x\uD800y' })]),
        edition,
      );
      expect(result.value[0]!.summary).to.equal('一\n二\n三\t四');
      expect(result.value[0]!.title).to.equal('x\uFFFDy');
      expect(result.issues.map((i) => i.path)).to.deep.equal(['events[0].title']);
    });

    it('never drops a record whose required text is only control characters plus text', () => {
      const result = validateEvents(json([testEvent({ title: '\u202E\u202E科学' })]), edition);
      expect(result.value[0]!.title).to.equal('科学');
    });
  });

  describe('issue codes and wording (item 5 of the brief)', () => {
    /** Many broken feeds: every kind of issue the validator knows. */
    function collectIssues(): FeedIssue[] {
      const issues: FeedIssue[] = [];
      const bad = [
        testEvent({ id: 'x', title: '' }),
        testEvent({ id: 'open day' }),
        testEvent({ id: 'y', city: '149900' }),
        testEvent({ id: 'z', city: 'taiyuan' }),
        testEvent({ id: 'v', venue: undefined }),
        testEvent({ id: 'e', end: '2025-05-01T00:00:00+08:00' }),
        testEvent({ id: 'e', url: 'javascript:alert(1)' }),
        testEvent({ id: 'u', url: 'www.example.org/x' }),
        testEvent({ id: 'u2', url: 'https://exa mple.org' }),
        testEvent({ id: 't', topics: ['ai', 'astrology'], category: 'cooking' }),
        testEvent({ id: 's', start: 'tomorrow' }),
        testEvent({ id: 'l', title: '科'.repeat(300), titleEn: 'a\u202Eb' }),
        testEvent({ id: 'c', venue: { name: 'v', lat: 112.5, lng: 37.8 } }),
        testEvent({ id: 'c2', venue: { name: 'v', lat: 37.8 } }),
        { ...testEvent({ id: 'n' }), free: 'yes', registration: { capacity: 1.5 } },
        'not an event',
        null,
      ];
      issues.push(...validateEvents(json(bad), edition).issues);
      issues.push(...validateEvents({}, edition).issues);
      issues.push(
        ...validateLabs(
          json([
            testLab({
              openings: [{ start: '2025-05-30T12:00:00+08:00', end: '2025-05-30T09:00:00+08:00' }],
              contact: { email: 'not-an-email' },
              kind: 'observatory',
            }),
          ]),
          edition,
        ).issues,
      );
      issues.push(
        ...validateFeed({
          edition: json(
            testEdition({ topics: [...testEdition().topics, testEdition().topics[0]!] }),
          ),
          resources: 'x',
        }).issues,
        ...validateFeed({ schemaVersion: '1.0', edition: json(testEdition()), updatedAt: 'now' })
          .issues,
        ...validateFeed({
          schemaVersion: '1.0',
          edition: json(
            testEdition({ id: 'ok', datesNote: { inferred: true, basis: 'x'.repeat(2000) } }),
          ),
          resources: { events: 42 },
        }).issues,
      );
      for (const broken of [
        'feed',
        { schemaVersion: '1.0', edition: { ...json(testEdition()), timeZone: 'Mars/Base' } },
        { schemaVersion: '1.0', edition: { ...json(testEdition()), start: '2025-02-30' } },
        { schemaVersion: '1.0', edition: { ...json(testEdition()), start: '2025-06-30' } },
        { schemaVersion: '1.0', edition: { ...json(testEdition()), cities: [] } },
        { schemaVersion: '1.0', edition: { ...json(testEdition()), id: 'Not An Id' } },
      ]) {
        try {
          validateFeed(broken);
        } catch (error) {
          issues.push(...(error as FeedValidationError).issues);
        }
      }
      return issues;
    }

    it('gives every issue a known code, params, and zh-CN and en wording', () => {
      const issues = collectIssues();
      const seen = new Set(issues.map((i) => i.code));
      for (const issue of issues) {
        expect(ISSUE_CODES, JSON.stringify(issue)).to.include(issue.code);
        expect(issue.params).to.be.an('object');
        const zh = issueText(issue, 'zh-CN');
        const en = issueText(issue, 'en');
        expect(zh).to.match(/[\u4e00-\u9fff]/);
        expect(zh).to.not.include('undefined');
        expect(en).to.not.include('undefined');
        expect(en).to.match(/^[A-Z\w"].{10,}\.$/s);
      }
      // Most codes occur here; the rest are checked for wording below.
      expect(seen.size).to.be.greaterThan(20);
    });

    it('has complete wording in both languages for every code', () => {
      for (const code of ISSUE_CODES) {
        const issue: FeedIssue = {
          path: 'events[0].url',
          message: 'x.',
          severity: 'warning',
          code,
          params: {
            field: 'url',
            value: 'v',
            max: 1,
            min: 0,
            length: 2,
            chars: 'U+202E',
            known: 'a',
            vocabulary: 'topics',
            expected: 'text',
            start: 's',
            lng: 1,
            version: '1.0',
            kind: 'event',
            outcome: 'ignored',
          },
        };
        expect(issueText(issue, 'zh-CN'), code).to.match(/[\u4e00-\u9fff]/);
        expect(issueText(issue, 'en'), code).to.match(/^[A-Z].+\.$/);
      }
    });

    it('hints at the fix: https:// missing, the known ids', () => {
      const issues = collectIssues();
      const noScheme = issues.find((i) => i.code === 'url.no-scheme')!;
      expect(issueText(noScheme, 'zh-CN')).to.include('https://www.example.org/x');
      const city = issues.find((i) => i.code === 'city.unknown')!;
      expect(issueText(city, 'en')).to.include('140100');
    });
  });

  describe('big feeds in slices (item 9)', () => {
    it('gives the same result as the synchronous call, yielding between slices', async () => {
      const events = json(
        Array.from({ length: 3000 }, (_, i) =>
          testEvent({ id: `e${i}`, ...(i % 97 === 0 ? { title: '' } : {}) }),
        ),
      );
      const sync = validateEvents(events, edition);
      // The signal is asked once per slice: a count of slices, whatever the yield mechanism.
      let slices = 0;
      const signal = { throwIfAborted: () => (slices += 1) } as unknown as AbortSignal;
      const chunked = await validateEventsChunked(events, edition, 'events', {
        sliceMs: 1,
        signal,
      });
      expect(snapshot(chunked)).to.deep.equal(snapshot(sync));
      expect(slices).to.be.greaterThan(1);
    });

    it('throws the fatal errors synchronously and stops when aborted', async () => {
      expect(() => validateFeedChunked({ schemaVersion: '1.0' })).to.throw(FeedValidationError);
      const controller = new AbortController();
      controller.abort(new Error('stop'));
      const big = {
        ...feed(),
        events: json(Array.from({ length: 5 }, (_, i) => testEvent({ id: `e${i}` }))),
      };
      let error: unknown;
      await validateFeedChunked(big, { signal: controller.signal }).catch(
        (e: unknown) => (error = e),
      );
      expect((error as Error).message).to.equal('stop');
    });
  });

  describe('fuzz (bounded)', () => {
    const PROTO_KEYS = [
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'toString',
      'valueOf',
    ];
    const nasty = fc.oneof(
      fc.constantFrom(...PROTO_KEYS),
      fc.string({
        unit: fc.constantFrom(
          '\u202E',
          '\u2066',
          '\u0000',
          '\u0085',
          '\uFEFF',
          '\uD800',
          'a',
          '科',
          ' ',
          '\n',
        ),
      }),
      fc.string({ minLength: 5000, maxLength: 6000 }),
      fc.anything({ withNullPrototype: true, maxDepth: 4 }),
      fc.letrec((tie) => ({
        deep: fc.oneof(
          { depthSize: 'small' },
          fc.constant(1),
          fc.array(tie('deep'), { maxLength: 2 }),
        ),
      })).deep,
    );
    /** A valid event with one field (possibly nested) replaced by something nasty. */
    const spoiled = fc
      .tuple(
        fc.constantFrom(
          ...Object.keys(testEvent()),
          ...PROTO_KEYS,
          'venue.name',
          'venue.lat',
          'registration.url',
          'image.alt',
        ),
        nasty,
      )
      .map(([path, value]) => {
        const event = json(testEvent({ id: 'fuzz' })) as unknown as Record<string, unknown>;
        const [head, tail] = path.split('.');
        if (tail) {
          const inner = { ...((event[head!] as object | undefined) ?? {}) } as Record<
            string,
            unknown
          >;
          Object.defineProperty(inner, tail, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
          event[head!] = inner;
        } else
          Object.defineProperty(event, head!, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        return event;
      });

    const counts = { spoiled: 0, feeds: 0 };
    after(() =>
      console.log(
        `      fuzz cases: ${counts.spoiled} spoiled events, ${counts.feeds} whole feeds`,
      ),
    );

    it('never throws, never keeps an invalid value, never drops the valid neighbours', () => {
      fc.assert(
        fc.property(spoiled, (event) => {
          counts.spoiled += 1;
          const input = [
            json(testEvent({ id: 'before' })),
            event,
            json(testEvent({ id: 'after' })),
          ];
          const result = validateEvents(input, edition);
          const ids = result.value.map((e) => e.id);
          expect(ids[0]).to.equal('before');
          expect(ids[ids.length - 1]).to.equal('after');
          expect(inheritsNothing(result.value)).to.equal(true);
          // Whatever came out is valid: reading it again changes nothing and reports nothing.
          const again = validateEvents(json(result.value), edition);
          expect(snapshot(again.value)).to.deep.equal(snapshot(result.value));
          // Only an unknown single id (a category) is kept with a warning, and warned about again.
          expect(again.issues.filter((i) => i.params?.outcome !== 'kept')).to.deep.equal([]);
          for (const record of result.value) {
            for (const text of [record.title, record.venue?.name ?? '', record.summary ?? '']) {
              // eslint-disable-next-line no-control-regex -- control characters are what is tested
              expect(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\uFEFF]/.test(text)).to.equal(false);
            }
          }
        }),
        { numRuns: 400, interruptAfterTimeLimit: 8000 },
      );
    });

    it('validateFeed throws only the documented errors, for feeds with nasty keys anywhere', () => {
      const key = fc.oneof(
        fc.constantFrom(...PROTO_KEYS, 'events', 'edition', 'resources'),
        fc.string({ maxLength: 4 }),
      );
      fc.assert(
        fc.property(fc.dictionary(key, nasty, { maxKeys: 6 }), (extra) => {
          counts.feeds += 1;
          const input = Object.assign(feed(), extra);
          try {
            const result = validateFeed(input);
            expect(inheritsNothing(result.value)).to.equal(true);
          } catch (error) {
            expect(error).to.be.instanceOf(FeedValidationError);
          }
        }),
        { numRuns: 300, interruptAfterTimeLimit: 8000 },
      );
    });
  });
});
