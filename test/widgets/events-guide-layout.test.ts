/**
 * The event guide's last weak spots (#15, 2026-12-07), where a visitor sees them, with the
 * embedded sample edition at a frozen time, in Chinese and English, at phone, tablet and desktop
 * widths:
 * - a multi-day event's first card says its range once (the date block), read once;
 * - the agenda's later days: the events continuing from earlier days are one line ("3 events
 *   continue"), a disclosure button that unfolds their lines in place, Escape folding it back;
 *   each title stays in the page on every day it runs (find-in-page finds it and unfolds it);
 * - an unfolded English line on a phone shows its whole title (two lines at most), never cut;
 * - a compact row wider than 720 px puts when · where · cost and the actions in a column on its right;
 * - a list or agenda card keeps the phone's order at every width (a right-hand column of actions
 *   cost #14's keystroke budget: see events.styles.ts), and a wide folded agenda line names its
 *   events on the rest of its row;
 * - an English card on a 360–414 px phone keeps the title's column whole (the star and the
 *   actions at its foot): near the 170 px of #15's budget, not 189.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
import { parts } from '../support/widget-helpers.js';
import { withinWidth } from '../support/within-width.js';
import { exhibitionsAgenda } from '../support/sample-exhibitions.js';

/** During the programme, as in `bench/widget-screenshots.mjs`. */
const DURING = '2025-05-26T10:00:00+08:00';
/** The widget on a 320, 360, 375 and 414 px phone, a tablet and a 1280 px page (margins off). */
const PHONES = [296, 336, 351, 390];
/** A tablet's and a desktop page's (the wide card is for a widget content box over 720 px). */
const WIDE = [768, 1256];
const LANGS = ['zh-CN', 'en'] as const;

/** The three exhibitions of the sample edition running on 26 May, as each language says them. */
const RANGES = {
  'zh-CN': ['5月24日–6月1日', '5月24日–6月8日'],
  en: ['24 May–1 Jun', '24 May–8 Jun'],
};
const HOURS = { 'zh-CN': '每天 09:00–17:00', en: 'daily 09:00–17:00' };

const within = (width: number, template: ReturnType<typeof html>) =>
  withinWidth<SxEvents>(width, template);

const box = (element: Element) => element.getBoundingClientRect();
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a sighted reader sees in `node`: without what only screen readers get. */
function seenText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.sx-visually-hidden').forEach((n) => n.remove());
  return squash(copy.textContent);
}

/** The text a screen reader gets from `node`: without what is hidden from it. */
function heardText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
  return squash(copy.textContent);
}

const count = (text: string, words: string) => text.split(words).length - 1;

describe('a multi-day event: its range said once', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}, list: the date block shows the range, the meta line the hours; each read once`, async () => {
      for (const width of [...PHONES, ...WIDE]) {
        const element = await within(
          width,
          html`<sx-events now=${DURING} lang=${lang} limit="4"></sx-events>`,
        );
        const cards = parts(element, 'item').filter((item) =>
          RANGES[lang].some((range) => item.textContent!.includes(range)),
        );
        expect(cards, `${width} px`).to.have.length(3);
        for (const card of cards) {
          const range = RANGES[lang].find((r) => card.textContent!.includes(r))!;
          const seen = seenText(card);
          const heard = heardText(card);
          const where = `${width} px: ${seen}`;
          // Seen once: the end in the date block ("–8 Jun"), not the range again beside it.
          expect(count(seen, range), where).to.equal(0);
          expect(seenText(card.querySelector('.date')!), where).to.match(/–\d|–.*\d/);
          expect(count(seen, HOURS[lang]), where).to.equal(1);
          // Heard once each: the date block is hidden from screen readers, the meta says it all.
          expect(count(heard, range), heard).to.equal(1);
          expect(count(heard, HOURS[lang]), heard).to.equal(1);
        }
        element.remove();
      }
    });

    it(`${lang}, agenda: the rail shows the hours, the meta line the range; each read once`, async () => {
      for (const width of [351, 1256]) {
        const element = await within(width, exhibitionsAgenda(DURING, lang));
        const cards = parts(element, 'item');
        expect(cards).to.have.length(3);
        for (const card of cards) {
          const seen = seenText(card);
          const heard = heardText(card);
          expect(count(seen, HOURS[lang]), seen).to.equal(1);
          expect(
            RANGES[lang].filter((range) => seen.includes(range)),
            seen,
          ).to.have.length(1);
          expect(count(heard, HOURS[lang]), heard).to.equal(1);
          expect(
            RANGES[lang].filter((range) => heard.includes(range)),
            heard,
          ).to.have.length(1);
        }
        element.remove();
      }
    });
  }
});

describe('agenda: the events continuing on a later day', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  const agenda = (width: number, lang: string) => within(width, exhibitionsAgenda(DURING, lang));

  for (const lang of LANGS) {
    it(`${lang}: one line a day, every title still in that day, at phone and desktop widths`, async () => {
      for (const width of [...PHONES, ...WIDE]) {
        const element = await agenda(width, lang);
        const days = parts(element, 'group').slice(1);
        expect(days.length, `${width} px`).to.be.above(10);
        const titles = parts(element, 'item-title').map((title) => squash(title.textContent));
        for (const day of days) {
          const name = squash(day.querySelector('[part~=group-heading]')!.textContent);
          const toggle = day.querySelector<HTMLElement>('[part~=continues-toggle]')!;
          const lines = [...day.querySelectorAll('[part~=continues-item]')];
          expect(toggle, name).to.not.equal(null);
          expect(toggle.tagName).to.equal('BUTTON');
          expect(toggle.getAttribute('aria-expanded')).to.equal('false');
          expect(heardText(toggle), name).to.equal(
            lang === 'en' ? `${lines.length} events continue` : `${lines.length} 项活动持续进行`,
          );
          // A wide widget's line names the events too, on the rest of its row (#15: the count
          // alone was a few words at the start of a 1,200 px row); a phone's, the count only.
          const names = toggle.querySelector('.continues-names');
          if (width > 480) {
            expect(names?.checkVisibility(), `${width} px: ${name}`).to.equal(true);
            const first = squash(lines[0]!.querySelector('[part~=continues]')!.textContent);
            expect(squash(names!.textContent), name).to.include(first.slice(0, 8));
            expect(box(names!).right - box(toggle).left, name).to.be.above(
              Math.min(box(toggle).width * 0.4, 360),
            );
          } else expect(names?.checkVisibility() ?? false, `${width} px`).to.equal(false);
          // Folded: one line tall (a 24 px target at least), the titles not shown…
          expect(box(toggle).height, `${width} px: ${name}`).to.be.within(24, 44);
          const list = element.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
          expect(box(list).height, name).to.equal(0);
          for (const line of lines) expect(line.checkVisibility(), name).to.equal(false);
          // …but in the page, under every day they run, for find-in-page to find and unfold.
          expect(list.getAttribute('hidden'), name).to.equal('until-found');
          const here = lines.map((line) =>
            squash(line.querySelector('[part~=continues]')!.textContent),
          );
          expect(
            here.every((title) => titles.includes(title)),
            name,
          ).to.equal(true);
        }
        // 13 days of two or three titles each were 2,150 (zh) / 2,280 (en) px on a phone.
        if (width === 351)
          expect(box(element).height, lang).to.be.below(lang === 'en' ? 1950 : 1800);
        element.remove();
      }
    });
  }

  it('the line unfolds in place with Enter, Escape folds it and focus returns to it', async () => {
    const element = await agenda(351, 'en');
    const day = parts(element, 'group')[3]!;
    const toggle = day.querySelector<HTMLElement>('[part~=continues-toggle]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const lines = [...day.querySelectorAll<HTMLElement>('[part~=continues-item]')];
    expect(lines).to.have.length(3);
    for (const line of lines) {
      expect(line.checkVisibility()).to.equal(true);
      expect(box(line).height).to.be.at.least(24);
      expect(box(line).top).to.be.above(box(toggle).bottom - 1);
    }
    await expect(element).to.be.accessible();
    // Into the lines with Tab; Escape folds them and focus goes back to the line's button.
    await sendKeys({ press: 'Tab' });
    expect(lines[0]!.contains(element.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
    for (const line of lines) expect(line.checkVisibility()).to.equal(false);
    // Escape on the button of an unfolded day folds it too.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // Find-in-page unfolds the day it finds a title in (the browser fires beforematch).
    const list = day.querySelector<HTMLElement>('.continues-list')!;
    list.dispatchEvent(new Event('beforematch'));
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hasAttribute('hidden')).to.equal(false);
  });

  it('a line of the unfolded day unfolds its card; Escape folds the card, then the day', async () => {
    const element = await agenda(351, 'zh-CN');
    const day = parts(element, 'group')[2]!;
    const toggle = day.querySelector<HTMLElement>('[part~=continues-toggle]')!;
    toggle.click();
    await element.updateComplete;
    const title = day.querySelector<HTMLElement>('[part~=continues]')!;
    const name = squash(title.textContent);
    title.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => day.querySelector('[part~=details]'), 'no expanded card');
    await element.updateComplete;
    expect(squash(day.querySelector('[part~=item-title]')!.textContent)).to.equal(name);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await element.updateComplete;
    const again = element.shadowRoot!.activeElement as HTMLElement;
    expect(again.matches('[part~=continues]')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
  });

  for (const lang of LANGS) {
    it(`${lang}: an unfolded line shows its whole title (two lines at most) at every width`, async () => {
      for (const width of [...PHONES, ...WIDE]) {
        const element = await agenda(width, lang);
        const toggles = parts(element, 'continues-toggle');
        toggles.forEach((toggle) => toggle.click());
        await element.updateComplete;
        const lines = parts(element, 'continues-item');
        expect(lines.length).to.be.above(20);
        for (const line of lines) {
          const title = line.querySelector<HTMLElement>('[part~=continues]')!;
          const where = `${width} px: ${squash(title.textContent)}`;
          // Nothing cut: no ellipsis, no clamped line, no overflow.
          expect(title.scrollWidth, where).to.be.at.most(title.clientWidth + 1);
          expect(title.scrollHeight, where).to.be.at.most(title.clientHeight + 1);
          const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
          expect(box(title).height, where).to.be.below(lineHeight * 2.5);
          // The time beside it stays on the line, inside it.
          expect(box(line.querySelector('.continues-when')!).right, where).to.be.at.most(
            box(line).right + 0.5,
          );
        }
        element.remove();
      }
    });
  }
});

describe('a wide card: when · where · cost and the actions on its right', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  // The compact view only: the list's wide card lays out too slowly for a keystroke (#14; see
  // events.styles.ts), so it keeps one column at every width.
  for (const lang of LANGS) {
    for (const view of ['compact']) {
      it(`${lang}, ${view}: a right-hand column above 720 px, one column on a phone`, async () => {
        for (const width of [...PHONES, ...WIDE]) {
          const element = await within(
            width,
            html`<sx-events now=${DURING} lang=${lang} limit="4" view=${view}></sx-events>`,
          );
          const items = parts(element, 'item');
          // The list stays in time order, one card under the other.
          items.forEach((item, i) => {
            if (i) expect(box(item).top).to.be.above(box(items[i - 1]!).bottom - 1);
          });
          for (const item of items) {
            const title = box(item.querySelector('[part~=item-title]')!);
            const meta = box(item.querySelector('[part~=item-meta]')!);
            const actions = box(item.querySelector('[part~=actions]')!);
            const card = box(item);
            const where = `${width} px`;
            if (width > 720) {
              expect(meta.left, where).to.be.above(title.right);
              expect(actions.left, where).to.be.above(title.right);
              // The card's width used: its content reaches into its right third.
              expect(Math.max(meta.right, actions.right), where).to.be.above(
                card.left + card.width * 0.67,
              );
            } else {
              expect(meta.top, where).to.be.at.least(title.bottom - 1);
            }
          }
          if (width === 1256) await expect(element).to.be.accessible();
          element.remove();
        }
      });
    }
  }
});

describe("a wide card in the list and the agenda: the phone's order, in time order", () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  // #15 asked for the wide card to use its width; the right-hand column of actions made a new
  // list's first frame over #14's 16 ms (events.styles.ts), so the actions stay under the text.
  for (const lang of LANGS) {
    for (const view of ['list', 'agenda']) {
      it(`${lang}, ${view}: the actions under the meta line from a phone to a desktop page`, async () => {
        for (const width of [351, 720, 768, 1000, 1256]) {
          const element = await within(
            width,
            html`<sx-events now=${DURING} lang=${lang} limit="4" view=${view}></sx-events>`,
          );
          const items = parts(element, 'item');
          expect(items.length).to.be.above(2);
          // One card under the other, in time order.
          items.forEach((item, i) => {
            if (i) expect(box(item).top).to.be.above(box(items[i - 1]!).bottom - 1);
          });
          for (const item of items) {
            const meta = box(item.querySelector('[part~=item-meta]')!);
            const actions = box(item.querySelector('[part~=actions]')!);
            const where = `${width} px: ${squash(item.querySelector('[part~=item-title]')!.textContent)}`;
            expect(actions.top, where).to.be.at.least(meta.bottom - 1);
            // Every button whole, inside the card.
            for (const button of item.querySelectorAll('[part~=actions] [part~=action]'))
              expect(box(button).right, where).to.be.at.most(box(item).right);
          }
          if (width === 1256) await expect(element).to.be.accessible();
          element.remove();
        }
      });
    }
  }
});

describe('an English card on a phone', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const cards = async (width: number, lang: string) => {
    const element = await within(
      width,
      html`<sx-events now=${DURING} lang=${lang} limit="8"></sx-events>`,
    );
    return { element, items: parts(element, 'item') };
  };

  // #15: 189 px in Shanghai on a 375 px phone (zh 138; the budget, zh, 170): the title beside
  // the date block took three lines, the actions a row of their own under both.
  it('360–414 px: the title has its column, the actions and the star its foot; near 170 px', async () => {
    const heights: Record<string, number> = {};
    for (const lang of LANGS)
      for (const width of [336, 351, 390]) {
        const { element, items } = await cards(width, lang);
        heights[`${lang} ${width}`] = median(items.map((item) => box(item).height));
        if (lang === 'en')
          for (const item of items) {
            const where = `${width} px: ${squash(item.querySelector('[part~=item-title]')!.textContent)}`;
            const date = box(item.querySelector('.date')!);
            const star = box(item.querySelector('[part~=star]')!);
            const actions = box(item.querySelector('[part~=actions]')!);
            const primary = item.querySelector('[part~=primary-action]');
            const more = box(item.querySelector('[part~=more]')!);
            // The actions beside the date column, on one line, at the foot of the card.
            expect(actions.left, where).to.be.at.least(date.right);
            if (primary) expect(Math.round(box(primary).top), where).to.equal(Math.round(more.top));
            expect(box(item).bottom - more.bottom, where).to.be.below(20);
            // The star under the date block, on the actions' line, as tall as a button.
            expect(star.left, where).to.be.at.least(date.left - 1);
            expect(star.right, where).to.be.at.most(date.right + 1);
            expect(
              Math.abs(star.top + star.height / 2 - (more.top + more.height / 2)),
              where,
            ).to.be.below(2);
            expect(star.top, where).to.be.at.least(box(item.querySelector('.badges')!).bottom);
            expect(star.height, where).to.be.at.least(24);
          }
        if (width === 351) await expect(element).to.be.accessible();
        element.remove();
      }
    console.log(`card medians: ${JSON.stringify(heights)}`);
    // In Shanghai (bench/events-card-heights.mjs) 188.7 px before, 166.1 now (zh 138.1, kept);
    // here a test browser outside UTC+8 names the zone on the meta line: 181 now, ≥ 189 before.
    expect(heights['en 351']).to.be.below(185);
    expect(heights['zh-CN 351']).to.be.below(150);
  });
});

describe('agenda on paper', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  it('prints every continuing line, folded or not', async () => {
    const element = await within(600, exhibitionsAgenda(DURING, 'en'));
    const lines = parts(element, 'continues-item');
    expect(lines.length).to.be.above(20);
    expect(lines.every((line) => !line.checkVisibility())).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(lines.every((line) => line.checkVisibility())).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('compact rows on a phone', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}: as tall as their date column, the buttons on one line, type sizes kept`, async () => {
      const heights: Record<number, number> = {};
      for (const width of PHONES) {
        const element = await within(
          width,
          html`<sx-events now=${DURING} lang=${lang} limit="8" view="compact"></sx-events>`,
        );
        const items = parts(element, 'item');
        const rows = items.map((item) => box(item).height).sort((a, b) => a - b);
        heights[width] = rows[rows.length >> 1]!;
        for (const item of items) {
          const buttons = [...item.querySelectorAll('[part~=actions] > *')].map(box);
          const tops = buttons.map((b) => Math.round(b.top));
          expect(Math.max(...tops) - Math.min(...tops), `${width} px`).to.be.below(2);
          const size = (selector: string) =>
            parseFloat(getComputedStyle(item.querySelector(selector)!).fontSize);
          expect(size('[part~=item-title]')).to.equal(16);
          expect(size('[part~=item-meta]')).to.equal(14);
        }
        element.remove();
      }
      console.log(`compact rows ${lang}: ${JSON.stringify(heights)}`);
      // A 375 px phone, here (a test browser outside UTC+8: the meta line names the zone):
      // 131.8 px (zh) and 185.1 px (en) before; in Shanghai 130.6 / 161.5 px before, 118.5 /
      // 138.5 px now (bench/events-card-heights.mjs).
      expect(heights[351]).to.be.below(lang === 'en' ? 165 : 122);
    });
  }
});

describe('agenda: with events still behind "show more"', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  const headings = (element: SxEvents) =>
    parts(element, 'group-heading').map((heading) => squash(heading.textContent));

  for (const lang of LANGS) {
    it(`${lang}: the days end where the shown events begin; "show more" adds the next days`, async () => {
      // 26 May: the three exhibitions begun on the 24th and that day's five events fill 8.
      const element = await within(
        351,
        html`<sx-events now=${DURING} lang=${lang} limit="8" view="agenda"></sx-events>`,
      );
      // Not 13 days of "continues" lines ahead of the 27th's own events, which wait below.
      expect(headings(element)).to.have.length(1);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~=load-more]')!.click();
      await waitUntil(() => headings(element).length > 1, 'the next days after "show more"');
      await element.updateComplete;
      const days = parts(element, 'group');
      expect(days.length).to.be.within(2, 4);
      for (const day of days) {
        const own = [...day.querySelectorAll('[part~=item-title]')].filter(
          (title) => !title.closest('[part~=continues-group]'),
        );
        expect(own.length, squash(day.textContent).slice(0, 12)).to.be.above(0);
      }
    });
  }
});
