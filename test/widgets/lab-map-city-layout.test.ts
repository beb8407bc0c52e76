/**
 * <sx-lab-map> embedded for one city (`city="140400"`, one facility; Taiyuan's two innovation
 * centres), the way a partner page shows its own city (#15): at 1280 px the square tiles made the
 * map 2.6 times as tall as the one card beside it, a blank the size of the card under it. The map
 * is now about as tall as one or two cards (and on a phone the card comes 100 px sooner); the
 * province's map keeps its square tiles, and no map changes size when the visitor chooses a city.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/lab-map/lab-map.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { part, parts, SATURDAY_10, tile } from './lab-map-fixtures.js';

async function at(
  width: number,
  lang: string,
  attributes: { city?: string; kind?: string } = {},
): Promise<SxLabMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: ${width}px">
      <sx-lab-map now=${SATURDAY_10}></sx-lab-map>
    </div>`,
  );
  const element = wrapper.querySelector<SxLabMap>('sx-lab-map')!;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await element.loaded;
  await element.updateComplete;
  return element;
}

const box = (element: Element) => element.getBoundingClientRect();
const mapOf = (element: SxLabMap) => element.shadowRoot!.querySelector('.map-pane')!;
const listOf = (element: SxLabMap) => element.shadowRoot!.querySelector('.list-pane')!;
const em = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

describe('<sx-lab-map> for one city', () => {
  afterEach(() =>
    document.querySelectorAll('sx-lab-map').forEach((map) => map.parentElement!.remove()),
  );

  for (const lang of ['zh-CN', 'en']) {
    for (const [what, attributes, cards] of [
      ['one facility', { city: '140400' }, 1],
      ['two facilities', { city: '140100', kind: 'innovation-centre' }, 2],
    ] as const) {
      it(`1280 px, ${lang}, ${what}: the map about as tall as the list beside it`, async () => {
        const element = await at(1256, lang, attributes);
        expect(parts(element, 'item')).to.have.length(cards);
        const map = box(mapOf(element));
        const list = box(listOf(element));
        expect(map.right, 'beside the list').to.be.at.most(list.left);
        // Before: 606 px of map beside 232 px of list (one card), a 23em blank under the card.
        const blank = map.bottom - list.bottom;
        expect(blank / em(element), `${blank} px under the list`).to.be.below(10);
        expect(list.bottom - map.bottom, 'nor a list far longer than the map').to.be.below(
          em(element) * 10,
        );
        // The tiles still hold their name and count, and keep a touch-sized height.
        const changzhi = box(tile(element, '140400'));
        expect(changzhi.height).to.be.at.least(44);
        expect(tile(element, '140400').scrollHeight).to.be.at.most(Math.ceil(changzhi.height));
        await expect(element).to.be.accessible();
      });
    }

    it(`375 px, ${lang}: the map above the one card, which comes 100 px sooner`, async () => {
      const province = await at(351, lang);
      const provinceMap = box(mapOf(province)).height;
      province.parentElement!.remove();
      const element = await at(351, lang, { city: '140400' });
      const map = box(mapOf(element));
      const card = box(parts(element, 'item')[0]!);
      expect(map.bottom).to.be.at.most(card.top);
      expect(card.width).to.be.above(300);
      // 5:4 tiles (83 px high) before: 450 px of map above the card.
      expect(provinceMap - map.height, 'px of map saved').to.be.above(100);
      const changzhi = tile(element, '140400');
      expect(changzhi.scrollHeight).to.be.at.most(Math.ceil(box(changzhi).height));
    });
  }

  it('1280 px without a city: the province map keeps its square tiles', async () => {
    const element = await at(1256, 'zh-CN');
    const taiyuan = box(tile(element, '140100'));
    expect(Math.abs(taiyuan.width - taiyuan.height)).to.be.below(1);
  });

  // The map's size follows the page's choice (the attribute), never the list's length: a map
  // that shrank when a city of one facility was chosen would move the tiles under the pointer.
  for (const attributes of [{}, { city: '140400' }]) {
    it(`choosing a city on the map leaves the map's size (${JSON.stringify(attributes)})`, async () => {
      const element = await at(1256, 'zh-CN', attributes);
      const before = box(mapOf(element)).height;
      for (const code of ['140400', '140100', '140200']) {
        tile(element, code).click();
        await element.updateComplete;
        expect(box(mapOf(element)).height, code).to.equal(before);
      }
      expect(part(element, 'summary').textContent).to.contain('1');
    });
  }
});
