// Browser only: saved copies in the real localStorage and IndexedDB. A feed too big for
// localStorage is kept in IndexedDB (or the result says none was kept), and a damaged copy is
// discarded with one warning instead of being served.
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import { COPY_PREFIX, INLINE_LIMIT, copiesWritten } from '../../src/client/last-good.js';
import { FeedHttpError } from '../../src/errors.js';
import { testEvent } from '../support/fixture-edition.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';

const REGISTRY = Symbol.for('sx-science-week.feed-cache.v1');

/** What a reload does to the page: every in-memory client and cached answer is gone. */
function reloadPage(): void {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

/** A single-document feed of `count` events (about 1 KB each). */
function bigDocument(count: number) {
  const events = Array.from({ length: count }, (_, index) =>
    testEvent({ id: `event-${index}`, summary: `示例活动 ${index} `.repeat(40) }),
  );
  return { ...testDocument(), events };
}

describe('saved copies in the browser', () => {
  let routes: FeedRoutes;
  let warnings: string[];
  const consoleWarn = console.warn;

  beforeEach(async () => {
    routes = new FeedRoutes(location.origin, uniqueKey('storage'));
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });

  afterEach(() => {
    console.warn = consoleWarn;
    for (const name of Object.keys(localStorage)) {
      if (name.includes(routes.key)) localStorage.removeItem(name);
    }
  });

  const load = (url: string) => {
    reloadPage();
    return createClient({ src: url, retry: 0 }).events();
  };

  it('keeps a small copy inline in localStorage', async () => {
    await routes.seed('feed.json', testDocument());
    const url = routes.url('ok');
    const fresh = await load(url);

    // Written once the answer has shown, so not known at it (the first events do not wait for
    // localStorage's synchronous write): nothing is there yet, and all of it once written.
    expect(fresh.saved).to.equal(undefined);
    expect(localStorage.getItem(COPY_PREFIX + url), 'written after the answer').to.equal(null);
    await copiesWritten();
    expect(warnings).to.deep.equal([]);
    const record = JSON.parse(localStorage.getItem(COPY_PREFIX + url)!) as Record<string, unknown>;
    expect(record).to.have.property('json');
    expect(record).to.not.have.property('body');
  });

  it('keeps a copy too big for localStorage in IndexedDB, and serves it after a reload', async function () {
    // Six megabytes are sent, validated and stored twice: slow on a busy machine.
    this.timeout(60_000);
    // About 6 MB: more than localStorage holds for a whole origin.
    await routes.seed('feed.json', bigDocument(6000));
    const url = routes.url('ok');
    const fresh = await load(url);

    expect(fresh).to.include({ source: 'network' });
    // Not known at the answer (#16): the big body is written after it, so `saved` is not said.
    expect(fresh.saved).to.equal(undefined);
    // The answer came before the body's commit (#16): the metadata follows it.
    expect(localStorage.getItem(COPY_PREFIX + url), 'metadata before the commit').to.equal(null);
    await copiesWritten();
    const record = localStorage.getItem(COPY_PREFIX + url)!;
    expect(record.length, 'only the metadata is in localStorage').to.be.below(1000);
    const { body } = JSON.parse(record) as { body: { length: number } };
    expect(body.length, 'characters kept in IndexedDB').to.be.above(5_500_000);

    await routes.break(503);
    const stale = await load(url);
    expect(stale).to.include({ stale: true, source: 'cache' });
    expect(stale.data).to.have.length(6000);
    expect(stale.fetchedAt?.getTime()).to.equal(fresh.fetchedAt?.getTime());
    expect(warnings).to.deep.equal([]);
  });

  // A big copy is written after the answer (#16): the store's refusal, whether when the body is
  // handed over or at the commit, comes after it, as one warning, and leaves no copy.
  const refusals: [string, string, (put: typeof IDBObjectStore.prototype.put) => typeof put][] = [
    [
      'when the body is handed over',
      'QuotaExceededError',
      () => () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    ],
    [
      'at the commit',
      'AbortError',
      (put) =>
        function (this: IDBObjectStore, ...args) {
          const request = put.apply(this, args);
          this.transaction.abort(); // As a quota error at commit does.
          return request;
        },
    ],
  ];
  for (const [when, name, refuse] of refusals) {
    it(`keeps no copy, with one warning, when IndexedDB refuses a big copy ${when}`, async () => {
      await routes.seed('feed.json', bigDocument(Math.ceil(INLINE_LIMIT / 500)));
      const url = routes.url('ok');
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = refuse(put);
      try {
        const fresh = await load(url);
        expect(fresh).to.include({ source: 'network', stale: false });
        expect(fresh.saved, 'not said before it is known').to.equal(undefined);
        expect(warnings, 'nothing refused before the answer').to.deep.equal([]);
        await copiesWritten();
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('no offline copy').and.include(name);
      expect(localStorage.getItem(COPY_PREFIX + url)).to.equal(null);

      await routes.break(503);
      expect(await rejection(load(url))).to.be.instanceOf(FeedHttpError);
    });
  }

  it('discards a big copy whose IndexedDB body belongs to another answer', async () => {
    await routes.seed('feed.json', bigDocument(200));
    const url = routes.url('ok');
    await load(url);
    await copiesWritten();
    const key = COPY_PREFIX + url;
    const record = JSON.parse(localStorage.getItem(key)!) as { body: { stamp: number } };
    record.body.stamp += 1;
    localStorage.setItem(key, JSON.stringify(record));
    await routes.break(503);

    expect(await rejection(load(url))).to.be.instanceOf(FeedHttpError);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('discarded the saved copy');
    expect(localStorage.getItem(key)).to.equal(null);
  });

  const damages: [string, (record: Record<string, unknown>) => unknown][] = [
    ['fetchedAt is not a time', (record) => ({ ...record, fetchedAt: 'not a time' })],
    ['the url is another', (record) => ({ ...record, url: 'https://elsewhere.test/' })],
    ['the data is gone', ({ json: _, ...record }) => record],
    ['the data is another kind', (record) => ({ ...record, json: [] })],
  ];

  for (const [damage, change] of damages) {
    it(`discards an inline copy when ${damage}`, async () => {
      await routes.seed('feed.json', testDocument());
      const url = routes.url('ok');
      await load(url);
      await copiesWritten();
      const key = COPY_PREFIX + url;
      const record = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify(change(record)));
      await routes.break(503);

      expect(await rejection(load(url))).to.be.instanceOf(FeedHttpError);
      expect(warnings).to.have.length(1);
      expect(localStorage.getItem(key)).to.equal(null);
    });
  }
});
