/**
 * A hostile host page: enumerable feed-field names on Object.prototype and Array.prototype, a
 * broken `fetch`, `* { all: unset !important }`, and one of the library's tags defined by the page
 * itself. Every widget still shows exactly what it shows on a clean page (the embedded edition),
 * from the sources and from the built bundles, with no uncaught error.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/page-frame.js';

interface Shown {
  tag: string;
  state: string;
  visible: boolean;
  text: string;
  links: string[];
  images: string[];
}

for (const build of ['source', 'esm', 'iife']) {
  describe(`a hostile host page (${build})`, () => {
    let clean: Shown[];

    before(async () => {
      const page = await openPage<{ widgets: Shown[] }>(`/__page/hostile?build=${build}&clean=1`);
      expect(page.errors).to.deep.equal([]);
      clean = page.result!.widgets;
      for (const widget of clean) {
        expect(widget.state, `${widget.tag} on a clean page`).to.equal('data');
        expect(widget.text.length).to.be.greaterThan(20);
      }
    });

    it('every widget shows exactly the feed data it shows on a clean page', async () => {
      const page = await openPage<{ widgets: Shown[] }>(`/__page/hostile?build=${build}`);
      expect(page.errors, 'uncaught errors').to.deep.equal([]);
      const widgets = page.result!.widgets;
      expect(widgets).to.deep.equal(clean);
      for (const widget of widgets) expect(widget.visible, `${widget.tag} visible`).to.equal(true);
      const joined = JSON.stringify(widgets);
      expect(joined).to.not.contain('evil');
      expect(joined).to.not.contain('Evil');
      expect(page.consoleErrors, 'console errors').to.deep.equal([]);
    });

    // The embedded edition skips validation, so it is copied into records that inherit nothing
    // (src/data/inherit-nothing.ts); validated records are built that way too (issue #14 item 8).
    const pollutions = {
      'feed-field names on Object.prototype add nothing to any widget': 'fields=1',
      'other optional fields on Object.prototype, with values of every type, add nothing':
        'fields=flags',
      'optional field names as throwing getters on Object.prototype are never read':
        'fields=getters',
      'feed-field names on Array.prototype add nothing': 'arrays=1',
    };
    for (const [title, query] of Object.entries(pollutions)) {
      it(title, async () => {
        const page = await openPage<{ widgets: Shown[] }>(
          `/__page/hostile?build=${build}&${query}`,
        );
        expect(page.errors, 'uncaught errors').to.deep.equal([]);
        expect(page.result!.widgets).to.deep.equal(clean);
        expect(JSON.stringify(page.result!.widgets)).to.not.match(/evil/i);
        expect(page.consoleErrors, 'console errors').to.deep.equal([]);
      });
    }

    it('a tag the page defined itself is left to the page, with a warning that says so', async () => {
      const page = await openPage<{ widgets: Shown[] }>(
        `/__page/hostile?build=${build}&predefine=sx-events`,
      );
      expect(page.errors, 'uncaught errors').to.deep.equal([]);
      const defined = page.warnings.filter((w) => w.includes('<sx-events>'));
      expect(defined).to.have.length(1);
      expect(defined[0]).to.contain('defined by the page itself');
      expect(defined[0]).to.not.contain('another copy');
      const others = page.result!.widgets.filter((w) => w.tag !== 'sx-events');
      expect(others.map((w) => w.state)).to.deep.equal(['data', 'data', 'data']);
      expect(others).to.deep.equal(clean.filter((w) => w.tag !== 'sx-events'));
    });
  });
}

/** Built-ins the widgets rely on (widgets/shared/features.ts), each deleted by the page. */
const BUILT_INS = [
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'Object.hasOwn',
  'Object.fromEntries',
  'Promise.allSettled',
  'AbortController',
  'Intl.DateTimeFormat',
];

for (const build of ['source', 'esm', 'iife']) {
  describe(`a page without a built-in (${build})`, () => {
    for (const name of BUILT_INS) {
      it(`without ${name}: no widget is defined, and one message says which is missing`, async () => {
        const page = await openPage<{ defined: string[] }>(
          `/__page/hostile?build=${build}&remove=${name}`,
        );
        expect(page.errors, 'uncaught errors').to.deep.equal([]);
        expect(page.result!.defined).to.deep.equal([]);
        const said = [...page.warnings, ...page.consoleErrors].filter((m) =>
          m.includes('sx-science-week'),
        );
        expect(said).to.have.length(1);
        expect(said[0]).to.contain(name);
      });
    }
  });
}
