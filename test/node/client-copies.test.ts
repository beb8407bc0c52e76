// Saved copies read back from storage are checked as strictly as a network answer: every kind of
// damage to the data or the metadata discards the copy (one warning) and the network's own error
// is reported, never a crash or a copy that is not the feed's.
import type { Server } from 'node:http';
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import { COPY_PREFIX, readCopyMeta } from '../../src/client/last-good.js';
import type { ClientOptions, FeedStorage } from '../../src/client/types.js';
import { FeedHttpError } from '../../src/errors.js';
import { testEdition, testEvent, testLab } from '../support/fixture-edition.js';
import { originOf, startServer, stopServer } from '../support/feed-route-server.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';

type MemoryStorage = FeedStorage & { items: Map<string, string> };

function memoryStorage(): MemoryStorage {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

/** Collects console warnings while `run` runs. */
async function warningsOf<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { value: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

type Record = { [key: string]: unknown };

/** What a page reload does: every client and cached answer is gone, the storage stays. */
function reloadPage(): void {
  delete (globalThis as { [key: symbol]: unknown })[Symbol.for('sx-science-week.feed-cache.v1')];
}

/** Ways a saved record can be damaged: by a change to its parsed form, or to its text. */
const damaged: [string, (record: Record, text: string) => string][] = [
  ['fetchedAt is a word', (r) => JSON.stringify({ ...r, fetchedAt: 'yesterday' })],
  ['fetchedAt is a date string', (r) => JSON.stringify({ ...r, fetchedAt: '2025-05-30' })],
  ['fetchedAt is out of range', (r) => JSON.stringify({ ...r, fetchedAt: 1e20 })],
  ['fetchedAt is NaN (null in JSON)', (r) => JSON.stringify({ ...r, fetchedAt: Number.NaN })],
  ['fetchedAt is fractional', (r) => JSON.stringify({ ...r, fetchedAt: 1.5 })],
  ['fetchedAt is an object', (r) => JSON.stringify({ ...r, fetchedAt: {} })],
  ['fetchedAt is missing', (r) => JSON.stringify({ ...r, fetchedAt: undefined })],
  ['serverDate is text', (r) => JSON.stringify({ ...r, serverDate: 'Fri, 30 May' })],
  ['the etag is a number', (r) => JSON.stringify({ ...r, etag: 42 })],
  ['the etag holds a line break', (r) => JSON.stringify({ ...r, etag: '"a"\r\nX-Evil: 1' })],
  ['lastModified is not a date', (r) => JSON.stringify({ ...r, lastModified: 'soon' })],
  ['the record count is negative', (r) => JSON.stringify({ ...r, records: -1 })],
  ['the record count is text', (r) => JSON.stringify({ ...r, records: '4' })],
  ['the record count is missing', (r) => JSON.stringify({ ...r, records: undefined })],
  ['the format is unknown', (r) => JSON.stringify({ ...r, v: 99 })],
  ['the format is missing', (r) => JSON.stringify({ ...r, v: undefined })],
  ['the data is missing', (r) => JSON.stringify({ ...r, json: undefined })],
  ['the url is another one', (r) => JSON.stringify({ ...r, url: 'https://elsewhere.test/f.json' })],
  ['the url is missing', (r) => JSON.stringify({ ...r, url: undefined })],
  ['the path is another kind', (r) => JSON.stringify({ ...r, path: 'events.byCity.140100' })],
  ['the body reference is junk', (r) => JSON.stringify({ ...r, json: undefined, body: 'idb' })],
  ['the text is truncated', (_, text) => text.slice(0, Math.floor(text.length / 2))],
  ['the text is empty', () => ''],
  ['the text is not JSON', () => '<html>'],
  ['the record is an array', () => '[]'],
  ['the record is null', () => 'null'],
  ['the record is a number', () => '42'],
  [
    'the data is of an unknown schema major',
    (r) => JSON.stringify({ ...r, json: { ...(r.json as Record), schemaVersion: '2.0' } }),
  ],
  [
    'the data has no edition',
    (r) => JSON.stringify({ ...r, json: { ...(r.json as Record), edition: null } }),
  ],
  ['the data is a list of labs', (r) => JSON.stringify({ ...r, json: [testLab()] })],
  [
    'the data lost records',
    (r) => JSON.stringify({ ...r, json: { ...(r.json as Record), events: [] } }),
  ],
  ['the data is a string', (r) => JSON.stringify({ ...r, json: 'feed' })],
];

describe('saved copies read back from storage (Node)', () => {
  let server: Server;
  let origin: string;
  let routes: FeedRoutes;

  before(async () => {
    server = await startServer();
    origin = originOf(server);
  });
  after(() => stopServer(server));

  beforeEach(async function () {
    routes = new FeedRoutes(origin, uniqueKey(this.currentTest?.title.slice(0, 16) ?? 'copy'));
    await routes.seed('feed.json', testDocument());
  });

  /** A client on a freshly loaded page. */
  const quick = (src: string, options: ClientOptions) => {
    reloadPage();
    return createClient({ src, retry: { limit: 0, delay: () => 0 }, ...options });
  };

  /** Loads the feed once so that `storage` holds its copy; the copy's key and text. */
  async function savedCopy(storage: MemoryStorage, url = routes.url('ok')) {
    await quick(url, { storage }).edition();
    const key = COPY_PREFIX + url;
    const text = storage.items.get(key);
    expect(text, 'a copy was saved').to.be.a('string');
    return { key, text: text!, url };
  }

  it('serves an intact copy stale when the server fails (the baseline)', async () => {
    const storage = memoryStorage();
    const { url } = await savedCopy(storage);
    await routes.break(503);
    const { value, warnings } = await warningsOf(() => quick(url, { storage }).events());

    expect(value).to.include({ stale: true, source: 'cache' });
    expect(value.data.map((event) => event.id)).to.deep.equal(['test-event']);
    expect(warnings).to.deep.equal([]);
  });

  for (const [damage, change] of damaged) {
    it(`discards a copy when ${damage}, with one warning, and reports the network error`, async () => {
      const storage = memoryStorage();
      const { key, text, url } = await savedCopy(storage);
      storage.items.set(key, change(JSON.parse(text) as Record, text));
      await routes.break(503);
      const { value: error, warnings } = await warningsOf(() =>
        rejection(quick(url, { storage }).events()),
      );

      expect(error).to.be.instanceOf(FeedHttpError).and.include({ status: 503 });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('discarded the saved copy').and.include(url);
      expect(storage.items.has(key), 'the bad copy is removed').to.equal(false);
    });
  }

  it('asks again for the whole file when the copy a 304 confirms is damaged', async () => {
    const storage = memoryStorage();
    const { key, text, url } = await savedCopy(storage);
    const record = JSON.parse(text) as Record;
    storage.items.set(
      key,
      JSON.stringify({ ...record, json: { ...(record.json as Record), events: [] } }),
    );
    const client = quick(url, { storage });
    client.refresh();
    const { value, warnings } = await warningsOf(() => client.events());

    expect((await routes.log()).statuses['feed.json']).to.deep.equal([200, 304, 200]);
    expect(value).to.include({ stale: false, source: 'network', saved: true });
    expect(value.data).to.have.length(1);
    expect(warnings).to.have.length(1);
  });

  it('sends no revalidation header taken from a damaged copy', async () => {
    const storage = memoryStorage();
    const { key, text, url } = await savedCopy(storage);
    storage.items.set(key, JSON.stringify({ ...(JSON.parse(text) as Record), etag: 'x\ny' }));
    const result = await warningsOf(() => quick(url, { storage }).edition());

    expect(result.value).to.include({ stale: false, source: 'network' });
    expect((await routes.log()).statuses['feed.json']).to.deep.equal([200, 200]);
  });

  it("discards a city file's copy that holds another resource's records", async () => {
    const { key: k } = routes;
    await routes.seed('manifest.json', {
      schemaVersion: '1.0',
      edition: testEdition(),
      resources: { events: { byCity: { '140100': `events-140100.json?key=${k}` } } },
    });
    await routes.seed('events-140100.json', [testEvent({ id: 'a' }), testEvent({ id: 'b' })]);
    const storage = memoryStorage();
    const manifest = routes.url('ok', 'manifest.json');
    await quick(manifest, { storage }).events();
    const fileKey = `${COPY_PREFIX}${new URL(`events-140100.json?key=${k}`, manifest).href}`;
    const record = JSON.parse(storage.items.get(fileKey)!) as Record;
    storage.items.set(
      fileKey,
      JSON.stringify({ ...record, json: [testLab(), testLab({ id: 'l2' })] }),
    );
    await routes.break(503);
    const { value: error, warnings } = await warningsOf(() =>
      rejection(quick(manifest, { storage }).events()),
    );

    expect(error).to.be.instanceOf(FeedHttpError).and.include({ status: 503 });
    expect(warnings.filter((text) => text.includes('discarded'))).to.have.length(1);
  });

  describe('a polluted Object.prototype while reading', () => {
    // `json` and `body` are left out of the network tests: polluted, they break every request
    // (ky and fetch read them as request options); the reader alone is tested with them.
    const polluted = ['json', 'body', 'fetchedAt', 'url', 'v', 'path', 'records', 'etag'];
    afterEach(() => {
      for (const name of polluted) delete (Object.prototype as Record)[name];
    });

    it('adds nothing to a record that lacks those fields', async () => {
      const storage = memoryStorage();
      const { key, url } = await savedCopy(storage);
      storage.items.set(key, '{"json": {}}');
      await routes.break(503);
      const { value: error, warnings } = await warningsOf(() => {
        const client = quick(url, { storage });
        Object.assign(Object.prototype, { fetchedAt: 1, url, v: 2, path: 'feed', records: 1 });
        return rejection(client.events());
      });

      expect(error).to.be.instanceOf(FeedHttpError);
      expect(warnings).to.have.length(1);
    });

    it('reads no inherited data or body reference', async () => {
      const storage = memoryStorage();
      const { key, text, url } = await savedCopy(storage);
      const stores = { storage, bodies: undefined };
      const { json: _, ...record } = JSON.parse(text) as Record;
      storage.items.set(key, JSON.stringify(record));
      const { value: meta, warnings } = await warningsOf(() => {
        Object.assign(Object.prototype, { json: testDocument(), body: { length: 1, stamp: 1 } });
        return readCopyMeta(stores, url, 'feed');
      });

      expect(meta).to.equal(undefined);
      expect(warnings).to.have.length(1);
    });

    it('changes nothing in an intact copy', async () => {
      const storage = memoryStorage();
      const { url } = await savedCopy(storage);
      await routes.break(503);
      const { value } = await warningsOf(() => {
        Object.assign(Object.prototype, { etag: '"evil"', records: 0, fetchedAt: 1 });
        return quick(url, { storage }).events();
      });

      expect(value).to.include({ stale: true });
      expect(value.data.map((event) => event.id)).to.deep.equal(['test-event']);
    });
  });

  describe('a store that throws', () => {
    const refusing = (name: string, on: 'get' | 'set'): MemoryStorage => {
      const storage = memoryStorage();
      const refuse = () => {
        throw new DOMException('refused', name);
      };
      if (on === 'get') storage.getItem = refuse;
      else storage.setItem = refuse;
      return storage;
    };

    for (const name of ['QuotaExceededError', 'SecurityError', 'InvalidStateError']) {
      it(`loads, says saved: false and warns once when writing throws ${name}`, async () => {
        const { value, warnings } = await warningsOf(() =>
          quick(routes.url('ok'), { storage: refusing(name, 'set') }).events(),
        );

        expect(value).to.include({ stale: false, source: 'network', saved: false });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('no offline copy').and.include(name);
      });

      it(`loads as if nothing were saved when reading throws ${name}`, async () => {
        const storage = refusing(name, 'get');
        const { value } = await warningsOf(() => quick(routes.url('ok'), { storage }).events());

        expect(value).to.include({ stale: false, source: 'network', saved: true });
      });
    }

    it('removes an older copy that a refused write would leave behind', async () => {
      const storage = memoryStorage();
      const { key, url } = await savedCopy(storage);
      storage.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const client = quick(url, { storage });
      await routes.seed('feed.json', { ...testDocument(), events: [] });
      const { value } = await warningsOf(() => client.events());

      expect(value).to.include({ saved: false });
      expect(value.data).to.deep.equal([]);
      expect(storage.items.has(key), 'the copy of the older answer is gone').to.equal(false);
    });

    it('accepts a store whose methods return promises', async () => {
      const storage = memoryStorage();
      const items = storage.items;
      const asyncStorage: FeedStorage = {
        getItem: async (key) => items.get(key) ?? null,
        setItem: async (key, value) => void items.set(key, value),
        removeItem: async (key) => void items.delete(key),
      };
      const url = routes.url('ok');
      await quick(url, { storage: asyncStorage }).events();
      await routes.break(503);

      expect(await quick(url, { storage: asyncStorage }).events()).to.include({ stale: true });
    });
  });
});
