// The loader's feed prefetch (cdn/prefetch-feed.ts) fetches what the client would: http(s) only.
// A `src` or a manifest resource that is a `data:`, `blob:` or `javascript:` address is never
// requested (#14, item 10), and a web address is requested once (the positive control).
import { expect } from '@open-wc/testing';
import { prefetchFeed } from '../../cdn/prefetch-feed.js';
import { createClient } from '../../src/client/client.js';
import { prefetched } from '../../src/client/registry.js';
import { testEdition } from '../support/fixture-edition.js';
import { FeedRoutes, uniqueKey } from '../support/feed-server-client.js';

const NOT_WEB = [
  'data:application/json,{"resources":{}}',
  'blob:https://example.org/0f0e',
  'javascript:alert(1)',
  'file:///etc/passwd',
];

describe('the loader’s feed prefetch: web addresses only', () => {
  const { fetch: realFetch } = window;
  let requested: string[] = [];
  beforeEach(() => {
    requested = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    prefetched().clear();
  });

  const element = (tag: string, src: string) => {
    const node = document.createElement(tag);
    node.setAttribute('src', src);
    return node;
  };

  async function manifestWith(events: string): Promise<string> {
    const routes = new FeedRoutes(location.origin, uniqueKey('prefetch'));
    await routes.seed('manifest.json', {
      schemaVersion: '1.0',
      edition: testEdition(),
      resources: { events },
    });
    await routes.seed('events.json', []);
    requested = [];
    return routes.url('ok', 'manifest.json');
  }

  for (const src of NOT_WEB) {
    it(`requests nothing for src="${src.slice(0, 24)}…"`, async () => {
      await prefetchFeed(element('sx-events', src));
      expect(requested).to.deep.equal([]);
      expect([...prefetched().keys()]).to.deep.equal([]);
    });
  }

  for (const resource of NOT_WEB) {
    it(`requests the manifest but not its resource "${resource.slice(0, 24)}…"`, async () => {
      const manifest = await manifestWith(resource);
      await prefetchFeed(element('sx-events', manifest));
      expect(requested).to.deep.equal([manifest]);
    });
  }

  it('requests a web manifest and its events once each, into the client’s slot', async () => {
    const manifest = await manifestWith(`events.json?key=x`);
    const events = new URL('events.json?key=x', manifest).href;
    await prefetchFeed(element('sx-events', manifest));
    await prefetchFeed(element('sx-events', manifest));
    expect(requested).to.deep.equal([manifest, events]);
    expect([...prefetched().keys()]).to.deep.equal([manifest, events]);
  });
  // The class: a tag the page adds after its client has the files (a partner's lazy embed below
  // the fold, #16's one request per resource per page). Before, the manifest and the resource
  // went out a second time into a slot no client takes from.
  it('requests nothing for a tag added after the client has loaded the files', async () => {
    const routes = new FeedRoutes(location.origin, uniqueKey('prefetch-late'));
    await routes.seed('manifest.json', {
      schemaVersion: '1.0',
      edition: testEdition(),
      resources: { events: `events.json?key=${routes.key}`, labs: `labs.json?key=${routes.key}` },
    });
    await routes.seed('events.json', []);
    await routes.seed('labs.json', []);
    requested = [];
    const manifest = routes.url('ok', 'manifest.json');
    const events = routes.url('ok', 'events.json');
    await prefetchFeed(element('sx-events', manifest));
    const result = await createClient({ src: manifest }).events();
    expect(result.data, 'the client read the prefetched files').to.be.an('array');
    expect(requested).to.deep.equal([manifest, events]);
    for (const tag of ['sx-events', 'sx-countdown']) {
      await prefetchFeed(element(tag, manifest));
    }
    expect(requested, 'no second request').to.deep.equal([manifest, events]);
    expect([...prefetched().keys()], 'nothing left waiting in the slot').to.deep.equal([]);
    // A late lab map: the held manifest names its labs, which nobody holds yet: asked for once,
    // with the code, and its client takes that answer.
    const labs = routes.url('ok', 'labs.json');
    await prefetchFeed(element('sx-lab-map', manifest));
    await prefetchFeed(element('sx-lab-map', manifest));
    expect(requested).to.deep.equal([manifest, events, labs]);
    expect((await createClient({ src: manifest }).labs()).data).to.be.an('array');
    expect(requested, 'the client took the prefetched labs').to.deep.equal([
      manifest,
      events,
      labs,
    ]);
  });
});
