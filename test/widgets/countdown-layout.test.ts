import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/countdown/countdown.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import { shownChars, wordBreaksShown } from '../support/line-breaks.js';

const NOW = '2025-05-20T10:00:00+08:00';

describe('<sx-countdown> on a wide page', () => {
  it('the card keeps a readable width and centres its content instead of stretching', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 1200px">
        <sx-countdown variant="card" now=${NOW}></sx-countdown>
      </div>`,
    );
    const countdown = wrapper.querySelector<SxCountdown>('sx-countdown')!;
    await countdown.loaded;
    const root = countdown.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    const frame = root.getBoundingClientRect();
    expect(frame.width).to.be.below(700);
    const page = wrapper.getBoundingClientRect();
    // Centred on the page: equal space either side.
    expect(Math.abs(frame.left - page.left - (page.right - frame.right))).to.be.below(2);
    const time = countdown
      .shadowRoot!.querySelector<HTMLElement>('[part~="time"]')!
      .getBoundingClientRect();
    expect(Math.abs(time.left - frame.left - (frame.right - time.right))).to.be.below(2);
  });

  it('dark banner: a deep fill with light text, never brighter than the page text', async () => {
    const countdown = await fixture<SxCountdown>(
      html`<sx-countdown variant="banner" theme="dark" now=${NOW}></sx-countdown>`,
    );
    await countdown.loaded;
    const banner = countdown.shadowRoot!.querySelector<HTMLElement>('.countdown--banner')!;
    const probe = document.createElement('canvas').getContext('2d')!;
    const rgb = (color: string) => {
      probe.fillStyle = color;
      probe.fillRect(0, 0, 1, 1);
      return [...probe.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const fill = rgb(getComputedStyle(banner).backgroundColor);
    const text = rgb(getComputedStyle(banner).color);
    expect(Math.max(...fill), String(fill)).to.be.below(110);
    expect(Math.min(...text), String(text)).to.be.above(200);
  });
});

/**
 * Where the lines of `element`'s text break: for each break, the text before it on its line and
 * the text after it (a break is where a glyph drops to a new line).
 */
function lineBreaks(element: Element): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (const { char, newLine } of shownChars(element)) {
    if (newLine && text.trim()) at.push(text.length);
    text += char;
  }
  return { text, at };
}

describe('<sx-countdown> inline in a narrow column of Chinese text', () => {
  const BEFORE = '2025-05-20T10:00:00+08:00';
  const DURING = '2025-05-26T10:00:00+08:00';

  it('wraps its words only between words: never "还 / 有", "科 / 技" or "第 / 3 天"', async () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    let wrapped = 0;
    for (const now of [BEFORE, DURING]) {
      for (let width = 5; width <= 12; width += 1) {
        const paragraph = await fixture<HTMLElement>(
          html`<p lang="zh-CN" style="width: ${width}em; font-size: 16px">
            讯<sx-countdown now=${now}></sx-countdown>，活动。
          </p>`,
        );
        const countdown = paragraph.querySelector<SxCountdown>('sx-countdown')!;
        await countdown.loaded;
        await wordBreaksShown();
        for (const name of ['status', 'label']) {
          const words = countdown.shadowRoot!.querySelector(`[part~="${name}"]`);
          if (!words) continue;
          const { text, at } = lineBreaks(words);
          const starts = new Set(Array.from(segmenter.segment(text), ({ index }) => index));
          for (const index of at) {
            const where = `${text.slice(0, index)} / ${text.slice(index)} (${width}em)`;
            expect(starts.has(index), where).to.equal(true);
            // A number stays with its words on both sides ("第 3 天", "2025年").
            const around = text.slice(0, index).trimEnd().slice(-1) + text.slice(index).trim()[0];
            expect(around, where).to.not.match(/\d/);
          }
          wrapped += at.length;
        }
        paragraph.remove();
      }
    }
    // The phrases did wrap at these widths (or nothing above was tested).
    expect(wrapped).to.be.above(5);
  });
});
