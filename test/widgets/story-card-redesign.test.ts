import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Story } from '../../src/feed/types.js';
import '../../widgets/story-card/story-card.js';
import type { SxStoryCard } from '../../widgets/story-card/story-card.js';
import { phraseChunks } from '../../widgets/shared/phrases.js';
import {
  NOW,
  clientOf,
  storyA,
  storyB,
  storyC,
  threeStories,
} from '../support/story-card-fixtures.js';

const part = (card: SxStoryCard, name: string) =>
  card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function loaded<T extends SxStoryCard>(card: T): Promise<T> {
  await card.loaded;
  await card.updateComplete;
  return card;
}

describe('<sx-story-card> English text', () => {
  it('shows bodyEn in English, unmarked; without it, the Chinese body marked zh-CN', async () => {
    const withEnglish = storyB({ bodyEn: ['Beta’s first paragraph.', 'Beta’s second.'] });
    const card = await loaded(
      await fixture<SxStoryCard>(
        html`<sx-story-card
          .client=${clientOf([withEnglish])}
          now=${NOW}
          lang="en"
        ></sx-story-card>`,
      ),
    );
    // The full text is drawn when opened.
    const open = async (opened: SxStoryCard) => {
      (part(opened, 'read-more') as HTMLButtonElement).click();
      await opened.updateComplete;
    };
    await open(card);
    const paragraphs = [...part(card, 'body')!.querySelectorAll('p:not(.source)')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal([
      'Beta’s first paragraph.',
      'Beta’s second.',
    ]);
    for (const p of paragraphs) expect(p.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    card.remove();

    const chinese = await loaded(
      await fixture<SxStoryCard>(
        html`<sx-story-card .client=${clientOf([storyB()])} now=${NOW}></sx-story-card>`,
      ),
    );
    await open(chinese);
    const zh = [...part(chinese, 'body')!.querySelectorAll('p:not(.source)')];
    expect(zh.map((p) => p.textContent)).to.deep.equal(['乙二的第一段。', '乙二的第二段。']);
    // In a Chinese widget the Chinese needs no marking of its own.
    for (const p of zh) expect(p.hasAttribute('lang')).to.equal(false);
  });
});

describe('<sx-story-card> Escape', () => {
  it('closes the QR panel, then the full text, and returns focus to the button that opened each', async () => {
    const card = await loaded(
      await fixture<SxStoryCard>(
        html`<sx-story-card .client=${clientOf([storyB()])} now=${NOW}></sx-story-card>`,
      ),
    );
    part(card, 'read-more')!.click();
    await card.updateComplete;
    part(card, 'qr-toggle')!.focus();
    part(card, 'qr-toggle')!.click();
    await card.updateComplete;
    expect(part(card, 'qr-panel')!.hidden).to.equal(false);

    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(part(card, 'qr-panel')!.hidden).to.equal(true);
    expect(part(card, 'body')!.hidden).to.equal(false);
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'qr-toggle'));

    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(part(card, 'body')!.hidden).to.equal(true);
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'read-more'));
    expect(part(card, 'read-more')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes the compact card’s details and returns focus to its toggle', async () => {
    const card = await loaded(
      await fixture<SxStoryCard>(
        html`<sx-story-card
          .client=${clientOf([storyB()])}
          now=${NOW}
          variant="compact"
        ></sx-story-card>`,
      ),
    );
    part(card, 'expand')!.focus();
    part(card, 'expand')!.click();
    await card.updateComplete;
    expect(part(card, 'details')!.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(part(card, 'details')!.hidden).to.equal(true);
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'expand'));
  });
});

describe('<sx-story-card> on one page', () => {
  const five = (): Story[] =>
    ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'].map((id) =>
      storyA({ id, publishedAt: '2025-05-01T08:00:00+08:00' }),
    );

  it('a daily feature and a rotating card never open on the same story, and rotation skips it', async () => {
    const stories = five();
    const client = clientOf(stories);
    const page = await fixture<HTMLElement>(
      html`<div>
        <sx-story-card .client=${client} now=${NOW} pick="daily" variant="feature"></sx-story-card>
        <sx-story-card
          .client=${client}
          now=${NOW}
          pick="daily"
          rotate="8"
          variant="compact"
        ></sx-story-card>
        <sx-story-card .client=${client} now=${NOW} pick="daily"></sx-story-card>
      </div>`,
    );
    const cards = [...page.querySelectorAll<SxStoryCard>('sx-story-card')];
    for (const card of cards) await loaded(card);
    await Promise.all(cards.map((card) => card.updateComplete));
    const ids = cards.map((card) => card.currentStory!.id);
    expect(new Set(ids).size, ids.join()).to.equal(3);
    // Stepping the rotation through every story never lands on one the others show.
    const rotating = cards[1]!;
    for (let i = 0; i < 6; i += 1) {
      part(rotating, 'next')?.click() ??
        rotating.shadowRoot!.querySelector<HTMLElement>('.control:last-of-type')!.click();
      await rotating.updateComplete;
      const shown = rotating.currentStory!.id;
      expect([ids[0], ids[2]]).to.not.include(shown);
    }
  });

  it('a card told which story to show shows it, whatever the others show', async () => {
    const client = clientOf(threeStories());
    const page = await fixture<HTMLElement>(
      html`<div>
        <sx-story-card .client=${client} now=${NOW}></sx-story-card>
        <sx-story-card .client=${client} now=${NOW} story="story-a"></sx-story-card>
      </div>`,
    );
    const cards = [...page.querySelectorAll<SxStoryCard>('sx-story-card')];
    for (const card of cards) await loaded(card);
    expect(cards[1]!.currentStory!.id).to.equal('story-a');
  });
});

describe('<sx-story-card> without a portrait', () => {
  it('shows a compact round monogram, never a large empty frame, in every variant', async () => {
    for (const variant of ['card', 'feature', 'compact']) {
      const card = await loaded(
        await fixture<SxStoryCard>(
          html`<div style="width: 900px">
            <sx-story-card
              .client=${clientOf([storyC()])}
              now=${NOW}
              variant=${variant}
            ></sx-story-card>
          </div>`,
        ).then((wrapper) => wrapper.querySelector<SxStoryCard>('sx-story-card')!),
      );
      const box = part(card, 'portrait')!.getBoundingClientRect();
      expect(box.width, variant).to.be.at.most(100);
      expect(Math.abs(box.width - box.height), variant).to.be.below(1);
      expect(getComputedStyle(part(card, 'portrait')!).borderRadius, variant).to.equal('50%');
      card.parentElement!.remove();
    }
  });

  it('compact: the person’s name is never cut off in a narrow side bar', async () => {
    const long = storyA({
      name: '示例人物 · 欧阳慕容长名字',
      nameEn: 'Sample person · Chen Jing-Long',
    });
    for (const lang of ['zh-CN', 'en']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 280px">
          <sx-story-card
            .client=${clientOf([long])}
            now=${NOW}
            variant="compact"
            lang=${lang}
          ></sx-story-card>
        </div>`,
      );
      const card = await loaded(wrapper.querySelector<SxStoryCard>('sx-story-card')!);
      const name = part(card, 'name')!;
      expect(name.scrollWidth, lang).to.be.at.most(name.clientWidth + 1);
      expect(getComputedStyle(name).textOverflow).to.not.equal('ellipsis');
      wrapper.remove();
    }
  });
});

describe('phrases (CJK line breaks)', () => {
  it('keeps words, dates, counts and bracketed phrases whole', () => {
    const chunks = phraseChunks('把一块煤“吃干榨净”的催化剂研究者');
    expect(chunks.some((chunk) => chunk.includes('研究者'))).to.equal(true);
    expect(phraseChunks('5月28日 09:00 开放').join('|')).to.not.match(/5\||\|月|28\||\|日/);
    const address = phraseChunks('太原市（大致位置）');
    expect(address.some((chunk) => chunk.includes('（大致位置）'))).to.equal(true);
    expect(phraseChunks('无需报名').join('|')).to.not.contain('报|名');
    expect(phraseChunks('Latin text stays as it is')).to.deep.equal(['Latin text stays as it is']);
  });
});

/** The most characters on one laid-out line of `element` (a line starts where a glyph drops). */
function longestLine(element: Element): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let longest = 0;
  let count = 0;
  let lineTop = -Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chars = Array.from(node.textContent!);
    let offset = 0;
    for (const char of chars) {
      range.setStart(node, offset);
      range.setEnd(node, (offset += char.length));
      const rect = range.getClientRects()[0];
      if (!rect || !char.trim()) continue;
      if (rect.top > lineTop + rect.height / 2) [lineTop, count] = [rect.top, 0];
      longest = Math.max(longest, (count += 1));
    }
  }
  return longest;
}

describe('<sx-story-card> at 1280 px', () => {
  const zhParagraph =
    '她在实验室里一待就是十五年，从第一台反应装置到中试车间，每一次失败的数据都被她整理成册，团队里的年轻人说，翻开这些记录就知道一项技术是怎样一点一点磨出来的，也知道为什么要把论文写在祖国大地上。';
  const enParagraph =
    'She spent fifteen years in the laboratory, from the first reactor to the pilot plant, and bound the data of every failed experiment into a record; the young people in her team say that reading those records shows how a technique is ground out bit by bit, and why the work belongs in the fields and factories of the province rather than only in journals.';
  const wide = (lang: string, image = true) =>
    fixture<HTMLElement>(
      html`<div style="width: 1248px">
        <sx-story-card
          .client=${clientOf([
            storyB({
              body: [zhParagraph],
              bodyEn: [enParagraph],
              summary: zhParagraph,
              summaryEn: enParagraph,
              image: image
                ? { src: `${location.origin}/stories/story-card-portrait.svg`, alt: '' }
                : undefined,
            }),
          ])}
          now=${NOW}
          lang=${lang}
        ></sx-story-card>
      </div>`,
    ).then(async (wrapper) => {
      const card = await loaded(wrapper.querySelector<SxStoryCard>('sx-story-card')!);
      part(card, 'read-more')!.click();
      await card.updateComplete;
      return card;
    });

  it('keeps a readable measure: ≤ 40 CJK characters a line (≤ 41em) or ≤ 80 Latin ones (≤ 45em)', async () => {
    for (const [lang, most, ems] of [
      ['zh-CN', 40, 41],
      ['en', 80, 45],
    ] as const) {
      const card = await wide(lang);
      const size = parseFloat(getComputedStyle(part(card, 'summary')!).fontSize);
      for (const p of [part(card, 'summary')!, part(card, 'body')!.querySelector('p')!]) {
        expect(longestLine(p), `${lang} ${p.className}`).to.be.within(most * 0.6, most);
        expect(p.getBoundingClientRect().width, lang).to.be.at.most(ems * size);
      }
      card.parentElement!.remove();
    }
  });

  it('sets the portrait beside the text, and the frame stops at 64em instead of spanning 1248 px', async () => {
    const card = await wide('zh-CN');
    const frame = part(card, 'card')!.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(part(card, 'card')!).fontSize);
    expect(frame.width).to.be.at.most(64 * size + 1);
    const portrait = part(card, 'portrait')!.getBoundingClientRect();
    const headline = part(card, 'headline')!.getBoundingClientRect();
    expect(portrait.right).to.be.at.most(headline.left);
    expect(portrait.width).to.be.at.least(9 * size - 1);
    card.parentElement!.remove();
  });
});

describe('<sx-story-card> feature without a portrait', () => {
  const feature = (width: number, lang = 'zh-CN', theme = 'light') =>
    fixture<HTMLElement>(
      html`<div style="width: ${width}px">
        <sx-story-card
          .client=${clientOf([storyC()])}
          now=${NOW}
          variant="feature"
          lang=${lang}
          theme=${theme}
        ></sx-story-card>
      </div>`,
    ).then((wrapper) => loaded(wrapper.querySelector<SxStoryCard>('sx-story-card')!));

  it('at 1280 px: the initial and the name on a tinted panel, the headline beside them as a pull quote', async () => {
    for (const [lang, theme] of [
      ['zh-CN', 'light'],
      ['en', 'dark'],
    ]) {
      const card = await feature(1248, lang, theme);
      const frame = part(card, 'card')!;
      const box = frame.getBoundingClientRect();
      // Spans the width it is given, in two balanced columns, not a box of text stopping at 64em.
      expect(box.width, lang).to.be.above(1200);
      const headline = part(card, 'headline')!.getBoundingClientRect();
      for (const name of ['portrait', 'name']) {
        const left = part(card, name)!.getBoundingClientRect();
        expect(left.right, `${lang} ${name}`).to.be.below(headline.left);
        expect(left.left - box.left, `${lang} ${name}`).to.be.below(box.width / 3);
      }
      expect(headline.left - box.left, lang).to.be.within(box.width / 3, box.width / 2);
      // The panel: the card's own tint behind the left column, an edition colour, not the surface.
      const styles = getComputedStyle(frame);
      expect(styles.backgroundImage, lang).to.contain('gradient');
      const monogram = getComputedStyle(part(card, 'monogram')!);
      expect(monogram.backgroundColor, lang).to.not.equal(styles.backgroundColor);
      const rule = getComputedStyle(part(card, 'headline')!);
      expect(parseFloat(rule.borderInlineStartWidth), lang).to.be.at.least(3);
      await expect(card).to.be.accessible();
      card.parentElement!.remove();
    }
  });

  it('on a phone: the card layout, the initial beside the name', async () => {
    const card = await feature(351);
    expect(getComputedStyle(part(card, 'card')!).backgroundImage).to.equal('none');
    const portrait = part(card, 'portrait')!.getBoundingClientRect();
    expect(portrait.right).to.be.below(part(card, 'name')!.getBoundingClientRect().left);
    expect(portrait.top).to.be.below(part(card, 'headline')!.getBoundingClientRect().top);
    card.parentElement!.remove();
  });
});

describe('<sx-story-card> spirit label', () => {
  const WIDTHS = [320, 336, 352, 360, 375, 384, 400, 414, 432, 448, 464, 480];

  it('"Spirit of science" shares its line with the first chips at phone widths, en and zh, card and feature', async () => {
    for (const [lang, variant] of [
      ['en', 'card'],
      ['zh-CN', 'card'],
      ['en', 'feature'],
    ]) {
      const box = await fixture<HTMLElement>(
        html`<div lang=${lang} style="font-size: 16px">
          <sx-story-card now=${NOW} variant=${variant} story="sample-story-07"></sx-story-card>
        </div>`,
      );
      const card = await loaded(box.querySelector<SxStoryCard>('sx-story-card')!);
      const label = card.shadowRoot!.querySelector<HTMLElement>('#spirit-label')!;
      const chip = part(card, 'spirit-facet')!;
      for (const width of WIDTHS) {
        box.style.width = `${width}px`;
        const [a, b] = [label.getBoundingClientRect(), chip.getBoundingClientRect()];
        // On one line: the label's middle lies within the first chip's height.
        const middle = (a.top + a.bottom) / 2;
        expect(middle, `${lang} ${variant} ${width}px`).to.be.within(b.top, b.bottom);
      }
      // The list keeps its label (display: contents keeps the list in Chromium's tree; axe checks it).
      expect(label.nextElementSibling!.getAttribute('aria-labelledby')).to.equal(label.id);
      await expect(card).to.be.accessible();
      box.remove();
    }
  });
});

describe('<sx-story-card> sample marking', () => {
  it('marks a sample story once, with the badge on the visible line, not again in the name', async () => {
    for (const variant of ['card', 'feature', 'compact']) {
      for (const lang of ['zh-CN', 'en']) {
        const card = await loaded(
          await fixture<SxStoryCard>(
            html`<sx-story-card
              .client=${clientOf([storyA()])}
              now=${NOW}
              variant=${variant}
              lang=${lang}
            ></sx-story-card>`,
          ),
        );
        const where = `${variant} ${lang}`;
        const markers = card.shadowRoot!.querySelectorAll('[part~="sample"]');
        expect(markers.length, where).to.equal(1);
        expect(markers[0]!.getClientRects().length, `${where}: visible`).to.be.above(0);
        expect(part(card, 'name')!.textContent!.trim(), where).to.equal(
          lang === 'en' ? 'Alpha' : '甲一',
        );
        card.remove();
      }
    }
  });

  it('keeps the whole name of a story that is not a sample', async () => {
    const card = await loaded(
      await fixture<SxStoryCard>(
        html`<sx-story-card
          .client=${clientOf([storyA({ sample: false, name: '示例人物 · 甲一' })])}
          now=${NOW}
        ></sx-story-card>`,
      ),
    );
    expect(part(card, 'name')!.textContent!.trim()).to.equal('示例人物 · 甲一');
    expect(part(card, 'sample')).to.equal(null);
  });
});

describe('<sx-story-card> in a 300 px side bar', () => {
  it('a long English honour wraps inside the card instead of running out of it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 300px">
        <sx-story-card
          .client=${clientOf([storyB({ honours: [{ award: 'most-beautiful', year: 2024 }] })])}
          now=${NOW}
          lang="en"
        ></sx-story-card>
      </div>`,
    );
    const card = await loaded(wrapper.querySelector<SxStoryCard>('sx-story-card')!);
    const frame = part(card, 'card')!.getBoundingClientRect();
    for (const badge of card.shadowRoot!.querySelectorAll('[part~="honour"]')) {
      expect(badge.getBoundingClientRect().right).to.be.at.most(frame.right);
    }
    expect(part(card, 'card')!.scrollWidth).to.be.at.most(part(card, 'card')!.clientWidth);
  });
});
