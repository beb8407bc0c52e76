/**
 * A polluted Object.prototype never changes the feed requests (issue #14): every key that
 * `fetch`, `Request` or ky read as an option, put on the prototype with a hostile value, leaves
 * the requests a real HTTP server sees exactly as they are on a clean prototype, and the client
 * still loads the feed.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createClient } from '../../src/client/client.js';
import { testDocument } from '../support/feed-server-client.js';
import { POLLUTED_OPTIONS, UNDICI_READS } from '../support/polluted-options.js';
import { memoryStorage } from '../support/memory-storage.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('feed requests under a polluted Object.prototype (Node, real HTTP)', () => {
  let server: Server;
  let seen: Seen[] = [];
  let base: string;
  let runs = 0;
  const document = JSON.stringify(testDocument());

  before(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { host: _host, ...headers } = req.headers;
        // Each run has its own address (the page-wide registry caches by URL): compare paths.
        const [path, query] = (req.url ?? '').split('?');
        seen.push({
          method: req.method ?? '',
          url: `${path}?${query?.replace(/^run=\d+&?/, '')}`,
          headers,
          body,
        });
        res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
        res.end(document);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  /** The requests of loading the edition and events, then revalidating once. */
  async function requestsOf(pollute: Record<string, unknown>) {
    seen = [];
    const client = createClient({
      src: `${base}/feed.json?run=${(runs += 1)}`,
      storage: memoryStorage(),
      retry: { delay: () => 0 },
    });
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of Object.entries(pollute)) proto[key] = value;
    let outcome: unknown;
    try {
      const events = await client.events();
      client.refresh();
      const edition = await client.edition();
      outcome = { events: events.data.map((event) => event.id), edition: edition.data.id };
    } catch (error) {
      outcome = String(error);
    } finally {
      for (const key of Object.keys(pollute)) delete proto[key];
    }
    return { outcome, requests: seen };
  }

  let clean: Awaited<ReturnType<typeof requestsOf>>;
  before(async () => {
    clean = await requestsOf({});
    expect(clean.outcome).to.deep.equal({ events: ['test-event'], edition: 'shanxi-2025' });
    expect(clean.requests.map((r) => r.method)).to.deep.equal(['GET', 'GET']);
  });

  for (const [key, value] of Object.entries(POLLUTED_OPTIONS)) {
    it(`Object.prototype.${key} changes no request`, async () => {
      const polluted = await requestsOf({ [key]: value });
      expect(polluted).to.deep.equal(clean);
    });
  }

  it('a polluted body changes no request (Node fails to read the answer: undici)', async () => {
    const polluted = await requestsOf({ body: UNDICI_READS.body });
    // The first answer cannot be read, so the revalidation never happens.
    expect(polluted.requests).to.deep.equal(clean.requests.slice(0, 1));
  });

  it('all of them at once change no request', async () => {
    expect(await requestsOf(POLLUTED_OPTIONS)).to.deep.equal(clean);
  });
});
