/**
 * The card and the banner once the week is over: not the box the numbers needed around one line,
 * but the sentence, the week's dates and (when the edition names one) the official notice, in a
 * frame that fits them, in Chinese and English, on a phone and on a desktop.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/countdown/countdown.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import { testEdition } from '../support/fixture-edition.js';
import { AFTER, BEFORE, maybePart, memoryClient, part, text } from './countdown-fixtures.js';

const OFFICIAL = 'https://kjt.shanxi.gov.cn/notice/2025-week';

async function ended(
  variant: string,
  lang: string,
  width: number,
  client = memoryClient({ edition: testEdition({ officialUrl: OFFICIAL }) }),
  now = AFTER,
): Promise<SxCountdown> {
  const box = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: ${width}px; font-size: 16px">
      <sx-countdown variant=${variant} .client=${client} now=${now}></sx-countdown>
    </div>`,
  );
  const countdown = box.querySelector<SxCountdown>('sx-countdown')!;
  await countdown.loaded;
  return countdown;
}

/** Empty space in the frame: above its first line, between lines, below its last. */
function emptySpace(countdown: SxCountdown): number[] {
  const base = part(countdown, 'base');
  const frame = base.getBoundingClientRect();
  const style = getComputedStyle(base);
  const top = frame.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
  const bottom =
    frame.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
  // The lines shown, in their order down the frame (the banner may put two on one row).
  const rows = [...base.querySelectorAll<HTMLElement>('[part~=message], [part~=ended]')]
    .map((line) => line.getBoundingClientRect())
    .sort((a, b) => a.top - b.top);
  const gaps = [rows[0]!.top - top];
  for (let i = 1; i < rows.length; i += 1) {
    gaps.push(Math.max(0, rows[i]!.top - rows[i - 1]!.bottom));
  }
  gaps.push(bottom - Math.max(...rows.map((row) => row.bottom)));
  return gaps.map(Math.round);
}

const lineHeight = (countdown: SxCountdown) =>
  parseFloat(getComputedStyle(part(countdown, 'base')).fontSize) * 1.5;

describe('<sx-countdown> card and banner after the week', () => {
  for (const variant of ['card', 'banner']) {
    for (const width of [375, 1280]) {
      it(`${variant} at ${width} px: the sentence, the dates and the notice, no empty box`, async () => {
        const zh = await ended(variant, 'zh-CN', width);
        expect(text(zh, 'message')).to.equal('2025年山西省科技活动周和科技工作者日活动已结束。');
        // (The link tells screen readers it opens a new tab.)
        expect(text(zh, 'ended')).to.equal(
          '2025年5月24日至6月8日 · 查看官方通知 （在新标签页打开）',
        );
        const link = part(zh, 'official-link') as HTMLAnchorElement;
        expect(link.href).to.equal(OFFICIAL);
        expect(link.target).to.equal('_blank');
        const en = await ended(variant, 'en', width);
        expect(text(en, 'message')).to.equal(
          'The Shanxi Science and Technology Week and Science Workers Day 2025 has ended.',
        );
        expect(text(en, 'ended')).to.equal(
          '24 May – 8 June 2025 · Read the official notice (opens in a new tab)',
        );
        for (const countdown of [zh, en]) {
          const where = `${variant} ${width}px ${countdown.closest('[lang]')!.getAttribute('lang')}`;
          for (const gap of emptySpace(countdown)) {
            expect(gap, `${where}: ${emptySpace(countdown).join(', ')}`).to.be.at.most(
              lineHeight(countdown),
            );
          }
          // Below the 11em (176 px) the counting card reserves, which held one line before; on
          // a desktop, where the sentence takes one or two lines, below 8em.
          const height = part(countdown, 'base').getBoundingClientRect().height;
          expect(height, where).to.be.below((width < 400 ? 10 : 8) * 16);
          await expect(countdown).to.be.accessible();
        }
      });
    }
  }

  it('without an official notice: the sentence and the dates alone; still counting: the full box', async () => {
    const plain = await ended('card', 'zh-CN', 375, memoryClient());
    expect(text(plain, 'ended')).to.equal('2025年5月24日至6月8日');
    expect(maybePart(plain, 'official-link')).to.equal(null);
    // Before the week the card keeps the box it reserves for its numbers (nothing moves).
    const counting = await ended('card', 'zh-CN', 375, memoryClient(), BEFORE);
    expect(maybePart(counting, 'ended')).to.equal(null);
    const em = parseFloat(getComputedStyle(counting).fontSize);
    expect(part(counting, 'base').getBoundingClientRect().height).to.be.at.least(11 * em - 1);
  });

  it('dark: the closing card and banner pass axe (muted line, link on the banner fill)', async () => {
    for (const variant of ['card', 'banner']) {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 375px; background: #0d1117">
          <sx-countdown
            variant=${variant}
            theme="dark"
            .client=${memoryClient({ edition: testEdition({ officialUrl: OFFICIAL }) })}
            now=${AFTER}
          ></sx-countdown>
        </div>`,
      );
      const countdown = box.querySelector<SxCountdown>('sx-countdown')!;
      await countdown.loaded;
      expect(maybePart(countdown, 'official-link')).to.not.equal(null);
      await expect(countdown).to.be.accessible();
    }
  });

  it('inline, the closing phrase stays a phrase: no dates and no link in the page’s sentence', async () => {
    const inline = await ended('inline', 'zh-CN', 375);
    expect(text(inline, 'message')).to.equal('2025年山西省科技活动周和科技工作者日活动已结束');
    expect(maybePart(inline, 'ended')).to.equal(null);
  });
});
