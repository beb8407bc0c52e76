import { expect } from 'chai';
import { createClient, sharedClient } from '../../src/client/client.js';

/** Fails the test if the client touches the network. */
const noNetwork = (() => {
  throw new Error('the embedded edition must not use the network');
}) as typeof fetch;

describe('feed client without a feed URL (embedded default edition)', () => {
  it('serves the Shanxi 2025 edition with no network at all', async () => {
    const result = await createClient({ fetch: noNetwork }).edition();

    expect(result.data.id).to.equal('shanxi-2025');
    expect(result.data.timeZone).to.equal('Asia/Shanghai');
    expect(result).to.include({ source: 'embedded', stale: false, fetchedAt: undefined });
  });

  // Served without validating again: test/node/default-edition.test.ts proves they validate clean.
  it('serves events, labs and stories with no issues', async () => {
    const client = createClient({ fetch: noNetwork });
    const [events, labs, stories] = await Promise.all([
      client.events(),
      client.labs(),
      client.stories(),
    ]);

    for (const result of [events, labs, stories]) {
      expect(result.data).to.not.be.empty;
      expect(result.issues).to.deep.equal([]);
      expect(result.source).to.equal('embedded');
    }
  });

  it('applies the query to the embedded events', async () => {
    const client = createClient({ fetch: noNetwork });
    const all = await client.events();
    const city = all.data[0]!.city;
    const inCity = await client.events({ city });

    // The city's events, all of them and no others (the embedded programme spans several cities).
    const expected = all.data.filter((event) => event.city.startsWith(city.slice(0, 4)));
    expect(inCity.data).to.not.be.empty;
    expect(inCity.data.length).to.be.below(all.data.length);
    expect(inCity.data.map((event) => event.id)).to.have.members(expected.map((event) => event.id));
  });

  it('is one shared client per page', () => {
    expect(sharedClient()).to.equal(sharedClient());
    expect(sharedClient().src).to.equal(undefined);
  });
});
