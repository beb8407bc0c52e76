/**
 * What was left of the redesign's layout after the last review (#15), measured where a visitor
 * sees it, in English and Chinese, with the embedded sample edition at a frozen time.
 */
import { expect, html } from '@open-wc/testing';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
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
