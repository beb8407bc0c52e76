/**
 * Three layout weak spots of the redesign, measured where a visitor sees them (#15):
 * - an event card's meta line (time · city · free) never starts or ends a line with a dot, and
 *   the primary action and "More" share a line whenever both fit, on 320–414 px phones;
 * - a story card at 1280 px has no empty half: its content reaches across the card;
 * - a facility's "Details" is never a lone small button above the directions on a phone.
 * Each in English and Chinese, with the embedded sample edition at a frozen time.
 */
import { expect, html } from '@open-wc/testing';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/lab-map/lab-map.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';
import type { SxStoryCard } from '../../widgets/story-card/story-card.js';
import { part, parts } from '../support/widget-helpers.js';
import { withinWidth } from '../support/within-width.js';

/** During the programme, as in `bench/widget-screenshots.mjs`. */
const DURING = '2025-05-26T10:00:00+08:00';
/** The widget's width on a 320, 375 and 414 px phone: the page's 12 px margins off each side. */
const PHONES = [296, 351, 390];
const LANGS = ['en', 'zh-CN'];

const box = (element: Element) => element.getBoundingClientRect();
const middle = (rect: DOMRect) => rect.top + rect.height / 2;

/**
 * The dots a reader sees in a meta line, wherever they come from (a "·" in the text, or drawn
 * before a piece by the styles), with where they sit; a dot drawn left of a box that clips its
 * start edge is not seen.
 */
function visibleDots(meta: HTMLElement): { x: number; y: number }[] {
  const frame = box(meta);
  const style = getComputedStyle(meta);
  const clipsStart =
    style.overflowX !== 'visible' || /^inset\(\S+ \S+ \S+ 0px\)$/.test(style.clipPath);
  const dots: { x: number; y: number }[] = [];
  const texts = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode as Text;
    if (text.parentElement!.closest('.sx-visually-hidden')) continue;
    for (const match of text.data.matchAll(/·/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + 1);
      const rect = range.getBoundingClientRect();
      dots.push({ x: rect.left + rect.width / 2, y: middle(rect) });
    }
  }
  for (const piece of meta.querySelectorAll<HTMLElement>('*')) {
    if (piece.closest('.sx-visually-hidden') || !piece.getClientRects().length) continue;
    const before = getComputedStyle(piece, '::before');
    if (!before.content.includes('·')) continue;
    const rect = box(piece);
    // Drawn in the room its negative margin takes before the piece.
    const x = rect.left + parseFloat(before.marginInlineStart) + parseFloat(before.width) / 2;
    if (clipsStart && x < frame.left) continue;
    dots.push({ x, y: middle(rect) });
  }
  return dots;
}

/** Every word of a meta line that a reader sees, with where it sits. */
function visibleWords(meta: HTMLElement): DOMRect[] {
  const words: DOMRect[] = [];
  const texts = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode as Text;
    if (text.parentElement!.closest('.sx-visually-hidden')) continue;
    for (const match of text.data.matchAll(/[^\s·]+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      words.push(...range.getClientRects());
    }
  }
  return words;
}

describe('polish: event cards on a phone', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    for (const width of PHONES) {
      it(`${lang}, ${width} px: no meta line starts or ends with a dot; the primary action and "More" share a line when they fit`, async () => {
        const element = await withinWidth<SxEvents>(
          width,
          html`<sx-events now=${DURING} lang=${lang} limit="8"></sx-events>`,
        );
        const items = parts(element, 'item');
        expect(items.length).to.be.above(3);
        let shownDots = 0;
        for (const item of items) {
          const meta = item.querySelector<HTMLElement>('[part~=item-meta]')!;
          const words = visibleWords(meta);
          const title = item.querySelector('[part~=item-title]')!.textContent!.trim();
          for (const dot of visibleDots(meta)) {
            shownDots++;
            const line = words.filter((word) => Math.abs(middle(word) - dot.y) < word.height / 2);
            expect(
              line.some((word) => word.right <= dot.x),
              `${title}: a dot starts a line`,
            ).to.equal(true);
            expect(
              line.some((word) => word.left >= dot.x),
              `${title}: a dot ends a line`,
            ).to.equal(true);
          }

          const actions = item.querySelector<HTMLElement>('[part~=actions]')!;
          const primary = actions.querySelector<HTMLElement>('[part~=primary-action]');
          const more = actions.querySelector<HTMLElement>('[part~=more]')!;
          if (!primary) continue;
          const gap = parseFloat(getComputedStyle(actions).columnGap) || 0;
          const fits = box(primary).width + gap + box(more).width <= box(actions).width;
          if (fits) {
            expect(Math.round(box(more).top), `${title}: "More" left its action`).to.equal(
              Math.round(box(primary).top),
            );
          }
        }
        // The separators are still there between pieces on a line.
        expect(shownDots).to.be.above(items.length - 1);
      });
    }
  }

  it('en, 375 px: "Add to calendar" and "More" do fit side by side, and are', async () => {
    const element = await withinWidth<SxEvents>(
      351,
      html`<sx-events now=${DURING} lang="en" limit="4"></sx-events>`,
    );
    for (const item of parts(element, 'item')) {
      const primary = item.querySelector<HTMLElement>('[part~=primary-action]')!;
      const more = item.querySelector<HTMLElement>('[part~=more]')!;
      expect(Math.round(box(more).top)).to.equal(Math.round(box(primary).top));
      expect(box(more).left).to.be.above(box(primary).right);
    }
  });
});

describe('polish: a story card on a 1280 px page', () => {
  afterEach(() => document.querySelectorAll('sx-story-card').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}: the content reaches across the card, and the card sits centred`, async () => {
      const element = await withinWidth<SxStoryCard>(
        1256,
        html`<sx-story-card now=${DURING} lang=${lang} variant="card"></sx-story-card>`,
      );
      const card = box(part(element, 'card'));
      const host = box(element);
      // The paragraphs keep a reading measure (65ch, 40ic): the card is as wide as that measure
      // and its padding, not a 1,024 px box with the text in its left two thirds.
      const inner =
        card.width - 2 * parseFloat(getComputedStyle(part(element, 'card')).paddingLeft);
      const measured = [
        ...part(element, 'card').querySelectorAll<HTMLElement>('.headline, .summary, .body p'),
      ].map((node) => box(node).width);
      const reach = Math.max(...measured) / inner;
      expect(reach, `text spans ${Math.round(reach * 100)} % of the card`).to.be.above(0.95);
      expect(Math.abs(card.left - host.left - (host.right - card.right))).to.be.below(2);
    });
  }
});

describe('polish: a facility card’s actions on a phone', () => {
  afterEach(() => document.querySelectorAll('sx-lab-map').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    for (const width of PHONES) {
      it(`${lang}, ${width} px: "Details" shares the directions' line, or fills its own`, async () => {
        const element = await withinWidth<SxLabMap>(
          width,
          html`<sx-lab-map now=${DURING} lang=${lang} limit="3"></sx-lab-map>`,
        );
        const cards = parts(element, 'item');
        expect(cards.length).to.be.above(0);
        for (const card of cards) {
          const actions = card.querySelector<HTMLElement>('[part~=actions]')!;
          const details = actions.querySelector<HTMLElement>('[part~=details]');
          const directions = actions.querySelector<HTMLElement>('.sx-map-links')!;
          if (!details) continue;
          const together = Math.round(box(details).top) === Math.round(box(directions).top);
          if (together) continue;
          // Alone on its line, the button is as wide as the line: no small button beside a blank.
          expect(box(details).width / box(actions).width).to.be.above(0.98);
        }
      });
    }
  }
});
