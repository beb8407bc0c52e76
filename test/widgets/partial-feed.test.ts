// A manifest split by city, with some city files missing, corrupt or not web addresses: each
// widget shows what loaded, names what is missing (both languages) with a retry, and downloads
// only the files it needs — checked in the server's own request log.
import { expect, fixture, html } from '@open-wc/testing';
import type { SxEvents } from '../../widgets/events/events.js';
import type { SxStoryCard } from '../../widgets/story-card/story-card.js';
import '../../widgets/events/events.js';
import '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';
import { testEdition, testEvent, testLab, testStory } from '../support/fixture-edition.js';
import { FeedRoutes, uniqueKey } from '../support/feed-server-client.js';
import { choose, part, parts } from '../support/widget-helpers.js';

const BEFORE_WEEK = '2025-05-20T10:00:00+08:00';

/** Quiet the expected console output (failed files), keeping it for assertions. */
let warnings: unknown[][] = [];
const { warn, error } = console;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  console.error = () => undefined;
});
afterEach(() => {
  console.warn = warn;
  console.error = error;
});

/**
 * A manifest whose events and labs are split over Taiyuan (loads), Datong (not on the server),
 * Yangquan (not JSON) and, for events, Changzhi (a `data:` URL).
 */
async function splitFeed(): Promise<{ routes: FeedRoutes; src: string }> {
  const routes = new FeedRoutes(location.origin, uniqueKey('partial'));
  const { key } = routes;
  const file = (name: string) => `${name}.json?key=${key}`;
  await routes.seed('manifest.json', {
    schemaVersion: '1.0',
    edition: testEdition({ sample: false }),
    resources: {
      events: {
        byCity: {
          '140100': file('events-140100'),
          '140200': file('events-140200'),
          '140300': file('events-140300'),
          '140400': 'data:application/json,[]',
        },
      },
      labs: {
        byCity: {
          '140100': file('labs-140100'),
          '140200': file('labs-140200'),
          '140300': file('labs-140300'),
        },
      },
    },
  });
  await routes.seed('events-140100.json', [
    testEvent({ id: 'taiyuan-1' }),
    testEvent({ id: 'taiyuan-2' }),
  ]);
  await routes.seed('events-140300.json', '[{"id": "cut off');
  await routes.seed('labs-140100.json', [testLab({ id: 'taiyuan-lab' })]);
  await routes.seed('labs-140300.json', '<html>');
  return { routes, src: routes.url('ok', 'manifest.json') };
}

async function events(template: ReturnType<typeof html>): Promise<SxEvents> {
  const element = await fixture<SxEvents>(template);
  element.debounce = 0;
  await element.loaded;
  return element;
}

const ids = (element: SxEvents) => element.matchingEvents.map((event) => event.id);

describe('a manifest split by city with files missing', () => {
  it('<sx-events city> downloads only its own city and is not blanked by the others', async () => {
    const { routes, src } = await splitFeed();
    const element = await events(
      html`<sx-events src=${src} city="140100" now=${BEFORE_WEEK}></sx-events>`,
    );

    expect(ids(element)).to.have.members(['taiyuan-1', 'taiyuan-2']);
    expect(parts(element, 'partial'), 'nothing it needs is missing').to.have.length(0);
    expect(parts(element, 'error')).to.have.length(0);
    expect((await routes.log()).files).to.deep.equal({
      'manifest.json': 1,
      'events-140100.json': 1,
    });
  });

  it('shows every city that loaded and names the missing ones, with a retry', async () => {
    const { routes, src } = await splitFeed();
    const element = await events(html`<sx-events src=${src} now=${BEFORE_WEEK}></sx-events>`);

    expect(ids(element)).to.have.members(['taiyuan-1', 'taiyuan-2']);
    const notice = part(element, 'partial');
    expect(notice.textContent).to.contain('大同市、阳泉市和长治市的活动暂时无法加载');
    expect(notice.textContent).to.contain('其余数据照常显示');
    await expect(element).to.be.accessible();

    // The files come back: a retry asks for the missing ones only, and the notice goes.
    await routes.seed('events-140200.json', [testEvent({ id: 'datong', city: '140200' })]);
    await routes.seed('events-140300.json', [testEvent({ id: 'yangquan', city: '140300' })]);
    const before = (await routes.log()).files;
    (notice.querySelector('[part~=retry]') as HTMLButtonElement).click();
    await element.loaded;

    expect(ids(element)).to.have.members(['taiyuan-1', 'taiyuan-2', 'datong', 'yangquan']);
    const after = (await routes.log()).files;
    expect(after['events-140100.json'], 'a loaded file is not asked again').to.equal(
      before['events-140100.json'],
    );
    expect(after['events-140200.json']).to.equal((before['events-140200.json'] ?? 0) + 1);
    expect(part(element, 'partial').textContent).to.contain('长治市');
    expect(part(element, 'partial').textContent).to.not.contain('大同市');
  });

  it('says it in English', async () => {
    const { src } = await splitFeed();
    const element = await events(
      html`<sx-events lang="en" src=${src} now=${BEFORE_WEEK}></sx-events>`,
    );

    expect(part(element, 'partial').textContent).to.contain(
      'Events for Datong, Yangquan, and Changzhi could not be loaded.',
    );
    expect(part(element, 'retry').textContent!.trim()).to.equal('Try again');
    await expect(element).to.be.accessible();
  });

  it('never fetches a data: address, and reports it as an issue', async () => {
    const { src } = await splitFeed();
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
    try {
      const element = await events(html`<sx-events src=${src} now=${BEFORE_WEEK}></sx-events>`);
      const issues = (element as unknown as { feed: { issues: { code?: string }[] } }).feed.issues;
      expect(issues.some((issue) => issue.code === 'url.scheme')).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
    expect(asked.length).to.be.above(0);
    expect(asked.every((url) => url.startsWith(location.origin))).to.equal(true);
  });

  it("shows the error state with a retry when the widget's own city file fails", async () => {
    const { src } = await splitFeed();
    const element = await events(
      html`<sx-events src=${src} city="140200" now=${BEFORE_WEEK}></sx-events>`,
    );

    expect(part(element, 'error').textContent).to.contain('没有找到数据');
    expect(part(element, 'retry')).to.exist;
    expect(parts(element, 'loading')).to.have.length(0);
  });

  it('loads a city a visitor picks, and names it when its file fails, keeping the filters', async () => {
    const { routes, src } = await splitFeed();
    const element = await events(
      html`<sx-events src=${src} city="140100" now=${BEFORE_WEEK}></sx-events>`,
    );
    choose(part(element, 'filter-city'), '140200');
    await element.loaded;

    expect((await routes.log()).files['events-140200.json']).to.equal(1);
    expect(part(element, 'partial').textContent).to.contain('大同市的活动暂时无法加载');
    expect(parts(element, 'filter-city'), 'the filters stay').to.have.length(1);

    await routes.seed('events-140200.json', [testEvent({ id: 'datong', city: '140200' })]);
    part(element, 'retry').click();
    await element.loaded;
    expect(ids(element)).to.deep.equal(['datong']);
    expect(parts(element, 'partial')).to.have.length(0);
  });

  it('<sx-story-card> over stories split by city names the city whose file failed', async () => {
    const routes = new FeedRoutes(location.origin, uniqueKey('partial-stories'));
    const { key } = routes;
    await routes.seed('manifest.json', {
      schemaVersion: '1.0',
      edition: testEdition({ sample: false }),
      resources: {
        stories: {
          byCity: { '140100': `stories-140100.json?key=${key}`, '140200': 'javascript:alert(1)' },
        },
      },
    });
    await routes.seed('stories-140100.json', [testStory()]);
    const element = await fixture<SxStoryCard>(
      html`<sx-story-card lang="en" src=${routes.url('ok', 'manifest.json')}></sx-story-card>`,
    );
    await element.loaded;

    expect(element.currentStory?.id).to.equal('test-story');
    expect(part(element, 'partial').textContent).to.contain(
      'Stories from Datong could not be loaded.',
    );
    await expect(element).to.be.accessible();
  });
});
