// Browser only (web-test-runner serves the scripted routes; mocha in Node skips this file): a
// polluted Object.prototype never changes the feed requests Chromium sends (issue #14). Every
// key fetch, Request and ky read as an option is put on the prototype with a hostile value; the
// requests the server sees and the data the client returns are those of a clean page.
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';

const evil = 'https://evil.example/';
const hook = () => {
  throw new Error('a hook from the prototype ran');
};

const POLLUTED: Record<string, unknown> = {
  method: 'POST',
  body: 'evil=1',
  json: { evil: 1 },
  searchParams: 'evil=1',
  prefixUrl: `${evil}prefix/`,
  headers: { 'x-evil': '1' },
  referrer: evil,
  referrerPolicy: 'no-referrer',
  mode: 'no-cors',
  credentials: 'omit',
  cache: 'no-store',
  redirect: 'error',
  integrity: 'sha256-evil',
  keepalive: true,
  priority: 'low',
  timeout: 1,
  throwHttpErrors: false,
  retry: { limit: 5, statusCodes: [200], methods: ['get'] },
  hooks: { beforeRequest: [hook], afterResponse: [hook] },
  beforeRequest: [hook],
  shouldRetry: () => true,
  statusCodes: [200, 404],
  parseJson: () => ({ evil: true }),
  onDownloadProgress: hook,
  'if-none-match': '"evil"',
  etag: '"evil"',
};

interface Seen {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
}

describe('feed requests under a polluted Object.prototype (Chromium, real HTTP)', () => {
  /** Loads events, revalidates, loads the edition; returns what happened and what was sent. */
  async function requestsOf(pollute: Record<string, unknown>) {
    const routes = new FeedRoutes(location.origin, uniqueKey('pollution'));
    await routes.seed('feed.json', testDocument());
    const client = createClient({ src: routes.url('ok'), retry: { delay: () => 0 } });
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of Object.entries(pollute)) proto[key] = value;
    let outcome: unknown;
    try {
      const events = await client.events();
      client.refresh();
      const edition = await client.edition();
      outcome = {
        events: events.data.map((event) => event.id),
        edition: edition.data.id,
        source: edition.source,
      };
    } catch (error) {
      outcome = String(error);
    } finally {
      for (const key of Object.keys(pollute)) delete proto[key];
    }
    const response = await fetch(`/__feed/requests?key=${routes.key}`);
    const requests = (await response.json()) as Seen[];
    // The seed time of each run's file: whether it was sent is what counts.
    for (const { headers } of requests) {
      if (headers['if-modified-since']) headers['if-modified-since'] = 'a date';
    }
    for (const name of Object.keys(localStorage).filter((n) => n.includes(routes.key))) {
      localStorage.removeItem(name);
    }
    return { outcome, requests };
  }

  let clean: Awaited<ReturnType<typeof requestsOf>>;
  before(async () => {
    clean = await requestsOf({});
    expect(clean.outcome).to.deep.equal({
      events: ['test-event'],
      edition: 'shanxi-2025',
      source: 'cache',
    });
    expect(clean.requests.map((r) => r.method)).to.deep.equal(['GET', 'GET']);
    expect(clean.requests[1]!.headers['if-none-match']).to.match(/^"/);
  });

  for (const [key, value] of Object.entries(POLLUTED)) {
    it(`Object.prototype.${key} changes no request`, async () => {
      expect(await requestsOf({ [key]: value })).to.deep.equal(clean);
    });
  }

  it('all of them at once change no request', async () => {
    expect(await requestsOf(POLLUTED)).to.deep.equal(clean);
  });
});
