/**
 * The states every widget shows, checked once and run for each element (as Shoelace runs its
 * form-control suite): loading, empty, error with a retry, stale and partial. A widget's own
 * words come in `StateWords`; what is particular to one widget stays in its own test file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FeedHttpError } from '../../src/errors.js';
import type { SxErrorEvent } from '../../widgets/shared/events.js';
import { FeedRoutes, uniqueKey } from './feed-server-client.js';
import { testEdition, testEvent, testLab, testStory } from './fixture-edition.js';
import { memoryClient } from './memory-client.js';
import {
  CASE_NOW,
  RESOURCE,
  caseEvents,
  caseLabs,
  caseStories,
  shownState,
  type WidgetTag,
} from './widget-cases.js';
import { part } from './widget-helpers.js';

export interface StateWords {
  /** What the empty state says (omit for a widget that cannot be empty: the countdown). */
  empty?: string;
  /** What the partial notice says when Datong's file is missing (omit: the widget has no parts). */
  partial?: string;
  /** Attributes every case is rendered with (the countdown shows its stale notice as a card). */
  attributes?: Record<string, string>;
}

type Widget = HTMLElement & { client?: unknown; loaded?: Promise<void> };

/** Puts `element` in the page and waits until it shows something other than loading. */
async function settled(element: Widget): Promise<Widget> {
  await fixture(html`${element}`);
  await element.loaded;
  await waitUntil(() => shownState(element) !== 'loading', 'still loading');
  return element;
}

export function runStateSuite(tag: WidgetTag, words: StateWords = {}): void {
  const resource = RESOURCE[tag];
  const make = (client?: unknown, src?: string): Widget => {
    const element = document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries({ now: CASE_NOW, ...words.attributes })) {
      element.setAttribute(name, value);
    }
    if (client) element.client = client;
    if (src) element.setAttribute('src', src);
    return element;
  };
  const records = () => ({ events: caseEvents(), labs: caseLabs(), stories: caseStories() });

  describe(`<${tag}> states (shared suite)`, () => {
    // A failed load tells the developer the details in the console: collect them here.
    let logged: unknown[][] = [];
    const { error: consoleError, warn: consoleWarn } = console;
    beforeEach(() => {
      logged = [];
      console.error = (...args: unknown[]) => void logged.push(args);
      console.warn = () => undefined;
    });
    afterEach(() => {
      console.error = consoleError;
      console.warn = consoleWarn;
    });

    it('loading: busy for assistive technology, holding space, accessible', async () => {
      const element = make(memoryClient(resource, records(), { hang: true }));
      await fixture(html`${element}`);
      expect(shownState(element)).to.equal('loading');
      expect(element.shadowRoot!.querySelector('[aria-busy=true]'), 'aria-busy').to.exist;
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });

    if (words.empty !== undefined) {
      const empty = words.empty;
      it('empty: says so in words, accessible', async () => {
        const element = await settled(make(memoryClient(resource, {})));
        expect(part(element, 'empty').textContent).to.contain(empty);
        await expect(element).to.be.accessible();
      });
    }

    it('error: a sentence, a styled retry button and sx-error with the detail (real 404)', async () => {
      let error: SxErrorEvent | undefined;
      const element = make(undefined, `/__feed/status/feed.json?key=${uniqueKey(tag)}&code=404`);
      element.addEventListener('sx-error', (e) => (error = e as SxErrorEvent));
      await settled(element);
      expect(shownState(element)).to.equal('error');
      expect(part(element, 'error').textContent).to.contain('没有找到数据');
      expect(part(element, 'retry').textContent!.trim()).to.equal('重试');
      // The shared state styles arrive with the error state.
      expect(getComputedStyle(part(element, 'retry')).cursor).to.equal('pointer');
      expect((error!.error as Error).name).to.equal('FeedHttpError');
      expect(logged.some((args) => args.includes(error!.error))).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('error: retry drops the cache and asks again, in English too', async () => {
      const client = memoryClient(resource, records(), {
        fail: new FeedHttpError('https://example.org/feed.json', 503),
      });
      const element = make(client);
      element.setAttribute('lang', 'en');
      await settled(element);
      expect(part(element, 'error').textContent).to.contain('server answered with an error');
      const asked = client.calls.filter((call) => call === resource).length;
      part(element, 'retry').click();
      await waitUntil(() => client.calls.filter((call) => call === resource).length > asked);
      expect(client.refreshes).to.equal(1);
    });

    it("stale: the saved copy, and from when in the edition's zone", async () => {
      const client = memoryClient(resource, records(), {
        stale: true,
        fetchedAt: new Date('2025-05-29T06:05:00Z'),
      });
      const element = await settled(make(client));
      await waitUntil(() => element.shadowRoot!.querySelector('[part~=stale]'), 'no stale notice');
      expect(part(element, 'stale').textContent).to.match(/5月29日.*14:05/);
      await expect(element).to.be.accessible();
    });

    if (words.partial !== undefined) {
      const partial = words.partial;
      it('partial: shows what loaded and names the city that did not, with a retry', async () => {
        const routes = new FeedRoutes(location.origin, uniqueKey(`${tag}-partial`));
        const file = (city: string) => `${resource}-${city}.json?key=${routes.key}`;
        await routes.seed('manifest.json', {
          schemaVersion: '1.0',
          edition: testEdition({ sample: false }),
          resources: {
            [resource]: { byCity: { '140100': file('140100'), '140200': file('140200') } },
          },
        });
        const loaded = { events: testEvent(), labs: testLab(), stories: testStory() }[
          resource as 'events' | 'labs' | 'stories'
        ];
        await routes.seed(`${resource}-140100.json`, [loaded]);
        const element = await settled(make(undefined, routes.url('ok', 'manifest.json')));
        const notice = part(element, 'partial');
        expect(notice.textContent).to.contain(partial);
        expect(notice.querySelector('[part~=retry]')).to.exist;
        expect(shownState(element)).to.not.equal('error');
        await expect(element).to.be.accessible();
      });
    }
  });
}
