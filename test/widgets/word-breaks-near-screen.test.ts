/**
 * After the page's first content, only text on or near the screen gets its word breaks at once;
 * a widget further down gets them when scrolling brings it within half a screen, before it is in
 * view (widgets/shared/near-screen.ts): its segmenting and its layout again with the breaks stay
 * out of the busy second after the first content (#16, all four widgets). Its text is in the page
 * all along, and the breaks change nothing a visitor sees move. A page of its own (this file): the
 * shared Segmenter must not exist before these cards render.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { wordBreaksShown } from '../support/line-breaks.js';

const DURING = '2025-05-26T10:00:00+08:00';

type Card = HTMLElement & { loaded: Promise<void> };
const breaks = (card: Element) => card.shadowRoot!.querySelectorAll('.sx-phrases wbr').length;
const text = (card: Element) => card.shadowRoot!.querySelector('[part~="card"]')!.textContent;

/** Layout shifts of what was on screen (the browser's own record, as CLS sums them). */
const shifts: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    shifts.push((entry as PerformanceEntry & { value: number }).value);
}).observe({ type: 'layout-shift' });

/** Frames (an animation frame, then a task) until `done` holds; at most `frames` of them. */
async function framesUntil(done: () => boolean, frames = 20): Promise<void> {
  for (let i = 0; i < frames && !done(); i += 1) await wordBreaksShown();
}

describe('word breaks of text below the screen', () => {
  it('wait until the text comes near the screen, then go in before it is in view', async () => {
    await import('../../widgets/story-card/story-card.js');
    const box = await fixture<HTMLElement>(
      html`<div lang="zh-CN" style="width: 336px; font-size: 16px">
        <sx-story-card now=${DURING}></sx-story-card>
        <div style="height: 3000px"></div>
        <sx-story-card now=${DURING}></sx-story-card>
      </div>`,
    );
    const [top, below] = [...box.querySelectorAll<Card>('sx-story-card')] as [Card, Card];
    await Promise.all([top.loaded, below.loaded]);
    await wordBreaksShown();
    // On screen: the breaks went in after the content, as before.
    expect(breaks(top)).to.be.above(0);
    // 3000 px down: shown whole, with all of its text (and an accessible card) meanwhile.
    expect(breaks(below)).to.equal(0);
    const whole = text(below);
    expect(whole).to.match(/\p{sc=Han}{12}/u);
    await expect(below).to.be.accessible();
    // Scrolled to a quarter of a screen above it: the breaks go in while it is still out of view.
    const { top: at } = below.getBoundingClientRect();
    window.scrollBy(0, at - innerHeight * 1.25);
    await framesUntil(() => breaks(below) > 0);
    expect(breaks(below)).to.be.above(0);
    expect(below.getBoundingClientRect().top).to.be.above(innerHeight);
    expect(text(below), 'the same text').to.equal(whole);
    // Nothing on screen moved when they went in, nor when the card then scrolls into view.
    below.scrollIntoView();
    await wordBreaksShown();
    expect(shifts, 'layout shifts').to.deep.equal([]);
    window.scrollTo(0, 0);
  });
});
