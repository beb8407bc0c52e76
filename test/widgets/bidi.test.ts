/**
 * Direction controls in feed text stay inside that text: a venue, host, platform, price or name
 * carrying U+202E (or an unclosed isolate, or right-to-left script) must not reorder the trusted
 * words printed after it. Checked where a person sees it: the on-screen order of the characters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/all.js';
import { testEdition, testEvent, testLab, testStory } from '../support/fixture-edition.js';
import { memoryClient } from '../support/memory-client.js';
import { CASE_NOW } from '../support/widget-cases.js';

const HOSTILE = [
  '\u202e示例场馆', // RIGHT-TO-LEFT OVERRIDE, never closed
  '\u202d示例场馆\u202e', // LTR override, then an RTL one at the end
  '\u2067示例场馆', // RIGHT-TO-LEFT ISOLATE, never closed
  'مركز العلوم', // Arabic
  '\u200fשלום\u202b', // RLM, Hebrew, an unclosed RIGHT-TO-LEFT EMBEDDING
];

/**
 * Asserts that every shown occurrence of `word` in `root` is laid out left to right, character by
 * character; returns how many were checked.
 */
function readsLeftToRight(root: ShadowRoot, word: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    let at = text.indexOf(word);
    while (at >= 0) {
      const rects = [...word].map((_, i) => {
        const range = document.createRange();
        range.setStart(node!, at + i);
        range.setEnd(node!, at + i + 1);
        return range.getBoundingClientRect();
      });
      at = text.indexOf(word, at + 1);
      // Text that is not laid out (a closed select's options) has no order to check.
      if (rects.some((rect) => rect.width === 0)) continue;
      const lefts = rects.map((rect) => rect.left);
      const ordered = lefts.every((left, i) => i === 0 || left > lefts[i - 1]!);
      expect(ordered, `"${word}" in "${text}" reads left to right (${lefts.join(', ')})`).to.equal(
        true,
      );
      found += 1;
    }
  }
  return found;
}

async function shown<T extends HTMLElement & { loaded: Promise<void> }>(
  template: ReturnType<typeof html>,
) {
  const element = await fixture<T>(html`<div style="width: 900px">${template}</div>`);
  const widget = element.firstElementChild as T;
  await widget.loaded;
  return widget.shadowRoot!;
}

describe('feed text is bidi-isolated', () => {
  for (const [index, hostile] of HOSTILE.entries()) {
    const label = JSON.stringify(hostile);

    it(`<sx-events>: venue, platform and price ${label}`, async () => {
      const events = [
        testEvent({
          id: `venue-${index}`,
          sample: false,
          venue: { name: hostile },
          free: false,
          price: `${hostile}20元`,
          registration: { required: true },
        }),
        testEvent({
          id: `online-${index}`,
          sample: false,
          venue: undefined,
          online: { url: 'https://example.org/live', platform: hostile },
        }),
      ];
      const client = memoryClient('events', { events });
      const root = await shown(html`<sx-events now=${CASE_NOW} .client=${client}></sx-events>`);
      expect(readsLeftToRight(root, '太原市')).to.be.greaterThan(0);
      expect(readsLeftToRight(root, '需报名')).to.be.greaterThan(0);
    });

    it(`<sx-lab-map>: host ${label}`, async () => {
      const labs = [testLab({ host: hostile, sample: false, name: `${hostile}实验室` })];
      const client = memoryClient('labs', { labs });
      const root = await shown(
        html`<sx-lab-map now=${CASE_NOW} view="list" .client=${client}></sx-lab-map>`,
      );
      expect(readsLeftToRight(root, '太原市')).to.be.greaterThan(0);
    });

    it(`<sx-story-card>: name and affiliation ${label}`, async () => {
      const stories = [testStory({ name: hostile, affiliation: hostile })];
      const client = memoryClient('stories', { stories });
      const root = await shown(
        html`<sx-story-card now=${CASE_NOW} .client=${client}></sx-story-card>`,
      );
      expect(readsLeftToRight(root, '示例数据')).to.be.greaterThan(0);
    });

    it(`<sx-countdown>: milestone label ${label}`, async () => {
      const edition = testEdition();
      edition.milestones = edition.milestones.map((m) => ({ ...m, label: `${hostile}${m.label}` }));
      const client = memoryClient('edition', {}, { edition });
      const root = await shown(
        html`<sx-countdown
          now="2025-05-20T10:00:00+08:00"
          variant="card"
          .client=${client}
        ></sx-countdown>`,
      );
      expect(readsLeftToRight(root, '开幕')).to.be.greaterThan(0);
    });
  }
});
