// Budgets that cannot drift (issue 16): a page with one widget from the CDN build reaches its
// first real item in at most 2 request waves with the embedded edition and at most 3 when it reads
// a feed (`src`): the loader requests the widget's whole static graph at once, and the data with
// it. Counted from the browser's own initiator chains, never from wall time. Needs the build
// (`npx rollup -c`; `npm test` builds first).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Waves {
  page: string;
  requests: number;
  waves: number;
  codeBytes: number;
  dataBytes: number;
  detail: { path: string; wave: number; gzip: number }[];
}

const measure = (name: string, src = false) =>
  executeServerCommand<Waves, { name: string; src: boolean }>('request-waves', { name, src });

/** What the failure message shows: each request with its wave. */
const explain = (result: Waves) =>
  result.detail.map(({ path, wave }) => `${wave} ${path}`).join('\n');

const PAGES = ['sx-countdown', 'sx-events', 'sx-events lang=en', 'sx-story-card', 'sx-lab-map'];

describe('request waves per widget page (CDN build)', function () {
  // A fresh browser context and a real page load per case.
  this.timeout(30000);

  for (const name of PAGES) {
    it(`${name}, embedded edition: content after ≤ 2 waves`, async () => {
      const result = (await measure(name))!;
      expect(result.waves, explain(result)).to.be.at.most(2);
      // The page did load code from the build (a wrong path would "pass" with 0 waves).
      expect(result.codeBytes).to.be.greaterThan(10_000);
    });

    it(`${name} with src: content after ≤ 3 waves`, async () => {
      const result = (await measure(name, true))!;
      expect(result.waves, explain(result)).to.be.at.most(3);
      expect(result.detail.some(({ path }) => path.endsWith('manifest.json'))).to.equal(true);
    });
  }
});
