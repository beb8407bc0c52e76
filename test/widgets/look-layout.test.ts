/**
 * What was left of the redesign's layout after the last review (#15), measured where a visitor
 * sees it, in English and Chinese, with the embedded sample edition at a frozen time.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/countdown/countdown.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import '../../widgets/story-card/story-card.js';
import type { SxStoryCard } from '../../widgets/story-card/story-card.js';
import { FeedNetworkError } from '../../src/errors.js';
import { memoryClient } from './countdown-fixtures.js';
import { parts } from '../support/widget-helpers.js';
import { withinWidth } from '../support/within-width.js';

/** During the programme, as in `bench/widget-screenshots.mjs`. */
const DURING = '2025-05-26T10:00:00+08:00';
/** The widget's width on a 320, 375 and 414 px phone: the page's 12 px margins off each side. */
const PHONES = [296, 351, 390];
const LANGS = ['en', 'zh-CN'];

const box = (element: Element) => element.getBoundingClientRect();

describe('look: an event card’s sample badge on a phone', () => {
  afterEach(() => document.querySelectorAll('sx-events').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    for (const width of PHONES) {
      it(`${lang}, ${width} px: the badge is no wider than the date block above it`, async () => {
        const element = await withinWidth<SxEvents>(
          width,
          html`<sx-events now=${DURING} lang=${lang} limit="6"></sx-events>`,
        );
        const items = parts(element, 'item');
        expect(items.length).to.be.above(3);
        for (const item of items) {
          const column = box(item.querySelector('.lead')!);
          const badge = box(item.querySelector('.badges .sx-sample')!);
          expect(badge.left, 'the badge sticks out left').to.be.at.least(column.left - 0.5);
          expect(badge.right, 'the badge sticks out right').to.be.at.most(column.right + 0.5);
        }
      });
    }
  }
});

describe('look: an error message and its button line up', () => {
  // A failed load tells the developer in the console: expected here, kept out of the output.
  const { error: consoleError } = console;
  beforeEach(() => (console.error = () => undefined));
  afterEach(() => {
    console.error = consoleError;
    document.querySelectorAll('sx-countdown').forEach((node) => node.remove());
  });

  /** The left edges of a text's lines. */
  const lineStarts = (node: Element) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()].map((rect) => rect.left);
  };

  for (const variant of ['card', 'banner']) {
    for (const lang of LANGS) {
      it(`countdown ${variant}, ${lang}, 351 px: every line of the message starts where "retry" does`, async () => {
        const client = memoryClient({
          fail: new FeedNetworkError('https://example.org/feed.json'),
        });
        const element = await withinWidth<SxCountdown>(
          351,
          html`<sx-countdown
            now=${DURING}
            lang=${lang}
            variant=${variant}
            .client=${client}
          ></sx-countdown>`,
        );
        // The error state, and the shared state styles that come with it, arrive after the load.
        const shown = () => element.shadowRoot!.querySelector('[part~=error]');
        await waitUntil(
          () => shown() && getComputedStyle(shown()!.querySelector('button')!).cursor === 'pointer',
          'no styled error state',
        );
        const error = shown()!;
        const retry = box(error.querySelector('button')!);
        const starts = lineStarts(error.querySelector('.sx-state-text')!);
        expect(starts.length).to.be.above(0);
        for (const left of starts) expect(left).to.be.closeTo(retry.left, 1);
      });
    }
  }
});

describe('look: an inline countdown in a line of Chinese text', () => {
  afterEach(() => document.querySelectorAll('p.look-line').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    it(`${lang}: the page's "，" after it never starts a line, at any column width`, async () => {
      const line = await fixture<HTMLParagraphElement>(
        html`<p class="look-line" style="font-size: 17px; line-height: 1.7; width: 400px">
          山西新闻网讯
          <sx-countdown now=${DURING} lang=${lang}></sx-countdown>，全省各地将举办一系列科普活动。
        </p>`,
      );
      const element = line.querySelector<SxCountdown>('sx-countdown')!;
      await element.loaded;
      await element.updateComplete;
      const comma = line.lastChild as Text;
      const range = document.createRange();
      range.setStart(comma, comma.data.indexOf('，'));
      range.setEnd(comma, comma.data.indexOf('，') + 1);
      const starts: number[] = [];
      for (let width = 100; width <= 400; width += 2) {
        line.style.width = `${width}px`;
        if (range.getBoundingClientRect().left - line.getBoundingClientRect().left < 1) {
          starts.push(width);
        }
      }
      expect(starts, 'column widths where "，" starts a line').to.deep.equal([]);
    });
  }
});

describe('look: a narrow story card’s buttons', () => {
  afterEach(() => document.querySelectorAll('sx-story-card').forEach((node) => node.remove()));

  for (const lang of LANGS) {
    for (const width of [280, 308, 340]) {
      it(`${lang}, ${width} px: every line of buttons reaches across the card, none alone beside a blank`, async () => {
        const element = await withinWidth<SxStoryCard>(
          width,
          html`<sx-story-card now=${DURING} lang=${lang} variant="card"></sx-story-card>`,
        );
        const actions = element.shadowRoot!.querySelector<HTMLElement>('[part~=actions]')!;
        const buttons = [...actions.querySelectorAll<HTMLElement>('.sx-button')];
        expect(buttons.length).to.be.above(1);
        const lines = new Map<number, DOMRect[]>();
        for (const button of buttons) {
          const rect = box(button);
          lines.set(Math.round(rect.top), [...(lines.get(Math.round(rect.top)) ?? []), rect]);
        }
        for (const line of lines.values()) {
          const right = Math.max(...line.map((rect) => rect.right));
          expect(
            box(actions).right - right,
            `a line ends ${box(actions).right - right} px short`,
          ).to.be.below(2);
        }
      });
    }
  }
});
