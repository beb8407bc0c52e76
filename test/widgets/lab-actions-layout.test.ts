/**
 * A facility card's actions (its page, then "directions" with AMap and Baidu Maps) on one line at
 * the card widths of a 1280 px page, in English as in Chinese; "show on map" sits after the
 * address; on a 320 px phone they wrap whole, inside the card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/lab-map/lab-map.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { part, parts, SATURDAY_10 } from './lab-map-fixtures.js';

async function at(width: number, lang: string): Promise<SxLabMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: ${width}px; font-size: 16px">
      <sx-lab-map now=${SATURDAY_10}></sx-lab-map>
    </div>`,
  );
  const element = wrapper.querySelector<SxLabMap>('sx-lab-map')!;
  await element.loaded;
  return element;
}

const box = (element: Element) => element.getBoundingClientRect();
/** The buttons and links of a card's action line. */
const actionsOf = (card: Element) => [
  ...card.querySelectorAll<HTMLElement>('[part~=actions] .sx-button'),
];

describe('<sx-lab-map> card actions', () => {
  afterEach(() => document.querySelectorAll('sx-lab-map').forEach((map) => map.remove()));

  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}, 1280 px page: every card's actions share one line; "show on map" after the address`, async () => {
      // The page's 1280 px less its margins, as in the screenshots.
      const element = await at(1256, lang);
      const cards = parts(element, 'item');
      expect(cards.length).to.be.above(1);
      // Two cards on a row: the widths this line must fit.
      expect(box(cards[1]!).top).to.equal(box(cards[0]!).top);
      for (const card of cards) {
        const actions = actionsOf(card);
        expect(actions.map((action) => action.getAttribute('part'))).to.deep.equal([
          'details',
          'navigate navigate-amap',
          'navigate navigate-baidu',
        ]);
        const tops = actions.map((action) => Math.round(box(action).top));
        expect(new Set(tops).size, `${card.dataset['lab']}: ${tops.join(', ')}`).to.equal(1);
        const onMap = card.querySelector<HTMLElement>('[part~=show-on-map]')!;
        expect(onMap.closest('[part~=item-meta]')).to.not.equal(null);
        // Right after the address, where the place is.
        expect(onMap.previousElementSibling!.classList.contains('address')).to.equal(true);
      }
      await expect(element).to.be.accessible();
    });
  }

  it('en, 320 px phone: the actions wrap inside the card, each label whole', async () => {
    const element = await at(320, 'en');
    for (const card of parts(element, 'item')) {
      const frame = box(card.querySelector('.card')!);
      for (const action of [
        ...actionsOf(card),
        card.querySelector<HTMLElement>('[part~=show-on-map]')!,
      ]) {
        const shape = box(action);
        expect(shape.right, action.textContent!).to.be.at.most(frame.right);
        // One line of text: a label never breaks inside ("Baidu / Maps").
        expect(action.getClientRects()).to.have.length(1);
        expect(shape.height).to.be.below(48);
      }
    }
    // "Show on map" still chooses the facility on the map.
    const first = parts(element, 'item')[0]!;
    first.querySelector<HTMLElement>('[part~=show-on-map]')!.click();
    await element.updateComplete;
    expect(part(element, 'list').querySelector('[part~=item-selected]')).to.equal(first);
  });
});
