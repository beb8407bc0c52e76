import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/countdown/countdown.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';

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
