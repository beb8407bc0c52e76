import { expect } from 'chai';
import type { Lab, Story } from '../../src/feed/types.js';
import { distanceKm } from '../../src/query/distance.js';
import { filterLabs, labOpenAt, labOpenOn, nextOpening } from '../../src/query/labs.js';
import { filterStories, latestStory, storyOfTheDay } from '../../src/query/stories.js';
import { testEdition, testLab, testStory } from '../support/fixture-edition.js';

const edition = testEdition();
const labIds = (labs: Lab[]) => labs.map((lab) => lab.id);
const storyIds = (stories: Story[]) => stories.map((story) => story.id);

// Taiyuan lab open 30 May 09:00–12:00 (fixture); a Datong centre open two afternoons; a Yuncheng base.
const taiyuanLab = testLab();
const datongCentre = testLab({
  id: 'datong-centre',
  kind: 'innovation-centre',
  city: '140200',
  location: { lat: 40.09, lng: 113.3 },
  topics: ['energy-materials', 'aerospace'],
  openings: [
    { start: '2025-05-31T14:00:00+08:00', end: '2025-05-31T17:00:00+08:00' },
    { start: '2025-05-27T14:00:00+08:00', end: '2025-05-27T17:00:00+08:00' },
  ],
});
const yunchengBase = testLab({
  id: 'yuncheng-base',
  kind: 'popsci-base',
  city: '140802',
  location: { lat: 35.03, lng: 111.0 },
  topics: ['rural'],
  // Late evening: 22:00–23:30 Beijing time on 30 May is 14:00–15:30 UTC.
  openings: [{ start: '2025-05-30T22:00:00+08:00', end: '2025-05-30T23:30:00+08:00' }],
});
const labs = [taiyuanLab, datongCentre, yunchengBase];

describe('query: labs', () => {
  it('filters by city (counties included), kind and topic', () => {
    expect(labIds(filterLabs(labs, { city: '140800' }, edition))).to.deep.equal(['yuncheng-base']);
    expect(labIds(filterLabs(labs, { kind: ['key-lab', 'popsci-base'] }, edition))).to.deep.equal([
      'test-lab',
      'yuncheng-base',
    ]);
    expect(labIds(filterLabs(labs, { topic: 'energy-materials' }, edition))).to.deep.equal([
      'test-lab',
      'datong-centre',
    ]);
    expect(labIds(filterLabs(labs, {}, edition))).to.deep.equal([
      'test-lab',
      'datong-centre',
      'yuncheng-base',
    ]);
  });

  it('knows when a lab is open: start inclusive, end exclusive', () => {
    expect(labOpenAt(taiyuanLab, new Date('2025-05-30T09:00:00+08:00'))).to.equal(true);
    expect(labOpenAt(taiyuanLab, '2025-05-30T11:59:00+08:00')).to.equal(true);
    expect(labOpenAt(taiyuanLab, new Date('2025-05-30T12:00:00+08:00'))).to.equal(false);
    expect(
      labIds(filterLabs(labs, { openAt: new Date('2025-05-31T15:00:00+08:00') }, edition)),
    ).to.deep.equal(['datong-centre']);
  });

  it('reads "open on" days in the edition’s zone', () => {
    expect(labOpenOn(yunchengBase, '2025-05-30', 'Asia/Shanghai')).to.equal(true);
    expect(labOpenOn(yunchengBase, '2025-05-31', 'Asia/Shanghai')).to.equal(false);
    // 09:00–12:00 on 30 May in Beijing is the evening of 29 May in Los Angeles.
    expect(labOpenOn(taiyuanLab, '2025-05-29', 'Asia/Shanghai')).to.equal(false);
    expect(labOpenOn(taiyuanLab, '2025-05-29', 'America/Los_Angeles')).to.equal(true);
    expect(labIds(filterLabs(labs, { openOn: '2025-05-30' }, edition))).to.deep.equal([
      'test-lab',
      'yuncheng-base',
    ]);
  });

  it('gives the opening under way, else the next one, else nothing', () => {
    expect(nextOpening(datongCentre, new Date('2025-05-20T00:00:00+08:00'))?.start).to.equal(
      '2025-05-27T14:00:00+08:00',
    );
    expect(nextOpening(datongCentre, new Date('2025-05-27T16:00:00+08:00'))?.start).to.equal(
      '2025-05-27T14:00:00+08:00',
    );
    expect(nextOpening(datongCentre, new Date('2025-05-28T00:00:00+08:00'))?.start).to.equal(
      '2025-05-31T14:00:00+08:00',
    );
    expect(nextOpening(datongCentre, new Date('2025-06-01T00:00:00+08:00'))).to.equal(undefined);
  });

  it('sorts by great-circle distance from a point', () => {
    // From Linfen, in the south: Yuncheng (~130 km), Taiyuan (~210 km), Datong (~450 km).
    const linfen = { lat: 36.084, lng: 111.512 };
    expect(labIds(filterLabs(labs, { near: linfen }, edition))).to.deep.equal([
      'yuncheng-base',
      'test-lab',
      'datong-centre',
    ]);
    const fromDatong = { lat: 40.1, lng: 113.3 };
    expect(labIds(filterLabs(labs, { near: fromDatong }, edition))[0]).to.equal('datong-centre');
  });

  it('measures distances like a map does', () => {
    // One degree of latitude is about 111.2 km anywhere.
    expect(distanceKm({ lat: 37, lng: 112 }, { lat: 38, lng: 112 })).to.be.closeTo(111.2, 0.1);
    // Taiyuan to Datong city centres: about 260 km as the crow flies.
    expect(distanceKm({ lat: 37.856, lng: 112.543 }, { lat: 40.089, lng: 113.288 })).to.be.closeTo(
      256,
      5,
    );
    expect(distanceKm({ lat: 37.8, lng: 112.5 }, { lat: 37.8, lng: 112.5 })).to.equal(0);
  });
});

describe('query: stories', () => {
  const pioneer = testStory({
    id: 'pioneer',
    honours: [{ award: 'innovation-pioneer', year: 2023 }],
    spirit: ['patriotism'],
    topics: ['aerospace'],
    publishedAt: '2025-05-28T09:00:00+08:00',
  });
  const undated = testStory({
    id: 'undated',
    publishedAt: undefined,
    topics: ['rural'],
    spirit: [],
  });
  const base = testStory(); // most-beautiful; innovation + dedication; health; 20 May
  const stories = [base, pioneer, undated];

  it('filters by id, topic, honour and spirit (any-of within a field)', () => {
    expect(storyIds(filterStories(stories, { id: 'pioneer' }))).to.deep.equal(['pioneer']);
    expect(storyIds(filterStories(stories, { topic: ['health', 'rural'] }))).to.deep.equal([
      'test-story',
      'undated',
    ]);
    expect(storyIds(filterStories(stories, { honour: 'innovation-pioneer' }))).to.deep.equal([
      'pioneer',
    ]);
    expect(
      storyIds(filterStories(stories, { spirit: ['dedication', 'patriotism'] })),
    ).to.deep.equal(['test-story', 'pioneer']);
    expect(
      storyIds(filterStories(stories, { topic: 'health', honour: 'innovation-pioneer' })),
    ).to.deep.equal([]);
  });

  it('picks the same story of the day for everyone on that day in the edition’s zone', () => {
    const many = Array.from({ length: 7 }, (_, i) => testStory({ id: `story-${i}` }));
    // 00:30 and 23:30 on 30 May in Beijing: one day there, two days in UTC.
    const morning = storyOfTheDay(many, new Date('2025-05-29T16:30:00Z'), 'Asia/Shanghai');
    const evening = storyOfTheDay(many, new Date('2025-05-30T15:30:00Z'), 'Asia/Shanghai');
    expect(morning).to.not.equal(undefined);
    expect(evening).to.equal(morning);
    // Feed order does not matter.
    expect(
      storyOfTheDay([...many].reverse(), new Date('2025-05-30T15:30:00Z'), 'Asia/Shanghai'),
    ).to.equal(morning);
  });

  it('changes the story of the day across the week', () => {
    const many = Array.from({ length: 7 }, (_, i) => testStory({ id: `story-${i}` }));
    const picks = new Set(
      Array.from(
        { length: 16 },
        (_, day) =>
          storyOfTheDay(many, new Date(Date.UTC(2025, 4, 24 + day, 4)), 'Asia/Shanghai')?.id,
      ),
    );
    expect(picks.size).to.be.greaterThan(2);
    expect(storyOfTheDay([], new Date(), 'Asia/Shanghai')).to.equal(undefined);
  });

  it('finds the latest story, ignoring those not yet published at `now`', () => {
    expect(latestStory(stories)?.id).to.equal('pioneer');
    expect(latestStory(stories, new Date('2025-05-25T00:00:00+08:00'))?.id).to.equal('test-story');
    expect(latestStory([undated])?.id).to.equal('undated');
    expect(latestStory([])).to.equal(undefined);
  });
});
