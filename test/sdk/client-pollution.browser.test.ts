// Browser only (web-test-runner serves the scripted routes; mocha in Node skips this file): a
// polluted Object.prototype never changes the feed requests Chromium sends (issue #14). Every
// key fetch, Request and ky read as an option is put on the prototype with a hostile value; the
// requests the server sees and the data the client returns are those of a clean page.
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import { copiesWritten } from '../../src/client/last-good.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';
import { POLLUTED_OPTIONS, UNDICI_READS } from '../support/polluted-options.js';

/** Chromium reads none of the keys undici reads from the prototype: all of them are tested. */
const POLLUTED: Record<string, unknown> = { ...POLLUTED_OPTIONS, ...UNDICI_READS };

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
      // The copy the refresh revalidates is written once the answer has shown.
      await copiesWritten();
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
