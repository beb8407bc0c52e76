/**
 * The compact and agenda views where a visitor sees them (#15), with the embedded sample edition
 * at a frozen time, in Chinese and English:
 * - compact: the sample badge ("示例数据", "Sample data") is whole in its date column at every
 *   width from a 320 px phone to a 1280 px page, never cut to "示例…";
 * - agenda: a day with only "continues" lines is one block (its heading close on lines that sit
 *   edge to edge, or on the one line that unfolds them), its heading still a heading of the
 *   level the element is given.
 */
import { expect, html } from '@open-wc/testing';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
import { parts } from '../support/widget-helpers.js';
import { withinWidth } from '../support/within-width.js';
import { exhibitionsAgenda, exhibitionsClient } from '../support/sample-exhibitions.js';

/** During the programme, as in `bench/widget-screenshots.mjs`. */
const DURING = '2025-05-26T10:00:00+08:00';
/** The widget on a 320, 375 and 414 px phone, a tablet and a 1280 px page (12 px margins off). */
const WIDTHS = [296, 351, 390, 744, 1256];
const LANGS = ['zh-CN', 'en'];

const within = (width: number, template: ReturnType<typeof html>) =>
  withinWidth<SxEvents>(width, template);

const box = (element: Element) => element.getBoundingClientRect();

describe('compact view: the sample badge', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}: whole in its column, 320–1280 px`, async () => {
      for (const width of WIDTHS) {
        const element = await within(
          width,
          html`<sx-events now=${DURING} lang=${lang} limit="4" view="compact"></sx-events>`,
        );
        const items = parts(element, 'item');
        expect(items).to.have.length(4);
        for (const item of items) {
          const badge = item.querySelector<HTMLElement>('[part~=sample]')!;
          const words = badge.textContent!.trim();
          // Nothing of it hidden behind an ellipsis or the box's edge…
          expect(badge.scrollWidth, `${width} px: "${words}" cut`).to.be.at.most(badge.clientWidth);
          const range = document.createRange();
          range.selectNodeContents(badge);
          const text = range.getBoundingClientRect();
          expect(text.right, `${width} px: "${words}" overflows`).to.be.at.most(box(badge).right);
          // A wrapped badge breaks as a unit (示例 / 数据, Sample / data), no character alone.
          const lines = new Map<number, string>();
          const textNode = [...badge.childNodes].find(
            (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
          )!;
          const chars = textNode.textContent!;
          for (let i = 0; i < chars.length; i++) {
            if (!chars[i]!.trim()) continue;
            const one = document.createRange();
            one.setStart(textNode, i);
            one.setEnd(textNode, i + 1);
            const top = Math.round(one.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? '') + chars[i]);
          }
          expect(
            [...lines.values()].every((line) => line.length >= 2),
            [...lines.values()].join('/'),
          ).to.equal(true);
          expect(lines.size).to.be.within(1, 2);
          // …and the badge inside the date column, clear of the title.
          const title = item.querySelector('[part~=item-title]')!;
          expect(box(badge).right, `${width} px`).to.be.at.most(box(title).left);
        }
        element.remove();
      }
    });
  }
});

describe('agenda: a day of "continues" lines', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}, 351 px: its heading and lines read as one block`, async () => {
      const element = await within(351, exhibitionsAgenda(DURING, lang));
      const days = parts(element, 'group').filter(
        (group) => !group.querySelector('[part~=item]:not([part~=continues-item])'),
      );
      expect(days.length).to.be.above(10);
      for (const day of days) {
        const heading = day.querySelector<HTMLElement>('[part~=group-heading]')!;
        // Two or more continuing events are one line that unfolds them (#15): folded, that line.
        const rows = [
          ...day.querySelectorAll(
            '[part~=continues-toggle], [part~=continues-item]:not(.continues-list *)',
          ),
        ].map(box);
        const name = heading.textContent!.trim();
        // The heading close on its first line: nearer to it than to the day before.
        expect(rows[0]!.top - box(heading).bottom, name).to.be.at.most(4);
        // The lines edge to edge (their bars one bar), each tall enough to tap.
        rows.forEach((row, i) => {
          expect(row.height, name).to.be.at.least(24);
          if (i) expect(row.top - rows[i - 1]!.bottom, name).to.be.at.most(1);
        });
        // The heading one line of text, not a slab.
        const fontSize = parseFloat(getComputedStyle(heading).fontSize);
        expect(box(heading).height, name).to.be.at.most(fontSize * 1.3 + 8);
        const previous = day.previousElementSibling;
        if (previous?.matches('[part~=group]')) {
          const gap = box(day).top - box(previous).bottom;
          expect(gap, name).to.be.within(8, 16);
        }
      }
      console.log(`agenda ${lang} 351 px: ${Math.round(box(element).height)} px`);
      // Three multi-day events over two weeks: 2,540 px (zh) and 2,700 px (en) before the days
      // were tightened, 2,150 / 2,280 px with a line per event and day.
      expect(box(element).height).to.be.below(lang === 'en' ? 1950 : 1800);
    });
  }

  it('its heading stays a heading of the level given, shown to assistive technology', async () => {
    const element = await within(
      351,
      html`<sx-events
        now=${DURING}
        lang="zh-CN"
        limit="3"
        view="agenda"
        heading-level="4"
        .client=${exhibitionsClient()}
      ></sx-events>`,
    );
    const headings = parts(element, 'group-heading');
    expect(headings.length).to.be.above(10);
    for (const heading of headings) {
      const name = heading.textContent!.trim();
      expect(heading.tagName, name).to.equal('H4');
      expect(heading.closest('[aria-hidden=true], [hidden]'), name).to.equal(null);
      // Not skipped by content-visibility (out of the tree until scrolled near) nor hidden.
      for (let node: Element | null = heading; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        expect(style.contentVisibility, name).to.equal('visible');
        expect(style.display, name).to.not.equal('none');
      }
      expect(getComputedStyle(heading).visibility, name).to.equal('visible');
      expect(box(heading).height, name).to.be.above(10);
    }
    await expect(element).to.be.accessible();
  });
});
