// A damaged last-good copy in localStorage, with the feed offline: every widget leaves "loading"
// for the error state with its retry (the copy is discarded with one warning), and an intact
// copy still shows with the stale notice.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../widgets/countdown/countdown.js';
import '../../widgets/events/events.js';
import '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';
import { createClient } from '../../src/client/client.js';
import { COPY_PREFIX, copiesWritten } from '../../src/client/last-good.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';
import { part, parts } from '../support/widget-helpers.js';

const REGISTRY = Symbol.for('sx-science-week.feed-cache.v1');

/** What a reload does to the page: every in-memory client and cached answer is gone. */
function reloadPage(): void {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
}

type Loaded = HTMLElement & { loaded: Promise<void> };
type SavedRecord = Record<string, unknown>;

const damages: [string, (record: SavedRecord, text: string) => string][] = [
  ['fetchedAt is not a time', (record) => JSON.stringify({ ...record, fetchedAt: 'soon' })],
  ['the text is cut off', (_, text) => text.slice(0, text.length - 40)],
  [
    'it is the copy of another address',
    (record) => JSON.stringify({ ...record, url: 'https://example.org/feed.json' }),
  ],
  ['its data is a list instead of a feed', (record) => JSON.stringify({ ...record, json: [] })],
];

const widgets = ['sx-events', 'sx-lab-map', 'sx-story-card', 'sx-countdown'];

describe('widgets over a damaged saved copy, offline', () => {
  let routes: FeedRoutes;
  let warnings: unknown[][];
  const { warn, error } = console;

  beforeEach(() => {
    routes = new FeedRoutes(location.origin, uniqueKey('saved-copy'));
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    console.error = () => undefined;
  });

  afterEach(() => {
    console.warn = warn;
    console.error = error;
    for (const name of Object.keys(localStorage)) {
      if (name.includes(routes.key)) localStorage.removeItem(name);
    }
    reloadPage();
  });

  /** Saves a copy of the feed, damages it, and takes the server down. */
  async function offlineWith(change?: (record: SavedRecord, text: string) => string) {
    await routes.seed('feed.json', testDocument());
    const src = routes.url('ok');
    await createClient({ src }).edition();
    // The page's localStorage is written once the answer has shown.
    await copiesWritten();
    const key = COPY_PREFIX + src;
    const text = localStorage.getItem(key)!;
    if (change) localStorage.setItem(key, change(JSON.parse(text) as SavedRecord, text));
    await routes.break(503);
    reloadPage();
    return src;
  }

  async function mount(tag: string, src: string): Promise<Loaded> {
    const element = document.createElement(tag) as Loaded;
    element.setAttribute('src', src);
    element.setAttribute('now', '2025-05-20T10:00:00+08:00');
    await fixture(element);
    await element.loaded;
    return element;
  }

  for (const tag of widgets) {
    for (const [damage, change] of damages) {
      it(`<${tag}> shows the error state with a retry when ${damage}`, async () => {
        const src = await offlineWith(change);
        const element = await mount(tag, src);
        // The countdown adopts the error state's styles first, a moment after it has loaded.
        await waitUntil(() => parts(element, 'error').length > 0, 'no error state');

        expect(parts(element, 'loading'), 'not stuck on loading').to.have.length(0);
        expect(part(element, 'error').textContent).to.contain('服务器返回了错误');
        expect(part(element, 'retry')).to.exist;
        const discarded = warnings.filter((args) => String(args[0]).includes('discarded'));
        expect(discarded).to.have.length(1);
      });
    }
  }

  it('an intact copy shows, with the stale notice and the time it was saved', async () => {
    const src = await offlineWith();
    const element = await mount('sx-events', src);

    expect(parts(element, 'error')).to.have.length(0);
    expect(part(element, 'stale').textContent).to.contain('缓存数据');
    await expect(element).to.be.accessible();
  });
});
