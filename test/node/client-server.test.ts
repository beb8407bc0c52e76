import type { Server } from 'node:http';
import { expect } from 'chai';
import { createClient, sharedClient } from '../../src/client/client.js';
import type { ClientOptions, FeedStorage } from '../../src/client/types.js';
import {
  FeedError,
  FeedHttpError,
  FeedNetworkError,
  FeedParseError,
  FeedTimeoutError,
  FeedValidationError,
  FeedVersionError,
} from '../../src/errors.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';
import { originOf, startServer, stopServer } from '../support/feed-route-server.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';

function memoryStorage(): FeedStorage & { keys(): string[] } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

/** Test clients never wait between retries and keep their copies to themselves. */
const quick = (src: string, options: ClientOptions = {}) =>
  createClient({ src, retry: { delay: () => 0 }, storage: memoryStorage(), ...options });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

describe('feed client over HTTP (Node)', () => {
  let server: Server;
  let origin: string;
  let routes: FeedRoutes;

  before(async () => {
    server = await startServer();
    origin = originOf(server);
  });
  after(() => stopServer(server));

  beforeEach(async function () {
    routes = new FeedRoutes(origin, uniqueKey(this.currentTest?.title.slice(0, 20) ?? 'test'));
    await routes.seed('feed.json', testDocument());
  });

  it('loads a single-document feed, with the server date and no issues', async () => {
    const date = 'Fri, 30 May 2025 06:00:00 GMT';
    const client = quick(routes.url('ok', 'feed.json', { date }));
    const before = Date.now();
    const events = await client.events();
    const edition = await client.edition();

    expect(events.data.map((event) => event.id)).to.deep.equal(['test-event']);
    expect(events).to.include({ stale: false, source: 'network' });
    expect(events.issues).to.deep.equal([]);
    expect(events.serverDate?.toISOString()).to.equal('2025-05-30T06:00:00.000Z');
    expect(events.fetchedAt?.getTime()).to.be.within(before, Date.now());
    expect(edition.data.id).to.equal('shanxi-2025');
    expect((await routes.log()).total, 'one request for the edition and the events').to.equal(1);
  });

  it('revalidates with the ETag and serves its copy, fresh, on 304', async () => {
    const client = quick(routes.url('ok'));
    const first = await client.labs();
    client.refresh();
    const second = await client.labs();

    expect((await routes.log()).statuses['feed.json']).to.deep.equal([200, 304]);
    expect(second.data).to.deep.equal(first.data);
    expect(second).to.include({ stale: false, source: 'cache' });
  });

  it('rejects a 404 with FeedHttpError at once (no retry)', async () => {
    const url = routes.url('status', 'feed.json', { code: 404 });
    const error = await rejection(quick(url).edition());

    expect(error).to.be.instanceOf(FeedHttpError);
    expect(error).to.include({ status: 404, url });
    expect((await routes.log()).total).to.equal(1);
  });

  it('retries a 500 and resolves with the answer that follows', async () => {
    const client = quick(routes.url('flaky', 'feed.json', { fail: 1, code: 500 }));
    const result = await client.stories();

    expect(result.data.map((story) => story.id)).to.deep.equal(['test-story']);
    expect((await routes.log()).statuses['feed.json']).to.deep.equal([500, 200]);
  });

  it('gives up on a persistent 503 after the retry limit', async () => {
    const url = routes.url('flaky', 'feed.json', { fail: 99, code: 503 });
    const error = await rejection(quick(url, { retry: { limit: 2, delay: () => 0 } }).edition());

    expect(error).to.be.instanceOf(FeedHttpError).and.include({ status: 503 });
    expect((await routes.log()).total).to.equal(3);
  });

  it('retries a 429 after Retry-After', async () => {
    const client = quick(routes.url('rate-limited', 'feed.json', { fail: 1, after: 0 }));
    await client.edition();

    expect((await routes.log()).statuses['feed.json']).to.deep.equal([429, 200]);
  });

  it('cuts a long Retry-After to maxRetryAfter', async () => {
    // Without the cap this test would wait an hour (and time out).
    const url = routes.url('rate-limited', 'feed.json', { fail: 1, after: 3600 });
    await quick(url, { retry: { delay: () => 0, maxRetryAfter: 0 } }).edition();

    expect((await routes.log()).statuses['feed.json']).to.deep.equal([429, 200]);
  });

  it('rejects with FeedTimeoutError when nothing arrives within the timeout', async () => {
    const url = routes.url('hang');
    const started = Date.now();
    const error = await rejection(quick(url, { timeout: 50 }).edition());

    expect(error).to.be.instanceOf(FeedTimeoutError).and.include({ timeout: 50, url });
    expect(Date.now() - started).to.be.below(1000);
    expect((await routes.log()).total, 'a timeout is not retried').to.equal(1);
  });

  it('times out a body that stops half-way as well', async () => {
    const url = routes.url('stall');
    const started = Date.now();
    const error = await rejection(quick(url, { timeout: 50 }).edition());

    expect(error).to.be.instanceOf(FeedTimeoutError).and.include({ url });
    expect(Date.now() - started).to.be.below(1000);
  });

  it('retries a dropped connection, then rejects with FeedNetworkError', async () => {
    await routes.break(0);
    const url = routes.url('ok');
    const error = await rejection(quick(url, { retry: { limit: 2, delay: () => 0 } }).edition());

    expect(error).to.be.instanceOf(FeedNetworkError).and.include({ url });
    expect((await routes.log()).statuses['feed.json']).to.deep.equal([0, 0, 0]);
  });

  it('accepts a slow answer that arrives within the timeout', async () => {
    const url = routes.url('slow', 'feed.json', { delay: 20 });
    const result = await quick(url, { timeout: 5000 }).edition();

    expect(result.data.id).to.equal('shanxi-2025');
  });

  it('rejects a body that is not JSON with FeedParseError', async () => {
    const url = routes.url('invalid-json');
    const error = await rejection(quick(url).edition());

    expect(error).to.be.instanceOf(FeedParseError).and.include({ url });
  });

  it('rejects a truncated body with FeedParseError', async () => {
    const url = routes.url('truncated');
    const error = await rejection(quick(url).edition());

    expect(error).to.be.instanceOf(FeedParseError).and.include({ url });
  });

  it('rejects a feed without a usable edition with FeedValidationError', async () => {
    await routes.seed('feed.json', { ...testDocument(), edition: { id: 'no-zone' } });
    const url = routes.url('ok');
    const error = await rejection(quick(url).edition());

    expect(error).to.be.instanceOf(FeedValidationError).and.include({ url });
  });

  it('rejects a schema major it does not read with FeedVersionError and its URL', async () => {
    await routes.seed('feed.json', { ...testDocument(), schemaVersion: '9.0' });
    const url = routes.url('ok');
    const error = await rejection(quick(url).edition());

    expect(error).to.be.instanceOf(FeedVersionError).and.include({
      url,
      name: 'FeedVersionError',
      path: 'schemaVersion',
      schemaVersion: '9.0',
    });
  });

  it('reports bad records as issues of the call that returns them', async () => {
    const broken = testEvent({ id: 'broken', start: 'not a date' });
    await routes.seed('feed.json', { ...testDocument(), events: [testEvent(), broken] });
    const client = quick(routes.url('ok'));
    const events = await client.events();
    const edition = await client.edition();

    expect(events.data.map((event) => event.id)).to.deep.equal(['test-event']);
    expect(events.issues).to.have.length.above(0);
    expect(events.issues.every((issue) => issue.path.startsWith('events'))).to.equal(true);
    expect(edition.issues).to.deep.equal([]);
  });

  it('sends one request for 20 concurrent callers on one URL', async () => {
    const url = routes.url('slow', 'feed.json', { delay: 10 });
    const calls = Array.from({ length: 20 }, (_, index) =>
      index % 2 === 0 ? sharedClient(url).events() : createClient({ src: url }).events(),
    );
    const results = await Promise.all(calls);

    expect(results.every((result) => result.data.length === 1)).to.equal(true);
    expect(sharedClient(url)).to.equal(sharedClient(url));
    expect((await routes.log()).total).to.equal(1);
  });

  it('applies the query to the records', async () => {
    const taiyuan = testEvent({ id: 'taiyuan' });
    const datong = testEvent({ id: 'datong', city: '140200' });
    await routes.seed('feed.json', { ...testDocument(), events: [taiyuan, datong] });
    const result = await quick(routes.url('ok')).events({ city: '140200' });

    expect(result.data.map((event) => event.id)).to.deep.equal(['datong']);
  });

  it('rejects at once, without a request, when its signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('page left'));
    const error = await rejection(quick(routes.url('ok'), { signal: controller.signal }).events());

    expect(error).to.have.property('message', 'page left');
    expect((await routes.log()).total).to.equal(0);
  });

  it('stops waiting on abort while other callers still get the shared answer', async () => {
    const url = routes.url('slow', 'feed.json', { delay: 30 });
    const controller = new AbortController();
    const aborted = rejection(quick(url, { signal: controller.signal }).events());
    const other = quick(url).events();
    controller.abort(new Error('gone'));

    expect(await aborted).to.have.property('message', 'gone');
    expect((await other).data).to.have.length(1);
  });

  it('rejects with a FeedError when the URL is not valid', async () => {
    const error = await rejection(createClient({ src: 'http://[bad' }).edition());

    expect(error).to.be.instanceOf(FeedError);
  });

  describe('manifest', () => {
    beforeEach(async () => {
      const { key } = routes;
      await routes.seed('manifest.json', {
        schemaVersion: '1.0',
        edition: testEdition(),
        resources: {
          events: {
            byCity: {
              '140100': `events-140100.json?key=${key}`,
              '140200': `events-140200.json?key=${key}`,
            },
          },
          labs: `labs.json?key=${key}`,
        },
      });
      await routes.seed('events-140100.json', [testEvent({ id: 'taiyuan' })]);
      await routes.seed('events-140200.json', [testEvent({ id: 'datong', city: '140200' })]);
    });

    it('loads only the manifest for the edition', async () => {
      const result = await quick(routes.url('ok', 'manifest.json')).edition();

      expect(result.data.id).to.equal('shanxi-2025');
      expect((await routes.log()).files).to.deep.equal({ 'manifest.json': 1 });
    });

    it('loads only the cities asked for, then the rest when all are asked for', async () => {
      const client = quick(routes.url('ok', 'manifest.json'));
      const taiyuan = await client.events({ city: '140100' });

      expect(taiyuan.data.map((event) => event.id)).to.deep.equal(['taiyuan']);
      expect((await routes.log()).files).to.deep.equal({
        'manifest.json': 1,
        'events-140100.json': 1,
      });

      const all = await client.events();
      expect(all.data.map((event) => event.id).sort()).to.deep.equal(['datong', 'taiyuan']);
      expect((await routes.log()).files).to.deep.equal({
        'manifest.json': 1,
        'events-140100.json': 1,
        'events-140200.json': 1,
      });
    });

    it('loads the file of the city that holds an asked county', async () => {
      await quick(routes.url('ok', 'manifest.json')).events({ city: '140105' });

      expect(Object.keys((await routes.log()).files).sort()).to.deep.equal([
        'events-140100.json',
        'manifest.json',
      ]);
    });

    it('keeps the cities that loaded when others fail, and names those in `missing`', async () => {
      const { key } = routes;
      await routes.seed('manifest.json', {
        schemaVersion: '1.0',
        edition: testEdition(),
        resources: {
          events: {
            byCity: {
              '140100': `events-140100.json?key=${key}`,
              '140200': `events-140200.json?key=${key}`,
              '140300': `events-140300.json?key=${key}`,
              '140400': `events-140400.json?key=${key}`,
              '140500': `events-140500.json?key=${key}`,
            },
          },
        },
      });
      await routes.seed('events-140200.json', '[{"id": "cut');
      await routes.seed('events-140300.json', { schemaVersion: '9.0', events: [] });
      await routes.seed('events-140500.json', { labs: [] });
      // 140400 is not on the server at all (404).
      const result = await quick(routes.url('ok', 'manifest.json')).events();

      expect(result.data.map((event) => event.id)).to.deep.equal(['taiyuan']);
      expect(result.missing?.map((part) => [part.resource, part.city])).to.deep.equal([
        ['events', '140200'],
        ['events', '140300'],
        ['events', '140400'],
        ['events', '140500'],
      ]);
      expect(result.missing?.map((part) => (part.error as Error).name)).to.deep.equal([
        'FeedParseError',
        'FeedVersionError',
        'FeedHttpError',
        'FeedValidationError',
      ]);
      expect(result.missing?.[0]?.url).to.match(/events-140200\.json/);
    });

    it('rejects when every file the call needs failed', async () => {
      await routes.seed('events-140100.json', 'not json');
      const error = await rejection(
        quick(routes.url('ok', 'manifest.json')).events({ city: '140100' }),
      );

      expect(error).to.be.instanceOf(FeedParseError);
    });

    const notFetched = [
      'data:application/json,[]',
      'DATA:application/json;base64,W10=',
      'javascript:alert(1)',
      'jav\tascript:alert(1)',
      'blob:http://127.0.0.1/0c2a8b3e',
      'file:///etc/passwd',
      'ftp://127.0.0.1/events.json',
      'mailto:a@example.org',
      'http://user:secret@127.0.0.1/events.json',
      'http://[bad',
    ];

    it('fetches only http(s) resources, relative to the manifest; others are issues', async () => {
      const { key } = routes;
      const byCity: Record<string, string> = { '140100': `events-140100.json?key=${key}` };
      notFetched.forEach((ref, index) => (byCity[String(140200 + index * 100)] = ref));
      await routes.seed('manifest.json', {
        schemaVersion: '1.0',
        edition: testEdition(),
        resources: { events: { byCity }, labs: 'data:application/json,[]' },
      });
      const fetched: string[] = [];
      const recording: typeof fetch = (input, init) => {
        fetched.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      };
      const client = quick(routes.url('ok', 'manifest.json'), { fetch: recording });
      const result = await client.events();
      const labsError = await rejection(client.labs());

      expect(result.data.map((event) => event.id)).to.deep.equal(['taiyuan']);
      expect(result.missing).to.have.length(notFetched.length);
      expect(result.missing?.every((part) => part.url === undefined)).to.equal(true);
      const codes = result.issues.map((issue) => issue.code);
      expect(codes.filter((code) => code === 'url.scheme')).to.have.length(8);
      expect(codes).to.include('url.credentials').and.include('url.invalid');
      expect(labsError).to.be.instanceOf(FeedValidationError).and.include({ path: 'labs' });
      expect(fetched.every((url) => url.startsWith(`${origin}/`))).to.equal(true);
      expect((await routes.log()).files).to.deep.equal({
        'manifest.json': 1,
        'events-140100.json': 1,
      });
    });

    it('answers an empty list for a resource the manifest does not name', async () => {
      const result = await quick(routes.url('ok', 'manifest.json')).stories();

      expect(result.data).to.deep.equal([]);
      expect((await routes.log()).total).to.equal(1);
    });
  });

  describe('last good copy', () => {
    it('is served stale, with its fetch time, once the server is gone', async () => {
      const own = await startServer();
      const ownRoutes = new FeedRoutes(originOf(own), routes.key);
      await ownRoutes.seed('feed.json', testDocument());
      const client = quick(ownRoutes.url('ok'));
      const fresh = await client.events();
      await stopServer(own);
      client.refresh();
      const stale = await client.events();

      expect(stale).to.include({ stale: true, source: 'cache' });
      expect(stale.fetchedAt?.getTime()).to.equal(fresh.fetchedAt?.getTime());
      expect(stale.data).to.deep.equal(fresh.data);
    });

    it('is served stale when the server answers 503, a parse error or an invalid feed', async () => {
      const storage = memoryStorage();
      const url = routes.url('ok');
      const client = quick(url, { storage });
      await client.edition();

      await routes.seed('feed.json', '{"schemaVersion": "1.0", "edi');
      client.refresh();
      expect(await client.edition()).to.include({ stale: true });

      await routes.seed('feed.json', { schemaVersion: '1.0', edition: {} });
      client.refresh();
      expect(await client.edition()).to.include({ stale: true });

      await routes.break(503);
      client.refresh();
      expect(await client.edition()).to.include({ stale: true });
      expect(storage.keys()).to.have.length(1);
    });

    it('is not used for a 404, which means the address is wrong', async () => {
      const storage = memoryStorage();
      const url = routes.url('ok');
      const client = quick(url, { storage });
      await client.edition();
      await routes.break(404);
      client.refresh();

      expect(await rejection(client.edition())).to.be.instanceOf(FeedHttpError);
    });

    it('is skipped when the storage refuses to write (full quota)', async () => {
      const full: FeedStorage = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        removeItem: () => undefined,
      };
      const result = await quick(routes.url('ok'), { storage: full }).edition();

      expect(result).to.include({ stale: false, source: 'network' });
    });

    it('falls back to memory when localStorage throws, and never reads it at import', async () => {
      let reads = 0;
      Object.defineProperty(globalThis, 'localStorage', {
        configurable: true,
        get() {
          reads += 1;
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const copy = (await import(
          `../../src/client/client.js?import-safety=${routes.key}`
        )) as typeof import('../../src/client/client.js');
        expect(reads, 'reads at import').to.equal(0);

        const url = routes.url('ok');
        const client = copy.createClient({ src: url, retry: { delay: () => 0 } });
        await client.edition();
        await routes.break(503);
        client.refresh();

        expect(await client.edition()).to.include({ stale: true });
        expect(reads).to.be.above(0);
      } finally {
        delete (globalThis as { localStorage?: unknown }).localStorage;
      }
    });

    it('is missing on a first visit: the network error is thrown', async () => {
      const own = await startServer();
      const url = new FeedRoutes(originOf(own), routes.key).url('ok');
      await stopServer(own);
      const error = await rejection(quick(url).edition());

      expect(error).to.be.instanceOf(FeedNetworkError).and.include({ url });
    });
  });

  it('shares clients and requests with a second copy of the library on the page', async () => {
    // A query string makes the module loader evaluate the module again: a second copy.
    const copy = (await import(
      `../../src/client/client.js?copy=${routes.key}`
    )) as typeof import('../../src/client/client.js');
    const url = routes.url('ok');

    expect(copy.createClient, 'a second module instance').to.not.equal(createClient);
    expect(copy.sharedClient(url)).to.equal(sharedClient(url));
    await Promise.all([
      copy.createClient({ src: url }).edition(),
      createClient({ src: url }).edition(),
    ]);
    expect((await routes.log()).total).to.equal(1);
  });
});
