import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Story } from '../../src/feed/types.js';
import '../../widgets/story-card/story-card.js';
import type { SxStoryCard } from '../../widgets/story-card/story-card.js';
import type { SxStoryChangeEvent } from '../../widgets/story-card/custom-events.js';
import type { SxLoadEvent } from '../../widgets/shared/events.js';
import { FeedRoutes, uniqueKey } from '../support/feed-server-client.js';
import { testEdition } from '../support/fixture-edition.js';
import {
  FakeTime,
  NOW,
  Visibility,
  clientOf,
  decodeQr,
  futureStory,
  storyA,
  storyB,
  threeStories,
} from '../support/story-card-fixtures.js';

const part = (card: SxStoryCard, name: string) =>
  card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (card: SxStoryCard, name: string) => [
  ...card.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (card: SxStoryCard, name: string) => part(card, name)?.textContent?.trim() ?? '';
const shownId = (card: SxStoryCard) => card.currentStory?.id;
const politeText = (card: SxStoryCard) =>
  card.shadowRoot!.querySelector('[aria-live=polite]')?.textContent?.trim() ?? '';

/** A card on `stories` (served without a network), loaded and rendered. */
async function cardOf(stories: Story[], template: (client: unknown) => ReturnType<typeof html>) {
  const card = await fixture<SxStoryCard>(template(clientOf(stories)));
  await card.loaded;
  await card.updateComplete;
  return card;
}

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('<sx-story-card> choosing a story', () => {
  it('shows the latest published story by default, never one dated after now', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW}></sx-story-card>`,
    );
    expect(shownId(card)).to.equal('story-c');
    expect(card.stories.map((s) => s.id)).to.deep.equal(['story-c', 'story-b', 'story-a']);
    // A sample story's heading drops its own "示例人物 · ": the one 示例数据 badge marks it.
    expect(text(card, 'name')).to.equal('丙三');
    card.now = '2025-06-04T00:00:00+08:00';
    await card.updateComplete;
    expect(shownId(card)).to.equal('story-future');
  });

  it('shows the story named by story="…", even outside the filters, and says when it is missing', async () => {
    const card = await cardOf(
      threeStories(),
      (c) =>
        html`<sx-story-card
          .client=${c}
          now=${NOW}
          story="story-a"
          topic="health"
        ></sx-story-card>`,
    );
    expect(shownId(card)).to.equal('story-a');
    const warnings = captureWarnings();
    try {
      card.story = 'no-such-story';
      await card.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(part(card, 'card')).to.equal(null);
    expect(text(card, 'empty')).to.contain('no-such-story');
    expect(warnings.messages.join()).to.contain('story="no-such-story"');
    await expect(card).to.be.accessible();
  });

  it('filters by topic, honour and spirit (comma lists mean any of)', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} topic="ai"></sx-story-card>`,
    );
    expect(card.stories.map((s) => s.id)).to.deep.equal(['story-c', 'story-a']);
    card.topic = undefined;
    card.honour = 'most-beautiful, national-sci-tech';
    await card.updateComplete;
    expect(card.stories.map((s) => s.id)).to.deep.equal(['story-b', 'story-a']);
    card.honour = undefined;
    card.spirit = 'patriotism';
    await card.updateComplete;
    expect(card.stories.map((s) => s.id)).to.deep.equal(['story-b']);
    card.spirit = 'patriotism';
    card.topic = 'rural';
    await card.updateComplete;
    expect(card.stories).to.have.length(0);
    expect(text(card, 'empty')).to.contain('暂时没有符合条件的故事');
    expect(text(card, 'empty')).to.contain('放宽主题、荣誉或科学家精神的筛选条件');
    await expect(card).to.be.accessible();
  });

  it('without filters, an empty card says so plainly (no advice about filters it does not have)', async () => {
    const card = await cardOf(
      [futureStory()],
      (c) => html`<sx-story-card .client=${c} now=${NOW} topic=" , "></sx-story-card>`,
    );
    expect(card.stories).to.have.length(0);
    expect(text(card, 'empty')).to.equal('暂时还没有可以展示的故事。');
    card.lang = 'en';
    await card.loaded; // its English words are imported then
    expect(text(card, 'empty')).to.equal('No stories to show yet.');
    card.topic = 'ai';
    await card.updateComplete;
    expect(text(card, 'empty')).to.contain('Try fewer topic, honour or spirit filters.');
    await expect(card).to.be.accessible();
  });

  it('picks at random among the matching stories', async () => {
    const random = Math.random;
    Math.random = () => 0.99;
    try {
      const card = await cardOf(
        threeStories(),
        (c) => html`<sx-story-card .client=${c} now=${NOW} pick="random"></sx-story-card>`,
      );
      // Feed order, last of the three published ones.
      expect(shownId(card)).to.equal('story-c');
      Math.random = () => 0;
      card.requestUpdate();
      await card.updateComplete;
      expect(shownId(card), 'no new draw on a mere re-render').to.equal('story-c');
    } finally {
      Math.random = random;
    }
  });

  it('daily: the same story all day for every visitor, whatever the feed order', async () => {
    const five = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5'].map((id) =>
      storyA({ id, publishedAt: '2025-05-01T08:00:00+08:00' }),
    );
    const shown = async (now: string, stories: Story[]) => {
      const card = await cardOf(
        stories,
        (c) => html`<sx-story-card .client=${c} now=${now} pick="daily"></sx-story-card>`,
      );
      // One card at a time: cards on one page never show the same story.
      card.remove();
      return shownId(card);
    };
    // 30 May in Beijing: its first minutes are still 29 May in UTC and in most of the world.
    const early = await shown('2025-05-29T16:05:00Z', five);
    const late = await shown('2025-05-30T23:59:00+08:00', [...five].reverse());
    const noon = await shown('2025-05-30T04:00:00Z', [
      five[2]!,
      five[0]!,
      five[4]!,
      five[1]!,
      five[3]!,
    ]);
    // Pinned: FNV-1a of "2025-05-30" picks the 2nd by id (29 May, the UTC date of the first
    // instant, would pick the 5th).
    expect(early).to.equal('d-2');
    expect(late).to.equal('d-2');
    expect(noon).to.equal('d-2');
    expect(await shown('2025-05-31T10:00:00+08:00', five)).to.equal('d-1');
  });

  it('opens on the story the page URL names (?sx-story=…)', async () => {
    const before = location.href;
    const url = new URL(before);
    url.searchParams.set('sx-story', 'story-a');
    history.replaceState(history.state, '', url.href);
    try {
      const card = await cardOf(
        threeStories(),
        (c) => html`<sx-story-card .client=${c} now=${NOW}></sx-story-card>`,
      );
      expect(shownId(card)).to.equal('story-a');
      const other = await cardOf(
        threeStories(),
        (c) => html`<sx-story-card .client=${c} now=${NOW} topic="health"></sx-story-card>`,
      );
      expect(shownId(other), 'a card whose filters leave it out is unaffected').to.equal('story-b');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('loads from a feed URL (src) and reports sx-load', async () => {
    const routes = new FeedRoutes(location.origin, uniqueKey('story-card'));
    await routes.seed('feed.json', {
      schemaVersion: '1.0',
      edition: testEdition(),
      events: [],
      labs: [],
      stories: [storyA(), storyB()],
    });
    const card = document.createElement('sx-story-card');
    card.setAttribute('now', NOW);
    card.src = routes.url('ok', 'feed.json');
    const loaded = oneEvent(card, 'sx-load') as unknown as Promise<SxLoadEvent>;
    document.body.append(card);
    try {
      const event = await loaded;
      expect(event.counts['stories']).to.equal(2);
      await card.updateComplete;
      expect(shownId(card)).to.equal('story-b');
    } finally {
      card.remove();
    }
  });
});

describe('<sx-story-card> content', () => {
  it('renders an article with a heading, honours, spirit, quote, summary and topics', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-a"></sx-story-card>`,
    );
    const article = part(card, 'card')!;
    expect(article.localName).to.equal('article');
    const heading = part(card, 'name')!;
    expect(heading.localName).to.equal('h3');
    expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(parts(card, 'honour').map((li) => li.textContent!.trim())).to.deep.equal([
      '2023年 国家科学技术奖',
    ]);
    expect(parts(card, 'spirit-facet').map((li) => li.textContent!.trim())).to.deep.equal(['创新']);
    expect(text(card, 'quote')).to.contain('示例引语。');
    expect(part(card, 'quote')!.querySelector('a')!.href).to.equal('https://example.org/paper/a');
    expect(parts(card, 'topic').map((li) => li.textContent!.trim())).to.deep.equal(['人工智能']);
    expect(part(card, 'sample')).to.not.equal(null);
    await expect(card).to.be.accessible();
  });

  it('shows a quote only when the data carries one', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-b"></sx-story-card>`,
    );
    expect(part(card, 'quote')).to.equal(null);
  });

  it('speaks English with lang="en", keeping Chinese-only text marked as Chinese', async () => {
    const card = await cardOf(
      threeStories(),
      (c) =>
        html`<sx-story-card .client=${c} now=${NOW} story="story-b" lang="en"></sx-story-card>`,
    );
    expect(text(card, 'name')).to.equal('Beta');
    expect(text(card, 'headline')).to.equal('Beta’s sample headline');
    expect(parts(card, 'honour')[0]!.textContent!.trim()).to.equal(
      'Most Beautiful Science Worker, 2024',
    );
    expect(text(card, 'read-more')).to.equal('Read more');
    // No English body in the data: the Chinese paragraphs say they are Chinese.
    (part(card, 'read-more') as HTMLButtonElement).click();
    await card.updateComplete;
    const paragraphs = [...part(card, 'body')!.querySelectorAll('p:not(.source)')];
    expect(paragraphs.length).to.be.above(0);
    for (const p of paragraphs) expect(p.getAttribute('lang')).to.equal('zh-CN');
    await expect(card).to.be.accessible();
  });

  it('"read more" expands the body, or links to the source when there is no body', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-b"></sx-story-card>`,
    );
    const button = part(card, 'read-more') as HTMLButtonElement;
    const body = part(card, 'body')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    // Closed, the full text is not drawn at all: the first screen and its word breaks skip it.
    expect(body.childElementCount).to.equal(0);
    button.click();
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      '乙二的第一段。',
      '乙二的第二段。',
    ]);
    await expect(card).to.be.accessible();
    card.story = 'story-c';
    await card.updateComplete;
    const link = part(card, 'read-more') as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal('https://example.org/stories/c');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('lazy-loads the portrait with the alt text from the data', async () => {
    const routes = new FeedRoutes(location.origin, uniqueKey('portrait'));
    const stories = [
      storyA({ image: { src: routes.url('hang', 'portrait.png'), alt: '甲一在实验室' } }),
    ];
    const card = await cardOf(
      stories,
      (c) => html`<sx-story-card .client=${c} now=${NOW}></sx-story-card>`,
    );
    const image = part(card, 'image') as HTMLImageElement;
    expect(image.alt).to.equal('甲一在实验室');
    expect(image.loading).to.equal('lazy');
    expect(part(card, 'monogram')).to.equal(null);
  });

  it('falls back to a monogram when the portrait fails or is missing', async () => {
    const broken = `${location.origin}/__no-such-file/portrait-${Date.now()}.png`;
    const stories = [storyA({ image: { src: broken, alt: '甲一' } }), storyB()];
    const card = await cardOf(
      stories,
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-a"></sx-story-card>`,
    );
    await waitUntil(() => part(card, 'monogram'), 'the broken portrait is replaced', {
      timeout: 5000,
    });
    expect(part(card, 'image')).to.equal(null);
    const letter = part(card, 'monogram')!;
    expect(letter.textContent!.trim()).to.equal('甲');
    expect(letter.getAttribute('aria-hidden')).to.equal('true');
    card.lang = 'en';
    await card.loaded; // its English words are imported then
    expect(part(card, 'monogram')!.textContent!.trim()).to.equal('A');
    card.lang = 'zh-CN';
    card.story = 'story-b';
    await card.updateComplete;
    expect(part(card, 'monogram')!.textContent!.trim()).to.equal('乙');
    await expect(card).to.be.accessible();
  });

  it('renders hostile strings in every field as text, and drops unsafe URLs', async () => {
    const xss = '<img src=x onerror="window.__sxXss=1"><script>window.__sxXss=1</script>"\'';
    const hostile = storyA({
      id: xss,
      name: xss,
      nameEn: xss,
      affiliation: xss,
      affiliationEn: xss,
      honours: [{ award: xss, year: 2024 }],
      headline: xss,
      headlineEn: xss,
      summary: xss,
      summaryEn: xss,
      body: [xss, xss],
      quote: { text: xss, source: { title: xss, url: 'javascript:window.__sxXss=1' } },
      spirit: [xss],
      topics: [xss],
      image: { src: 'javascript:window.__sxXss=1', alt: xss },
      source: { title: xss, url: 'javascript:window.__sxXss=1' },
    });
    for (const lang of ['zh-CN', 'en']) {
      const card = await cardOf(
        [hostile],
        (c) => html`<sx-story-card .client=${c} now=${NOW} lang=${lang}></sx-story-card>`,
      );
      (part(card, 'read-more') as HTMLButtonElement).click();
      (part(card, 'qr-toggle') as HTMLButtonElement).click();
      await card.updateComplete;
      const root = card.shadowRoot!;
      expect(root.querySelector('script, img, iframe, [onerror]')).to.equal(null);
      expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
      for (const name of [
        'name',
        'affiliation',
        'headline',
        'summary',
        'honour',
        'spirit-facet',
        'topic',
        'quote',
        'source',
      ]) {
        expect(text(card, name), name).to.contain(xss);
      }
      expect(part(card, 'body')!.querySelector('p')!.textContent).to.equal(xss);
      // The unsafe source is no share address: the page's own is used instead.
      expect(text(card, 'qr-url')).to.contain(location.origin);
    }
    expect((window as unknown as { __sxXss?: number }).__sxXss).to.equal(undefined);
  });
});

describe('<sx-story-card> variants', () => {
  for (const variant of ['card', 'compact', 'feature'] as const) {
    it(`${variant}: renders, stays within 280 px, and is accessible`, async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '280px';
      const card = await fixture<SxStoryCard>(
        html`<sx-story-card
          .client=${clientOf(threeStories())}
          now=${NOW}
          story="story-b"
          variant=${variant}
        ></sx-story-card>`,
        { parentNode: wrapper },
      );
      await card.loaded;
      await card.updateComplete;
      expect(part(card, 'base')!.classList.contains(`story-card--${variant}`)).to.equal(true);
      expect(part(card, 'base')!.scrollWidth).to.be.at.most(280);
      await expect(card).to.be.accessible();
      wrapper.style.width = '1200px';
      await expect(card).to.be.accessible();
    });
  }

  it('compact: one line with a thumbnail; the toggle opens everything else', async () => {
    const card = await cardOf(
      threeStories(),
      (c) =>
        html`<sx-story-card
          .client=${c}
          now=${NOW}
          story="story-b"
          variant="compact"
        ></sx-story-card>`,
    );
    const details = part(card, 'details')!;
    expect(details.hidden).to.equal(true);
    expect(part(card, 'headline')!.getBoundingClientRect().height).to.be.below(30);
    const toggle = part(card, 'expand') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-label')).to.equal('阅读全文');
    toggle.click();
    await card.updateComplete;
    expect(details.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(card, 'body')).to.contain('乙二的第一段。');
    await expect(card).to.be.accessible();
  });

  it('heading-level sets the heading; a bad value warns once and uses 3', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} heading-level="2"></sx-story-card>`,
    );
    expect(part(card, 'name')!.localName).to.equal('h2');
    const warnings = captureWarnings();
    try {
      card.headingLevel = 9;
      await card.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(part(card, 'name')!.localName).to.equal('h3');
    expect(warnings.messages).to.have.length(1);
  });

  // Loading and failing: the shared state suite (states.test.ts).
  it('dark theme, and accessible when the QR panel is open', async () => {
    const dark = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} theme="dark"></sx-story-card>`,
    );
    expect(getComputedStyle(part(dark, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    (part(dark, 'qr-toggle') as HTMLButtonElement).click();
    await waitUntil(() => part(dark, 'qr-code')?.localName === 'svg', 'QR drawn', {
      timeout: 5000,
    });
    await expect(dark).to.be.accessible();
  });
});

describe('<sx-story-card> sharing', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>)['share'];
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  });

  it('the QR code decodes to the story’s source URL', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-a"></sx-story-card>`,
    );
    const toggle = part(card, 'qr-toggle') as HTMLButtonElement;
    toggle.click();
    await waitUntil(() => part(card, 'qr-code')?.localName === 'svg', 'QR drawn', {
      timeout: 5000,
    });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const svg = part(card, 'qr-code') as unknown as SVGSVGElement;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('示例人物 · 甲一');
    expect(await decodeQr(svg)).to.equal('https://example.org/stories/a');
    expect(text(card, 'qr-url')).to.equal('https://example.org/stories/a');
    await expect(card).to.be.accessible();
  });

  it('without a source, the QR code decodes to this page with ?sx-story=<id>', async () => {
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-b"></sx-story-card>`,
    );
    (part(card, 'qr-toggle') as HTMLButtonElement).click();
    await waitUntil(() => part(card, 'qr-code')?.localName === 'svg', 'QR drawn', {
      timeout: 5000,
    });
    const expected = new URL(location.href);
    expected.searchParams.set('sx-story', 'story-b');
    expect(await decodeQr(part(card, 'qr-code') as unknown as SVGSVGElement)).to.equal(
      expected.href,
    );
  });

  it('uses the Web Share API where there is one', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => void shared.push(data),
    });
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-a"></sx-story-card>`,
    );
    (part(card, 'share') as HTMLButtonElement).click();
    await waitUntil(() => shared.length === 1, 'shared');
    expect(shared[0]).to.deep.include({
      title: '示例人物 · 甲一',
      url: 'https://example.org/stories/a',
    });
  });

  it('copies the link where there is no Web Share, and says so', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-c"></sx-story-card>`,
    );
    (part(card, 'share') as HTMLButtonElement).click();
    await waitUntil(() => text(card, 'feedback') !== '', 'feedback shown');
    expect(copied).to.equal('https://example.org/stories/c');
    expect(text(card, 'feedback')).to.equal('链接已复制。');
    expect(politeText(card)).to.contain('链接已复制');
  });

  it('shows the link with the QR code when it cannot be copied', async () => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const card = await cardOf(
      threeStories(),
      (c) => html`<sx-story-card .client=${c} now=${NOW} story="story-c"></sx-story-card>`,
    );
    (part(card, 'share') as HTMLButtonElement).click();
    await waitUntil(() => text(card, 'feedback') !== '', 'feedback shown');
    expect(part(card, 'qr-panel')!.hidden).to.equal(false);
    expect(text(card, 'qr-url')).to.equal('https://example.org/stories/c');
  });
});

describe('<sx-story-card rotate>', () => {
  let time: FakeTime;
  let visibility: Visibility;

  beforeEach(async () => {
    visibility = new Visibility();
    time = new FakeTime();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  afterEach(async () => {
    time.restore();
    visibility.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  const rotating = (extra = '') =>
    cardOf(threeStories(), (c) =>
      extra === 'compact'
        ? html`<sx-story-card .client=${c} now=${NOW} rotate="8" variant="compact"></sx-story-card>`
        : html`<sx-story-card .client=${c} now=${NOW} rotate="8"></sx-story-card>`,
    );

  it('moves on every 8 seconds, quietly, through the matching stories', async () => {
    const card = await rotating();
    const changes: SxStoryChangeEvent[] = [];
    card.addEventListener('sx-story-change', (event) => changes.push(event));
    expect(shownId(card)).to.equal('story-c');
    expect(part(card, 'carousel')!.getAttribute('aria-label')).to.equal('科技工作者故事');
    time.seconds(7);
    expect(shownId(card)).to.equal('story-c');
    time.seconds(1);
    expect(shownId(card)).to.equal('story-b');
    time.seconds(16);
    expect(shownId(card)).to.equal('story-c', 'wraps around');
    await card.updateComplete;
    expect(text(card, 'position')).to.contain('1 / 3');
    expect(changes, 'no event for automatic changes').to.have.length(0);
    expect(politeText(card), 'no announcement for automatic changes').to.equal('');
    await expect(card).to.be.accessible();
  });

  it('previous / next are labelled buttons; the change fires sx-story-change and is announced', async () => {
    const card = await rotating();
    const next = part(card, 'next') as HTMLButtonElement;
    expect(next.getAttribute('aria-label')).to.equal('下一个故事');
    expect(part(card, 'previous')!.getAttribute('aria-label')).to.equal('上一个故事');
    expect(part(card, 'toggle')!.getAttribute('aria-label')).to.equal('暂停自动轮播');
    time.seconds(5);
    const changed = oneEvent(card, 'sx-story-change') as unknown as Promise<SxStoryChangeEvent>;
    next.click();
    const event = await changed;
    expect(event.story.id).to.equal('story-b');
    expect(event.cause).to.equal('next');
    expect(event.bubbles && event.composed).to.equal(true);
    await card.updateComplete;
    expect(politeText(card)).to.equal('第 2 个故事，共 3 个：示例人物 · 乙二');
    time.seconds(7);
    expect(shownId(card), 'the visitor’s story gets a whole interval').to.equal('story-b');
    time.seconds(1);
    expect(shownId(card)).to.equal('story-a');
    (part(card, 'previous') as HTMLButtonElement).click();
    expect(shownId(card)).to.equal('story-b');
  });

  it('the pause button stops rotation (and the page timer) until play is pressed', async () => {
    const card = await rotating();
    const toggle = part(card, 'toggle') as HTMLButtonElement;
    toggle.click();
    await card.updateComplete;
    expect(toggle.getAttribute('aria-label')).to.equal('开始自动轮播');
    expect(time.clock.size).to.equal(0);
    time.seconds(60);
    expect(shownId(card)).to.equal('story-c');
    toggle.click();
    time.seconds(8);
    expect(shownId(card)).to.equal('story-b');
  });

  it('holds still while the pointer is over it', async () => {
    const card = await rotating();
    const box = card.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 20), Math.round(box.y + 20)] });
    time.seconds(20);
    expect(shownId(card)).to.equal('story-c');
    await resetMouse(); // to (0, 0): the page margin, outside the card
    time.seconds(8);
    expect(shownId(card)).to.equal('story-b');
  });

  it('holds still while focus is inside it, keyboard included', async () => {
    const card = await rotating();
    (part(card, 'previous') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'toggle'));
    time.seconds(20);
    expect(shownId(card)).to.equal('story-c');
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(part(card, 'toggle')!.getAttribute('aria-label')).to.equal('开始自动轮播');
    await sendKeys({ press: 'Enter' });
    (card.shadowRoot!.activeElement as HTMLElement).blur();
    time.seconds(8);
    expect(shownId(card)).to.equal('story-b');
  });

  it('holds still while the tab is hidden', async () => {
    const card = await rotating();
    time.seconds(3);
    visibility.set(true);
    time.seconds(60);
    expect(shownId(card)).to.equal('story-c');
    visibility.set(false);
    time.seconds(8);
    expect(shownId(card)).to.equal('story-b');
  });

  it('holds still while the visitor reads the full story or the QR code', async () => {
    const card = await rotating();
    (part(card, 'qr-toggle') as HTMLButtonElement).click();
    time.seconds(20);
    expect(shownId(card)).to.equal('story-c');
    (part(card, 'qr-toggle') as HTMLButtonElement).click();
    time.seconds(8);
    expect(shownId(card)).to.equal('story-b');
  });

  it('with prefers-reduced-motion it waits for play', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const card = await rotating('compact');
    const toggle = part(card, 'toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-label')).to.equal('开始自动轮播');
    time.seconds(60);
    expect(shownId(card)).to.equal('story-c');
    await expect(card).to.be.accessible();
    toggle.click();
    time.seconds(8);
    expect(shownId(card)).to.equal('story-b');
  });

  it('stops when reduced motion is switched on while it runs', async () => {
    const card = await rotating();
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => time.clock.size === 0, 'rotation stopped');
    time.seconds(60);
    expect(shownId(card)).to.equal('story-c');
  });

  it('does not rotate a single story, and keeps at least 5 seconds', async () => {
    const single = await cardOf(
      [storyA()],
      (c) => html`<sx-story-card .client=${c} now=${NOW} rotate="8"></sx-story-card>`,
    );
    expect(part(single, 'controls')).to.equal(null);
    expect(time.clock.size).to.equal(0);
    single.remove();
    const warnings = captureWarnings();
    let fast: SxStoryCard;
    try {
      fast = await cardOf(
        [storyA(), storyB(), futureStory()],
        (c) => html`<sx-story-card .client=${c} now=${NOW} rotate="1"></sx-story-card>`,
      );
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join()).to.contain('rotate="1"');
    time.seconds(4);
    expect(shownId(fast)).to.equal('story-b');
    time.seconds(1);
    expect(shownId(fast)).to.equal('story-a');
  });
});
