/**
 * <sx-lab-map> laid out at the widths a partner page gives it (the embedded edition, 16
 * facilities, six listed): the map beside the list from a tablet, a list about as tall as the
 * map on a desktop, and a dark tile ramp that rises to the busiest city.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/lab-map/lab-map.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { part, parts, SATURDAY_10, tile } from './lab-map-fixtures.js';

async function at(width: number, theme = 'light'): Promise<SxLabMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <sx-lab-map now=${SATURDAY_10} theme=${theme}></sx-lab-map>
    </div>`,
  );
  const element = wrapper.querySelector<SxLabMap>('sx-lab-map')!;
  await element.loaded;
  await element.updateComplete;
  return element;
}

const box = (element: Element) => element.getBoundingClientRect();
const mapOf = (element: SxLabMap) => element.shadowRoot!.querySelector('.map-pane')!;
const listOf = (element: SxLabMap) => part(element, 'list');

describe('<sx-lab-map> layout', () => {
  afterEach(() =>
    document.querySelectorAll('sx-lab-map').forEach((map) => map.parentElement!.remove()),
  );

  it('1280 px: the map beside two columns of cards, the list not much taller than the map', async () => {
    const element = await at(1256);
    const map = box(mapOf(element));
    const list = box(listOf(element));
    expect(map.right).to.be.at.most(list.left);
    const cards = parts(element, 'item').map(box);
    expect(cards).to.have.length(6);
    // Two cards on a row, side by side, sharing its height.
    expect(cards[1]!.top).to.equal(cards[0]!.top);
    expect(cards[1]!.left).to.be.above(cards[0]!.right);
    expect(cards[1]!.height).to.equal(cards[0]!.height);
    // It was 2.7 times the map's height in one column of cards beside 5:4 tiles; now 1.7.
    expect(list.height / map.height).to.be.below(2.2);
    // Square tiles beside the list.
    const taiyuan = box(tile(element, '140100'));
    expect(Math.abs(taiyuan.width - taiyuan.height)).to.be.below(1);
    // Each card's buttons on its bottom line.
    for (const card of parts(element, 'item')) {
      const actions = box(card.querySelector('[part~="actions"]')!);
      expect(box(card).bottom - actions.bottom).to.be.below(20);
    }
  });

  // #15: at 1280 px the list was two ~24em columns beside a 25em schematic; the tiles need no
  // more than 20em, so the list takes the rest: wider cards, and more of them on a row.
  for (const [width, columns] of [
    [1024, 2],
    [1256, 2],
    [1440, 3],
  ] as const) {
    it(`${width} px: a 20em schematic beside ${columns} columns of cards`, async () => {
      const element = await at(width);
      const em = parseFloat(getComputedStyle(element).fontSize);
      const map = box(mapOf(element));
      const list = box(listOf(element));
      expect(map.right).to.be.at.most(list.left);
      expect(map.width / em).to.be.within(16, 20.01);
      const cards = parts(element, 'item').map(box);
      const firstRow = cards.filter((card) => Math.abs(card.top - cards[0]!.top) < 1);
      expect(firstRow, 'cards on the first row').to.have.length(columns);
      for (const card of cards) expect(card.width / em).to.be.at.least(20);
      if (width === 1256) expect(cards[0]!.width / em, 'card width').to.be.at.least(26);
      // The list ends where the widget does: no blank column on its right.
      const base = box(part(element, 'base'));
      expect(base.right - list.right).to.be.below(em * 1.5);
      expect(element.shadowRoot!.querySelector('.base')!.scrollWidth).to.be.at.most(
        Math.ceil(base.width),
      );
      await expect(element).to.be.accessible();
    });
  }

  for (const [width, lang] of [
    [1256, 'zh-CN'],
    [1256, 'en'],
    [720, 'zh-CN'],
  ] as const) {
    it(`${width} px, ${lang}: no openings panel is taller than its lines; topics and buttons end level on a row`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} style="width: ${width}px">
          <sx-lab-map now=${SATURDAY_10}></sx-lab-map>
        </div>`,
      );
      const element = wrapper.querySelector<SxLabMap>('sx-lab-map')!;
      await element.loaded;
      await element.updateComplete;
      const cards = [...element.shadowRoot!.querySelectorAll<HTMLElement>('article.card')];
      expect(cards).to.have.length(6);
      for (const card of cards) {
        const name = card.getAttribute('aria-labelledby');
        // The grey panel ends under its last line (its padding, and no more): grown to the row's
        // height, it was a grey box of two lines and 150 px of nothing.
        const panel = card.querySelector<HTMLElement>('[part~="openings"]')!;
        const last = panel.lastElementChild!;
        const empty = box(panel).bottom - box(last).bottom;
        expect(empty, `${name}: ${empty} px of empty panel`).to.be.at.most(
          parseFloat(getComputedStyle(panel).paddingBottom) + 1,
        );
        const actions = card.querySelector('[part~="actions"]')!;
        expect(box(card).bottom - box(actions).bottom).to.be.below(20);
      }
      // Cards on one row: their footers (topics, buttons) on the same lines.
      const rows = new Map<number, HTMLElement[]>();
      for (const card of cards) {
        const top = Math.round(box(card).top);
        rows.set(top, [...(rows.get(top) ?? []), card]);
      }
      if (width > 1000) expect(rows.size).to.be.below(cards.length);
      for (const row of rows.values()) {
        for (const footer of ['[part~="actions"]', '.extra']) {
          const tops = row
            .map((card) => card.querySelector(footer))
            .filter((node) => node)
            .map((node) => Math.round(box(node!).top));
          expect(new Set(tops).size, `${footer}: ${tops.join(', ')}`).to.be.at.most(1);
        }
      }
    });
  }

  // #15: an odd last card left a blank cell beside it (a city of one or three facilities, a
  // page of five): the last row's cards now fill the list's width, and a card alone on its row
  // puts its openings beside its name rather than under it.
  for (const [width, columns, counts] of [
    [1024, 2, [1, 3, 5]],
    [1256, 2, [1, 3]],
    [1440, 3, [1, 2, 4, 5]],
  ] as const) {
    for (const lang of ['zh-CN', 'en']) {
      it(`${width} px, ${lang}: no blank cell after the last card (${counts.join(', ')} cards)`, async () => {
        for (const count of counts) {
          const wrapper = await fixture<HTMLElement>(
            html`<div lang=${lang} style="width: ${width}px">
              <sx-lab-map now=${SATURDAY_10} limit=${count}></sx-lab-map>
            </div>`,
          );
          const element = wrapper.querySelector<SxLabMap>('sx-lab-map')!;
          await element.loaded;
          await element.updateComplete;
          const where = `${count} cards`;
          const list = box(listOf(element));
          const items = parts(element, 'item');
          expect(items, where).to.have.length(count);
          const first = box(items[0]!);
          const full = items.filter((item) => Math.abs(box(item).top - first.top) < 1);
          expect(full.length, `${where}: cards on the first row`).to.equal(
            Math.min(columns, count),
          );
          // The last row ends at the list's right edge, as a full row does.
          const last = box(items[count - 1]!);
          expect(list.right - last.right, where).to.be.below(1);
          const lastRow = items.filter((item) => Math.abs(box(item).top - last.top) < 1);
          const rowWidth = lastRow.reduce((sum, item) => sum + box(item).width, 0);
          expect(rowWidth / list.width, where).to.be.above(0.95);
          // Alone on its row: the openings beside the name, the buttons across the foot.
          if (lastRow.length === 1 && count > 0) {
            const card = items[count - 1]!;
            const title = box(card.querySelector('[part~=item-title]')!);
            const openings = box(card.querySelector('[part~=openings]')!);
            const actions = box(card.querySelector('[part~=actions]')!);
            expect(openings.left, `${where}: openings beside the name`).to.be.above(
              last.left + last.width / 3,
            );
            expect(openings.top, where).to.be.below(title.bottom);
            expect(actions.top, where).to.be.at.least(openings.bottom - 1);
            expect(last.bottom - actions.bottom, where).to.be.below(20);
          }
          if (count === counts[0]) await expect(element).to.be.accessible();
          wrapper.remove();
        }
      });
    }
  }

  it('768 px (a tablet): the map beside the list, not five rows of large tiles above it', async () => {
    const element = await at(720);
    const map = box(mapOf(element));
    expect(map.right).to.be.at.most(box(listOf(element)).left);
    expect(map.height).to.be.below(600);
  });

  it('375 px: the map above one column of cards', async () => {
    const element = await at(351);
    expect(box(mapOf(element)).bottom).to.be.at.most(box(listOf(element)).top);
    const cards = parts(element, 'item').map(box);
    expect(cards[1]!.top).to.be.at.least(cards[0]!.bottom);
  });

  it('dark: each step of the tile ramp is stronger than the one below it', async () => {
    const element = await at(1256, 'dark');
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const lightness = (color: string) => {
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return r! + g! + b!;
    };
    const surface = lightness(getComputedStyle(part(element, 'base')).backgroundColor);
    const levels = [1, 2, 3, 4].map((level) => {
      const probe = document.createElement('span');
      probe.className = `tile level-${level}`;
      element.shadowRoot!.querySelector('.tiles')!.append(probe);
      const value = lightness(getComputedStyle(probe).backgroundColor);
      probe.remove();
      return value;
    });
    expect(levels[0]! - surface, 'the first step shows on the surface').to.be.above(40);
    for (let i = 1; i < levels.length; i += 1) {
      expect(levels[i], `level ${i + 1} over level ${i}`).to.be.above(levels[i - 1]!);
    }
  });
});
