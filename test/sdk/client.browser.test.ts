// Browser only (web-test-runner serves the scripted routes; mocha in Node skips this file):
// the last good copy in localStorage across a page reload.
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import { copiesWritten } from '../../src/client/last-good.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';

const REGISTRY = Symbol.for('sx-science-week.feed-cache.v1');

/** What a reload does to the page: every in-memory client and cached answer is gone. */
function reloadPage(): void {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
}

describe('feed client in the browser', () => {
  let routes: FeedRoutes;
  const storedKeys = () => Object.keys(localStorage).filter((name) => name.includes(routes.key));

  beforeEach(async () => {
    routes = new FeedRoutes(location.origin, uniqueKey('browser'));
    await routes.seed('feed.json', testDocument());
  });

  afterEach(() => {
    for (const name of storedKeys()) localStorage.removeItem(name);
  });

  it('keeps the last good copy in localStorage and serves it stale after a reload', async () => {
    const url = routes.url('ok');
    const fresh = await createClient({ src: url, retry: 0 }).events();
    // Written once the answer has shown (after the first content), not before it.
    expect(storedKeys(), 'nothing written before the answer').to.have.length(0);
    await copiesWritten();
    expect(storedKeys()).to.have.length(1);

    reloadPage();
    await routes.break(503);
    const stale = await createClient({ src: url, retry: 0 }).events();

    expect(stale).to.include({ stale: true, source: 'cache' });
    expect(stale.fetchedAt?.getTime()).to.equal(fresh.fetchedAt?.getTime());
    expect(stale.data).to.deep.equal(fresh.data);
  });

  it('revalidates the stored copy after a reload and serves it fresh on 304', async () => {
    const url = routes.url('ok');
    await createClient({ src: url }).edition();
    await copiesWritten();
    reloadPage();
    const again = await createClient({ src: url }).edition();

    expect(again).to.include({ stale: false, source: 'cache' });
    expect((await routes.log()).statuses['feed.json']).to.deep.equal([200, 304]);
  });

  it('shares one request among the widgets of a page', async () => {
    const url = routes.url('slow', 'feed.json', { delay: 10 });
    await Promise.all(Array.from({ length: 10 }, () => createClient({ src: url }).labs()));

    expect((await routes.log()).total).to.equal(1);
  });

  it('resolves a relative URL against the page', async () => {
    const relative = routes.url('ok').slice(location.origin.length);
    const result = await createClient({ src: relative }).edition();

    expect(result.data.id).to.equal('shanxi-2025');
  });
});
