import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildDefaultFeed,
  DEFAULT_FEED_DIR,
  FEED_FILE,
  MANIFEST_FILE,
  readFeedSources,
  SOURCE_FILES,
  toJsonFile,
  type FeedSources,
} from '../../scripts/build-default-feed.js';
import {
  validateEdition,
  validateEvents,
  validateFeed,
  validateLabs,
  validateStories,
} from '../../src/feed/validate.js';
import editionJson from '../../src/data/shanxi-2025/edition.json';
import eventsJson from '../../src/data/shanxi-2025/events.json';
import labsJson from '../../src/data/shanxi-2025/labs.json';
import storiesJson from '../../src/data/shanxi-2025/stories.json';

// Compile-time check that the embedded JSON has the shapes of src/feed/types.ts.
const typedSources: FeedSources = {
  edition: editionJson,
  events: eventsJson,
  labs: labsJson,
  stories: storiesJson,
};

const sources = readFeedSources();
const { edition, events, labs, stories } = sources;
const fileText = (name: string) => readFileSync(join(DEFAULT_FEED_DIR, name), 'utf8');
const ids = (list: { id: string }[]) => list.map((item) => item.id);
const instant = (value: string) => Date.parse(value);

// The week as the edition defines it: from its first day's midnight to the midnight after its last.
const weekStart = instant(`${edition.start}T00:00:00+08:00`);
const weekEnd = instant(`${edition.end}T00:00:00+08:00`) + 24 * 3600_000;

describe('the embedded default edition (shanxi-2025)', () => {
  describe('validates without a single issue', () => {
    it('edition', () => {
      const { value, issues } = validateEdition(edition);
      expect(issues).to.deep.equal([]);
      expect(value).to.deep.equal(edition);
    });

    it('events, labs and stories', () => {
      const checked = {
        events: validateEvents(events, edition),
        labs: validateLabs(labs, edition),
        stories: validateStories(stories, edition),
      };
      for (const [name, { value, issues }] of Object.entries(checked)) {
        expect(issues, name).to.deep.equal([]);
        expect(value, name).to.deep.equal(sources[name as keyof typeof checked]);
      }
    });

    it('manifest.json and feed.json', () => {
      for (const name of [MANIFEST_FILE, FEED_FILE]) {
        const { issues } = validateFeed(JSON.parse(fileText(name)));
        expect(issues, name).to.deep.equal([]);
      }
    });

    it('matches the TypeScript types as imported by the SDK', () => {
      expect(typedSources).to.deep.equal(sources);
    });
  });

  describe('edition facts', () => {
    it('carries the notice’s identity, theme and contacts', () => {
      expect(edition.docNumber).to.equal('晋科发〔2025〕16号');
      expect(edition.theme).to.equal('矢志创新发展 建设科技强国');
      expect(edition.timeZone).to.equal('Asia/Shanghai');
      expect(edition.contacts.flatMap((c) => c.emails)).to.deep.equal([
        'sxskjhdz@163.com',
        'sxsxhxs@163.com',
      ]);
      expect(edition.report?.deadline).to.equal('2025-06-15T23:59:59+08:00');
      expect(edition.report?.videoMaxMinutes).to.equal(3);
    });

    it('says its dates are inferred', () => {
      expect(edition.datesNote?.inferred).to.equal(true);
      expect(edition.datesNote?.basis).to.include('5月下旬至6月上旬');
    });

    it('has the four milestones in time order', () => {
      expect(ids(edition.milestones)).to.deep.equal([
        'start',
        'workers-day',
        'end',
        'report-deadline',
      ]);
      const times = edition.milestones.map((m) => instant(m.instant));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      const workersDay = edition.milestones.find((m) => m.id === 'workers-day');
      expect(workersDay?.instant).to.equal('2025-05-30T00:00:00+08:00');
      const end = edition.milestones.find((m) => m.id === 'end');
      expect(instant(end!.instant)).to.equal(weekEnd);
    });

    it('places all 11 cities on distinct tiles', () => {
      expect(edition.cities).to.have.length(11);
      const cells = new Set(edition.cities.map(({ tile }) => `${tile!.col},${tile!.row}`));
      expect(cells.size).to.equal(11);
      const datong = edition.cities.find((c) => c.code === '140200')!;
      const yuncheng = edition.cities.find((c) => c.code === '140800')!;
      expect(datong.tile!.row).to.be.lessThan(yuncheng.tile!.row);
    });
  });

  describe('sample records', () => {
    it('cover every city and every topic with at least 40 events', () => {
      expect(events.length).to.be.at.least(40);
      const cities = new Set(events.map((e) => e.city));
      expect([...cities].sort()).to.deep.equal(edition.cities.map((c) => c.code).sort());
      const topics = new Set(events.flatMap((e) => e.topics));
      expect([...topics].sort()).to.deep.equal(ids(edition.topics).sort());
      const categories = new Set(events.map((e) => e.category));
      expect([...categories].sort()).to.deep.equal(ids(edition.categories).sort());
    });

    it('schedule events inside the week, ending after they start', () => {
      for (const e of events) {
        expect(instant(e.start), e.id).to.be.at.least(weekStart);
        expect(instant(e.end), e.id).to.be.at.most(weekEnd);
        expect(instant(e.end), e.id).to.be.greaterThan(instant(e.start));
      }
      const onWorkersDay = events.filter((e) => e.start.startsWith('2025-05-30'));
      expect(onWorkersDay).to.have.length.at.least(1);
    });

    it('include online, registration, youth and multi-day events', () => {
      expect(events.some((e) => e.online)).to.equal(true);
      expect(events.some((e) => e.registration?.required)).to.equal(true);
      expect(events.some((e) => e.audience.includes('youth'))).to.equal(true);
      expect(events.some((e) => e.start.slice(0, 10) !== e.end.slice(0, 10))).to.equal(true);
      expect(events.some((e) => e.category === 'open-day')).to.equal(true);
    });

    it('offer at least two facilities of every kind', () => {
      for (const kind of ids(edition.labKinds)) {
        expect(
          labs.filter((l) => l.kind === kind),
          kind,
        ).to.have.length.at.least(2);
      }
      for (const l of labs) expect(l.openings, l.id).to.have.length.at.least(1);
    });

    it('tell at least six stories, none with a quote', () => {
      expect(stories.length).to.be.at.least(6);
      for (const s of stories) {
        expect(s, s.id).to.not.have.property('quote');
        expect(s.body.length, s.id).to.be.within(2, 4);
      }
    });

    // One marker: the widgets show the notice and one badge per card from \`sample\`; a marker in
    // the text as well would be said twice on every card (and in every calendar entry).
    it('are all marked as samples in data, and not again in their titles', () => {
      for (const record of [...events, ...labs, ...stories]) {
        expect(record.sample, record.id).to.equal(true);
      }
      const marker = /示例[：:】）)]|【示例|（示例|\[Sample\]|^Sample:|\(sample\)/;
      for (const e of events) {
        expect(e.title, e.id).to.not.match(marker);
        expect(e.titleEn, e.id).to.not.match(marker);
        expect(e.venue?.name ?? '', e.id).to.not.match(marker);
        expect(e.venue?.nameEn ?? '', e.id).to.not.match(marker);
      }
      for (const l of labs) {
        expect(l.name, l.id).to.not.match(marker);
        expect(l.nameEn, l.id).to.not.match(marker);
      }
      // Stories are about fictional people: their names keep saying so (示例人物 · 李华).
      for (const s of stories) expect(s.name, s.id).to.match(/^示例人物 · /);
      expect(edition.sample).to.equal(true);
    });

    it('carry English for every Chinese address, note, platform and story body', () => {
      for (const e of events) {
        if (e.venue?.address) expect(e.venue.addressEn, e.id).to.be.a('string');
        if (e.online?.platform) expect(e.online.platformEn, e.id).to.be.a('string');
        if (e.accessibility) expect(e.accessibilityEn, e.id).to.be.a('string');
      }
      for (const l of labs) {
        if (l.location.address) expect(l.location.addressEn, l.id).to.be.a('string');
        for (const o of l.openings) if (o.notes) expect(o.notesEn, l.id).to.be.a('string');
      }
      for (const s of stories) expect(s.bodyEn?.length, s.id).to.equal(s.body.length);
      for (const text of JSON.stringify(edition).match(/"nameEn":"[^"]*"/g) ?? []) {
        expect(text).to.not.contain('Lvliang');
      }
    });

    it('link only to example hosts', () => {
      const links = [
        ...events.flatMap((e) => [e.url, e.online?.url, e.registration?.url]),
        ...labs.flatMap((l) => [l.url, ...l.openings.map((o) => o.booking?.url)]),
      ].filter((url): url is string => url !== undefined);
      expect(links).to.have.length.at.least(1);
      for (const url of links) expect(new URL(url).hostname, url).to.equal('example.org');
    });

    it('place every venue and facility inside Shanxi', () => {
      const points = [
        ...events.flatMap((e) => (e.venue?.lat === undefined ? [] : [e.venue])),
        ...labs.map((l) => l.location),
      ];
      for (const p of points) {
        expect(p.lat).to.be.within(34.58, 40.74);
        expect(p.lng).to.be.within(110.23, 114.57);
      }
    });
  });

  describe('generated files', () => {
    it('manifest.json and feed.json are what the generator makes from the sources', () => {
      const built = buildDefaultFeed(sources);
      expect(fileText(MANIFEST_FILE)).to.equal(toJsonFile(built.manifest));
      expect(fileText(FEED_FILE)).to.equal(toJsonFile(built.feed));
      expect(built.manifest.resources).to.deep.equal({
        events: SOURCE_FILES.events,
        labs: SOURCE_FILES.labs,
        stories: SOURCE_FILES.stories,
      });
    });

    it('the sources are stored as readable 2-space JSON', () => {
      for (const name of Object.values(SOURCE_FILES)) {
        const text = fileText(name);
        expect(text, name).to.equal(toJsonFile(JSON.parse(text)));
      }
    });
  });
});
