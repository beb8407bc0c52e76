/**
 * A lab card is one template (lab-entry.ts, #16 lab12): what a facility lacks is hidden, not left
 * out, so these check that a hidden part is neither seen, read, focused nor styled by a page's
 * `::part()`, that English feed text keeps the direction `<bdi>` gave it, and how many templates
 * a whole lab map prepares (the first test of this file's page: Lit's template cache is empty).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Lab } from '../../src/feed/types.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import '../../widgets/lab-map/lab-map.js';
import { testLab } from '../support/fixture-edition.js';
import { memoryClient, part, parts, SATURDAY_10 } from './lab-map-fixtures.js';

/** A lab map of `labs` at 1280 px, loaded; `lang` and `view` as attributes. */
async function labMap(
  labs: Lab[],
  { lang = 'zh-CN', view = 'map+list' }: { lang?: string; view?: string } = {},
): Promise<SxLabMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 1280px">
      <sx-lab-map
        .client=${memoryClient(labs)}
        now=${SATURDAY_10}
        lang=${lang}
        view=${view}
      ></sx-lab-map>
    </div>`,
  );
  const element = wrapper.querySelector<SxLabMap>('sx-lab-map')!;
  await element.loaded;
  return element;
}

/** Whether `node` draws a box (an absent node draws none). */
const shown = (node: Element | null) => Boolean(node && node.getClientRects().length > 0);

describe('<sx-lab-map> card: one template, hidden parts', () => {
  it('a whole lab map (map, filters, six cards with openings) prepares at most 27 templates, the fixture included', async () => {
    const made: string[] = [];
    const createElement = Document.prototype.createElement;
    Document.prototype.createElement = function (this: Document, name: string, options?: never) {
      if (name === 'template') made.push(new Error().stack ?? '');
      return createElement.call(this, name, options);
    } as typeof createElement;
    try {
      await labMap([1, 2, 3, 4, 5, 6].map((n) => testLab({ id: `lab-${n}`, sample: false })));
    } finally {
      Document.prototype.createElement = createElement;
    }
    // The card's host, address, summary, show-on-map and map links, the notices and the map pane
    // were 11 more (38 in all).
    expect(made.length).to.be.at.most(27);
  });

  it('a facility without summary or address shows and reads no empty summary or address', async () => {
    const lab = testLab({
      summary: undefined,
      location: { lat: 37.853, lng: 112.548, precise: true },
      sample: false,
    });
    const element = await labMap([lab]);
    const card = part(element, 'item');
    expect(parts(element, 'item-summary')).to.have.length(0);
    for (const name of ['.summary', '.address']) {
      expect(shown(card.querySelector(name)), name).to.equal(false);
    }
    // What a screen reader reads of the meta line: the host and its city, no "地址:" label.
    const meta = part(element, 'item-meta').innerText;
    expect(meta).to.include('示例研究所');
    expect(meta).to.not.include('地址');
    await expect(element).to.be.accessible();
  });

  it('the list view has no "show on map", whatever its class unsets', async () => {
    const element = await labMap([testLab({ sample: false })], { view: 'list' });
    const button = part(element, 'item').querySelector<HTMLButtonElement>('.on-map');
    // `.on-map { all: unset }` would otherwise give the hidden button its display back.
    expect(shown(button)).to.equal(false);
    expect(parts(element, 'show-on-map')).to.have.length(0);
    button?.focus();
    expect(element.shadowRoot!.activeElement).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it("a page's ::part() rules cannot show a summary a facility lacks", async () => {
    const style = document.createElement('style');
    style.textContent = 'sx-lab-map::part(item-summary) { display: block; padding: 2em; }';
    document.head.append(style);
    try {
      const element = await labMap([testLab({ summary: undefined, sample: false })]);
      expect(shown(part(element, 'item').querySelector('.summary'))).to.equal(false);
    } finally {
      style.remove();
    }
  });

  it('English feed text takes its own direction, as <bdi> gave it, and the city keeps its place', async () => {
    const element = await labMap([testLab({ hostEn: 'מכון Sample institute', sample: false })], {
      lang: 'en',
    });
    const host = part(element, 'item').querySelector<HTMLElement>('.host')!;
    const text = [...host.querySelectorAll<HTMLElement>('span, bdi')].find((span) =>
      span.textContent!.includes('מכון'),
    )!;
    expect(getComputedStyle(text).direction).to.equal('rtl');
    const city = host.querySelector<HTMLElement>('.city')!;
    expect(city.getBoundingClientRect().left).to.be.above(text.getBoundingClientRect().right - 1);
  });
});
