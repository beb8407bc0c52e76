/**
 * The event card's last weak spots (#15), measured where a visitor sees them, with the embedded
 * sample edition at a frozen time, in English and Chinese:
 * - on a 320–414 px phone the card's actions (primary, "More") share one line, and the star
 *   ("Save") is never alone on a line: it sits on the title's first line (an English card from
 *   a 360 px phone: at the date column's foot, on the actions' line, the title's column whole);
 * - on a 1280 px page the star is beside the title, not at the far end of the card;
 * - in the agenda a multi-day event's later days are one compact line each ("Continues · 24 May–
 *   8 Jun · daily 09:00–17:00"), whose title unfolds the card in place and Escape folds it back.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
import { parts } from '../support/widget-helpers.js';
import { withinWidth } from '../support/within-width.js';
import { exhibitionsAgenda } from '../support/sample-exhibitions.js';

/** During the programme, as in `bench/widget-screenshots.mjs`. */
const DURING = '2025-05-26T10:00:00+08:00';
/** The widget's width on a 320, 360, 375 and 414 px phone: the page's 12 px margins off. */
const PHONES = [296, 336, 351, 390];
/** On a 1280 px page. */
const DESKTOP = 1256;
const LANGS = ['en', 'zh-CN'];

const within = (width: number, template: ReturnType<typeof html>) =>
  withinWidth<SxEvents>(width, template);

const box = (element: Element) => element.getBoundingClientRect();
const middle = (rect: DOMRect) => rect.top + rect.height / 2;

/** The boxes of the lines a node's visible text is shown on, first line first. */
function lineBoxes(node: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const lines: DOMRect[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width < 1) continue;
    // A line of several pieces (a word kept whole in a span: 短视频) is their union.
    const at = lines.findIndex((seen) => Math.abs(middle(seen) - middle(rect)) < rect.height / 2);
    if (at < 0) lines.push(rect);
    else {
      const line = lines[at]!;
      const left = Math.min(line.left, rect.left);
      const right = Math.max(line.right, rect.right);
      lines[at] = new DOMRect(left, line.top, right - left, line.height);
    }
  }
  return lines.sort((a, b) => a.top - b.top);
}

/**
 * The star is on the title's first line, after the title's text on that line (within `maxGap`
 * of it), overlapping no line of the title.
 */
function expectStarBesideTitle(item: HTMLElement, maxGap: number): void {
  const title = item.querySelector<HTMLElement>('[part~=item-title]')!;
  const star = box(item.querySelector('[part~=star]')!);
  const lines = lineBoxes(title);
  const name = title.textContent!.trim();
  expect(middle(star), `${name}: the star is off the title's first line`).to.be.within(
    lines[0]!.top,
    lines[0]!.bottom,
  );
  for (const line of lines) {
    const beside = line.bottom > star.top + 1 && line.top < star.bottom - 1;
    if (beside)
      expect(star.left, `${name}: the star overlaps the title`).to.be.at.least(line.right - 0.5);
  }
  expect(star.left - lines[0]!.right, `${name}: the star is far from the title`).to.be.at.most(
    maxGap,
  );
  expect(star.right, `${name}: the star is outside its card`).to.be.at.most(box(item).right);
}

/** No word of the title is cut across two lines (a bare "understandi / ng"). */
function expectWholeWords(item: HTMLElement): void {
  const title = item.querySelector<HTMLElement>('[part~=item-title]')!;
  const texts = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode as Text;
    for (const match of text.data.matchAll(/[A-Za-z]+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      expect(rects.length, `"${match[0]}" is cut across lines`).to.equal(1);
    }
  }
}

describe('event card: actions and the star on a phone', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    for (const width of PHONES) {
      it(`${lang}, ${width} px: primary and "More" on one line, the star on the title's`, async () => {
        const element = await within(
          width,
          html`<sx-events now=${DURING} lang=${lang} limit="8"></sx-events>`,
        );
        const items = parts(element, 'item');
        expect(items.length).to.equal(8);
        for (const item of items) {
          const name = item.querySelector('[part~=item-title]')!.textContent!.trim();
          const primary = item.querySelector<HTMLElement>('[part~=primary-action]');
          const more = box(item.querySelector('[part~=more]')!);
          if (primary) {
            expect(Math.round(more.top), `${name}: "More" wrapped`).to.equal(
              Math.round(box(primary).top),
            );
            expect(more.left).to.be.above(box(primary).right);
          }
          const star = box(item.querySelector('[part~=star]')!);
          if (lang === 'en' && width >= 336) {
            // An English card from a 360 px phone (#15): the title has its column's whole width
            // (no star on its first line), the star is at the date column's foot, on the
            // actions' line.
            const date = box(item.querySelector('.date')!);
            expect(star.left, name).to.be.at.least(date.left - 1);
            expect(star.right, name).to.be.at.most(date.right + 1);
            expect(
              Math.abs(middle(star) - middle(more)),
              `${name}: the star is off the actions' line`,
            ).to.be.below(2);
          } else {
            // A long title fills its lines: the star keeps to the row's end, after the text.
            expectStarBesideTitle(item, width);
            // Nothing of the card's controls sits alone on a line of its own below the actions.
            expect(star.bottom, `${name}: the star is below the actions`).to.be.below(more.top);
          }
          if (lang === 'en') expectWholeWords(item);
        }
      });
    }
  }
});

describe('event card: the star on a 1280 px page', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}: beside the title, with its word, in every card`, async () => {
      const element = await within(
        DESKTOP,
        html`<sx-events now=${DURING} lang=${lang} limit="4"></sx-events>`,
      );
      const items = parts(element, 'item');
      expect(items).to.have.length(4);
      for (const item of items) {
        // Within a few characters of the title's end, not 900 px away at the card's edge.
        expectStarBesideTitle(item, 24);
        const word = item.querySelector<HTMLElement>('.star-word')!;
        expect(box(word).width, 'the word is shown on a wide card').to.be.above(20);
      }
    });
  }

  it('on a phone the star is its icon, named by its word and the title', async () => {
    const element = await within(
      351,
      html`<sx-events now=${DURING} lang="en" limit="1"></sx-events>`,
    );
    const star = parts(element, 'star')[0]!;
    // Its icon alone, in a button no wider than the date column it sits in (English, #15).
    const date = box(element.shadowRoot!.querySelector('.date')!);
    expect(box(star).width).to.be.at.most(Math.max(48, date.width + 1));
    expect(box(star).height).to.be.at.least(24);
    // Its name (the word is not drawn on a phone): the word and the title.
    expect(star.getAttribute('aria-label')).to.match(/^Save: \S/);
    expect(star.textContent!.trim()).to.equal('Save');
  });
});

describe('agenda: a multi-day event on its later days', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  /** The lines of every later day, unfolded (two or more a day are one line that unfolds). */
  const rowsOf = (element: SxEvents) => {
    parts(element, 'continues-toggle').forEach((toggle) => toggle.click());
    return parts(element, 'continues-item');
  };
  const lineHeight = (node: Element) => parseFloat(getComputedStyle(node).lineHeight);

  for (const lang of LANGS) {
    it(`${lang}: one line each (a long title two), on a 320–414 px phone and on a wide page`, async () => {
      for (const width of [...PHONES, 900]) {
        const element = await within(width, exhibitionsAgenda(DURING, lang));
        const rows = rowsOf(element);
        await element.updateComplete;
        expect(rows.length).to.be.above(20);
        for (const row of rows) {
          const title = row.querySelector<HTMLElement>('[part~=continues]')!;
          const when = row.querySelector<HTMLElement>('.continues-when')!;
          // The words beside the title, or under it when the title needs the width: a long
          // title wraps rather than being cut (#15).
          const [t, w] = [box(title), box(when)];
          expect(w.left >= t.right - 1 || w.top >= t.bottom - 1, `${width} px`).to.equal(true);
          // At most the title's two lines and the time's (a 320 px English phone).
          expect(box(row).height, `${width} px`).to.be.below(lineHeight(title) * 3 + 8);
          expect(box(when).right).to.be.at.most(box(row).right);
          // Enough of the title to know it by.
          expect(box(title).width).to.be.above(Math.min(title.scrollWidth, 110));
        }
        const showcase = rows.find((row) =>
          /Science and innovation|科技创新成果展/.test(row.textContent!),
        )!;
        const shown = (node: Element) =>
          [...node.querySelectorAll<HTMLElement>('.continues-long, .continues-short')]
            .filter((run) => box(run).width > 1)
            .map((run) => (run.innerText || '').replace(/\s+/g, ' ').trim());
        const words = {
          en: ['daily 09:00–17:00', 'Continues · 24 May–8 Jun · '],
          'zh-CN': ['每天 09:00–17:00', '持续中 · 5月24日–6月8日 · '],
        }[lang]!;
        // The whole line on a wide page; its time that day on a phone.
        const [hours, all] = words as [string, string];
        const expected = width > 480 ? all + hours : hours;
        expect(shown(showcase).join(''), `${width} px`).to.equal(expected.trim());
        // A screen reader hears the whole line at every width.
        expect(
          showcase.querySelector('.continues-long')!.textContent!.replace(/\s+/g, ' '),
        ).to.contain(lang === 'en' ? 'Continues · 24 May–8 Jun' : '持续中 · 5月24日–6月8日');
        if (width === 351) {
          const heights = rows.map((row) => box(row).height).sort((a, b) => a - b);
          // Every day unfolded here: the folded agenda's height is events-guide-layout's.
          console.log(
            `continues rows ${lang} ${width} px: median ${heights[heights.length >> 1]} px; agenda, all unfolded ${Math.round(box(element).height)} px`,
          );
        }
        element.remove();
      }
    });
  }

  it('its title unfolds the card in place; "More" or Escape folds it back, focus following', async () => {
    const element = await within(351, exhibitionsAgenda(DURING, 'en'));
    const group = parts(element, 'group')[2]!;
    group.querySelector<HTMLElement>('[part~=continues-toggle]')!.click();
    await element.updateComplete;
    const row = group.querySelector<HTMLElement>('[part~=continues-item]')!;
    const title = row.querySelector<HTMLElement>('[part~=continues]')!;
    expect(title.getAttribute('aria-expanded')).to.equal('false');
    const name = title.textContent!.trim();
    title.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => group.querySelector('[part~=details]'), 'no expanded card');
    await element.updateComplete;
    // The card, under the same day, with its expanded view; focus on its "More".
    const card = group.querySelector<HTMLElement>('[part~=item]')!;
    expect(card.querySelector('[part~=item-title]')!.textContent!.trim()).to.equal(name);
    const more = element.shadowRoot!.activeElement as HTMLElement;
    expect(more.matches('[part~=more]')).to.equal(true);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(card.contains(more)).to.equal(true);
    // Escape folds it back to its line, and focus returns to the line's title.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await element.updateComplete;
    const again = element.shadowRoot!.activeElement as HTMLElement;
    expect(again.matches('[part~=continues]')).to.equal(true);
    expect(again.textContent!.trim()).to.equal(name);
    expect(group.querySelector('[part~=details]')).to.equal(null);
    // "More" folds it too.
    again.click();
    await waitUntil(() => group.querySelector('[part~=details]'), 'no expanded card');
    await element.updateComplete;
    (element.shadowRoot!.activeElement as HTMLElement).click();
    await element.updateComplete;
    await element.updateComplete;
    expect(
      (element.shadowRoot!.activeElement as HTMLElement).matches('[part~=continues]'),
    ).to.equal(true);
    await expect(element).to.be.accessible();
  });
});
