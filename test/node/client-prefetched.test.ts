// The responses the CDN loader starts with a widget's code (cdn/prefetch-feed.ts) are what the
// client reads: one request per file, over real HTTP. A prefetch that failed is asked again, with
// the client's retries; a client with its own `fetch` never takes one.
import type { Server } from 'node:http';
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import type { ClientOptions } from '../../src/client/types.js';
import { prefetched } from '../../src/client/registry.js';
import { originOf, startServer, stopServer } from '../support/feed-route-server.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';
import { memoryStorage } from '../support/memory-storage.js';

const quick = (src: string, options: ClientOptions = {}) =>
  createClient({ src, retry: { delay: () => 0 }, storage: memoryStorage(), ...options });

/** What the loader does: the request starts now, the client takes it later. */
const prefetch = (url: string) => prefetched().set(url, fetch(url));

describe('feed client and the loader’s prefetched responses (Node, HTTP)', () => {
  let server: Server;
  let routes: FeedRoutes;

  before(async () => {
    server = await startServer();
  });
  after(() => stopServer(server));

  beforeEach(async function () {
    routes = new FeedRoutes(
      originOf(server),
      uniqueKey(this.currentTest?.title.slice(0, 20) ?? 't'),
    );
    await routes.seed('feed.json', testDocument());
  });

  it('reads the prefetched response: one request, and the slot is emptied', async () => {
    const url = routes.url('ok', 'feed.json');
    prefetch(url);
    const { data, source } = await quick(url).events();
    expect(data).to.have.length(1);
    expect(source).to.equal('network');
    expect((await routes.log()).total, 'requests for the feed').to.equal(1);
    expect(prefetched().has(url)).to.equal(false);
  });

  it('leaves no timer behind once the prefetched answer is taken', async () => {
    // A timer left for the whole timeout kept Node running after the answer (and a headless
    // browser's virtual clock jumping ahead by it). Every timer of the client's timeout is
    // recorded, and each must be cleared by the time the answer is back.
    const { setTimeout: set, clearTimeout: clear } = globalThis;
    const pending = new Set<unknown>();
    globalThis.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
      const id = set(handler, ms, ...rest);
      if (ms === 60_000) pending.add(id);
      return id;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((id?: Parameters<typeof clearTimeout>[0]) => {
      pending.delete(id);
      clear(id);
    }) as typeof clearTimeout;
    try {
      const url = routes.url('ok', 'feed.json');
      prefetch(url);
      const { data } = await quick(url, { timeout: 60_000 }).events();
      expect(data).to.have.length(1);
      expect(pending.size, 'timers of the 60 s timeout still running').to.equal(0);
    } finally {
      globalThis.setTimeout = set;
      globalThis.clearTimeout = clear;
      pending.forEach((id) => clear(id as Parameters<typeof clearTimeout>[0]));
    }
  });

  it('asks again when the prefetch failed (a 500), and shows the answer', async () => {
    const url = routes.url('flaky', 'feed.json', { fail: 1 });
    prefetch(url);
    const { data } = await quick(url).events();
    expect(data).to.have.length(1);
    expect((await routes.log()).statuses['feed.json']).to.deep.equal([500, 200]);
  });

  // The saved copy's first read opens a page's localStorage (3–60 ms at CPU 4×): with the answer
  // already started by the loader there are no revalidation headers to send, so it waits for it.
  it('reads no saved copy before a prefetched answer arrives, and falls back to it when the network fails', async () => {
    const url = routes.url('ok', 'feed.json');
    const storage = memoryStorage();
    await quick(url, { storage }).events();
    const log: string[] = [];
    const watched = {
      getItem: (key: string) => (log.push('read'), storage.getItem(key)),
      setItem: (key: string, value: string) => storage.setItem(key, value),
      removeItem: (key: string) => storage.removeItem(key),
    };
    let answer!: (response: Response) => void;
    prefetched().set(url, new Promise<Response>((resolve) => (answer = resolve)));
    const client = quick(url, { storage: watched });
    client.refresh(); // A new page: the first answer is not in memory.
    const loading = client.events();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log, 'reads before the answer').to.deep.equal([]);
    answer(await fetch(url));
    expect(await loading).to.include({ source: 'network', stale: false });
    expect(log, 'read once, after the answer (the copy it replaces)').to.deep.equal(['read']);
    expect(prefetched().has(url), 'the prefetched answer was taken').to.equal(false);

    await routes.break(503);
    prefetch(url);
    const offline = quick(url, { storage: watched, retry: 0 });
    offline.refresh();
    const stale = await offline.events();
    expect(stale).to.include({ source: 'cache', stale: true });
    expect(stale.data).to.have.length(1);
  });

  it('leaves the prefetch to the page’s own clients when given a `fetch`', async () => {
    const url = routes.url('ok', 'feed.json');
    prefetch(url);
    const calls: string[] = [];
    const own: typeof fetch = (input, init) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    await quick(url, { fetch: own }).events();
    expect(calls).to.deep.equal([url]);
    expect(prefetched().has(url)).to.equal(true);
    prefetched().delete(url);
  });
});
