import { expect, fixture, html } from '@open-wc/testing';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import '../../widgets/lab-map/lab-map.js';
import { facilities, memoryClient, part, parts, SATURDAY_10 } from './lab-map-fixtures.js';

/** What a visitor could see of one select in a frame, and how many options it holds. */
interface SelectState {
  options: number;
  shown: string;
  box: string;
}

/** One frame with cards: how many, whether "show more" is there, and each select's state. */
interface Frame {
  cards: number;
  more: boolean;
  count: string;
  selects: Record<string, SelectState>;
}

const SELECTS = ['filter-city', 'filter-kind', 'filter-day'];

function snapshot(element: SxLabMap): Frame {
  const selects: Record<string, SelectState> = {};
  for (const name of SELECTS) {
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>(`[part~="${name}"]`)!;
    const { x, y, width, height } = select.getBoundingClientRect();
    selects[name] = {
      options: select.options.length,
      shown: select.selectedOptions[0]?.textContent?.trim() ?? '',
      box: [x, y, width, height].map(Math.round).join(','),
    };
  }
  return {
    cards: parts(element, 'item').length,
    more: parts(element, 'load-more').length > 0,
    count: part(element, 'summary').textContent!.trim(),
    selects,
  };
}

/**
 * Mounts a lab map with `attrs` in a box `width` px wide and records each frame in which its cards
 * changed (a frame is drawn at the end of the task that changed the shadow root), until `loaded`.
 */
async function watch(width: number, attrs: Record<string, string> = {}): Promise<Frame[]> {
  const element = document.createElement('sx-lab-map') as SxLabMap;
  element.setAttribute('now', SATURDAY_10);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  // Eight facilities: more than the first frame's two cards and than a page of six.
  const labs = [
    ...facilities(),
    ...facilities()
      .slice(0, 2)
      .map((lab) => ({ ...lab, id: `${lab.id}-2` })),
  ];
  element.client = memoryClient(labs);
  const parent = await fixture(html`<div style="width: ${width}px"></div>`);
  const seen: Frame[] = [];
  const observer = new MutationObserver(() => {
    // The loading skeleton has neither cards nor selects.
    const cards = parts(element, 'item').length;
    if (cards > 0 && cards !== seen.at(-1)?.cards) seen.push(snapshot(element));
  });
  parent.append(element);
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  await element.updateComplete; // the first update starts the load `loaded` waits for
  await element.loaded;
  observer.disconnect();
  seen.push(snapshot(element));
  return seen;
}

// #16: the first content frame draws the first screen (two cards, the selects' chosen options);
// the other cards, the option lists and "show more" come after that frame's paint. What was
// shown does not change: the same selects' text in the same boxes, the same count.
describe('<sx-lab-map> draws its first screen first', () => {
  for (const width of [375, 1280]) {
    it(`at ${width} px: two cards and chosen options, then the whole page`, async () => {
      const [first, second, last] = await watch(width);
      expect(first, 'a first frame with cards').to.exist;
      expect(first!.cards).to.equal(2);
      expect(first!.more, 'no "show more" before the page is whole').to.equal(false);
      for (const name of SELECTS) {
        expect(first!.selects[name]!.options, `${name}: "all" only`).to.equal(1);
      }
      expect(second, 'the rest in a later frame').to.exist;
      expect(second!.cards).to.equal(6);
      expect(second!.more).to.equal(true);
      expect(last).to.deep.equal(second);
      expect(second!.count).to.equal(first!.count);
      for (const name of SELECTS) {
        expect(second!.selects[name]!.options, name).to.be.above(1);
        // Same text in the same place: no flash, no layout shift.
        expect(second!.selects[name]!.shown, `${name} text`).to.equal(first!.selects[name]!.shown);
        expect(second!.selects[name]!.box, `${name} box`).to.equal(first!.selects[name]!.box);
      }
    });
  }

  it('a preset city and day are the first frame’s chosen options', async () => {
    const [first, second] = await watch(375, { city: '140100', date: '2025-05-31' });
    expect(first!.selects['filter-city']!.options).to.equal(2);
    expect(first!.selects['filter-day']!.options).to.equal(2);
    for (const name of SELECTS) {
      expect(second!.selects[name]!.shown, `${name} text`).to.equal(first!.selects[name]!.shown);
    }
    expect(first!.selects['filter-city']!.shown).to.not.equal('140100');
  });

  it('limit="1": one card first, then the page of one', async () => {
    const frames = await watch(375, { limit: '1' });
    expect(frames.map((frame) => [frame.cards, frame.more])).to.deep.equal([
      [1, false],
      [1, true],
    ]);
  });
});
