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

  it('serves events, labs and stories that validate without issues', async () => {
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

    expect(inCity.data).to.not.be.empty;
    expect(inCity.data.length).to.be.at.most(all.data.length);
    expect(inCity.data.every((event) => event.city.startsWith(city.slice(0, 4)))).to.equal(true);
  });

  it('is one shared client per page', () => {
    expect(sharedClient()).to.equal(sharedClient());
    expect(sharedClient().src).to.equal(undefined);
  });
});
