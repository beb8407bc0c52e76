// Property-based: the manifest reader over real HTTP with random partial failures. Any subset of
// city files missing, corrupt, holding no list, slow or named by an address that is not http(s);
// any subset of cities asked for. The answer always holds exactly the records of the needed
// cities that loaded, names exactly the needed cities that did not, rejects only when none did,
// and requests nothing it does not need. Bounded in runs and in time.
import type { Server } from 'node:http';
import { expect } from 'chai';
import fc from 'fast-check';
import { createClient } from '../../src/client/client.js';
import type { FeedStorage } from '../../src/client/types.js';
import { FeedError } from '../../src/errors.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';
import { originOf, startServer, stopServer } from '../support/feed-route-server.js';
import { FeedRoutes, uniqueKey } from '../support/feed-server-client.js';

const CITIES = ['140100', '140200', '140300', '140400', '140500', '140600'];

type FileState =
  { kind: 'ok' | 'slow' | 'missing' | 'corrupt' | 'not-a-list' } | { kind: 'address'; ref: string };

const badAddress = fc.oneof(
  fc.constantFrom(
    'data:application/json,[]',
    'javascript:void(0)',
    'blob:http://127.0.0.1/x',
    'file:///etc/hosts',
    'ftp://127.0.0.1/x.json',
    'mailto:x@example.org',
    'tel:+861234',
    'http://user:pw@127.0.0.1/x.json',
    'http://[::1',
  ),
  // Any relative reference: it resolves against the manifest and names no seeded file.
  // (Empty or space-padded references are the manifest's own issue: validation drops them.)
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((ref) => ref.trim() === ref && !/[:\\/]/.test(ref) && !ref.includes('events')),
);

const fileState: fc.Arbitrary<FileState> = fc.oneof(
  fc.constantFrom<FileState>(
    { kind: 'ok' },
    { kind: 'slow' },
    { kind: 'missing' },
    { kind: 'corrupt' },
    { kind: 'not-a-list' },
  ),
  badAddress.map((ref): FileState => ({ kind: 'address', ref })),
);

const loads = (state: FileState) => state.kind === 'ok' || state.kind === 'slow';

const noStorage = (): FeedStorage => ({
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
});

describe('manifest reader with random partial failures (fast-check)', () => {
  let server: Server;
  let origin: string;

  before(async () => {
    server = await startServer();
    origin = originOf(server);
  });
  after(() => stopServer(server));

  it('returns what loaded, names what did not, and fetches only what it needs', async function () {
    this.timeout(30_000);
    const property = fc.asyncProperty(
      fc.array(fileState, { minLength: 1, maxLength: CITIES.length }),
      fc.option(fc.subarray(CITIES, { minLength: 1 }), { nil: undefined }),
      async (states, asked) => {
        const routes = new FeedRoutes(origin, uniqueKey('fuzz'));
        const { key } = routes;
        const cities = CITIES.slice(0, states.length);
        const byCity: Record<string, string> = {};
        for (const [index, state] of states.entries()) {
          const city = cities[index]!;
          const file = `events-${city}.json`;
          const scenario = state.kind === 'slow' ? `../slow/${file}` : file;
          byCity[city] =
            state.kind === 'address'
              ? state.ref
              : `${scenario}?key=${key}${state.kind === 'slow' ? '&delay=15' : ''}`;
          if (state.kind === 'ok' || state.kind === 'slow') {
            await routes.seed(file, [testEvent({ id: `event-${city}`, city })]);
          } else if (state.kind === 'corrupt') await routes.seed(file, '[{"id": "cut');
          else if (state.kind === 'not-a-list') await routes.seed(file, { events: 'none' });
        }
        await routes.seed('manifest.json', {
          schemaVersion: '1.0',
          edition: testEdition(),
          resources: { events: { byCity } },
        });
        const fetched: string[] = [];
        const client = createClient({
          src: routes.url('ok', 'manifest.json'),
          retry: 0,
          timeout: 5000,
          storage: noStorage(),
          fetch: (input, init) => {
            fetched.push(input instanceof Request ? input.url : String(input));
            return fetch(input, init);
          },
        });

        const needed = cities.filter((city) => !asked || asked.includes(city));
        const neededStates = needed.map((city) => states[cities.indexOf(city)]!);
        const loaded = needed.filter((_, index) => loads(neededStates[index]!));
        const failed = needed.filter((_, index) => !loads(neededStates[index]!));

        let result;
        try {
          result = await client.events(asked && { city: asked });
        } catch (error) {
          expect(error, 'a typed error').to.be.instanceOf(FeedError);
          expect(loaded, 'rejects only when nothing needed loaded').to.deep.equal([]);
          expect(failed.length).to.be.above(0);
          return;
        }
        expect(result.data.map((event) => event.city).sort()).to.deep.equal(loaded);
        expect((result.missing ?? []).map((part) => part.city).sort()).to.deep.equal(failed);
        expect(fetched.every((url) => url.startsWith(`${origin}/`))).to.equal(true);
        const requested = Object.keys((await routes.log()).files);
        const notNeeded = cities.filter((city) => !needed.includes(city));
        for (const city of notNeeded) {
          expect(requested, `no request for ${city}`).to.not.include(`events-${city}.json`);
        }
      },
    );
    const details = await fc.check(property, {
      numRuns: 150,
      interruptAfterTimeLimit: 20_000,
      verbose: 1,
    });
    if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
    console.log(`      manifest reader: ${details.numRuns} random cases`);
    expect(details.numRuns, 'enough cases ran in the time limit').to.be.above(20);
  });
});
