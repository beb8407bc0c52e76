/**
 * <sx-events> as a visitor sees it: card height on a phone, the compact card by the element's own
 * width, headings in the accessibility tree, times of all-day and multi-day events, share URLs,
 * English marking of Chinese-only text, clear filters in every empty state, axe in both themes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/events/events.js';
import type { SxShareEvent } from '../../widgets/events/custom-events.js';
import { shareUrl } from '../../widgets/shared/share-url.js';
import { testEdition } from '../support/fixture-edition.js';
import {
  BEFORE_WEEK,
  clearPlans,
  expand,
  itemOf,
  memoryClient,
  part,
  parts,
  programme,
  tick,
  titles,
  typeSearch,
} from './events-fixtures.js';

async function render(
  template: ReturnType<typeof html>,
  width?: number,
  theme?: string,
): Promise<SxEvents> {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = `${width}px`;
  if (theme) wrapper.className = theme;
  const element = await fixture<SxEvents>(template, { parentNode: wrapper });
  element.debounce = 0;
  await element.loaded;
  return element;
}

const exhibition = () => ({
  ...programme()[1]!,
  id: 'exhibition',
  title: '科技创新成果展',
  start: '2025-05-24T09:00:00+08:00',
  end: '2025-06-08T17:00:00+08:00',
});
const allDay = () => ({
  ...programme()[1]!,
  id: 'all-day',
  title: '全天开放日',
  start: '2025-05-30T00:00:00+08:00',
  end: '2025-05-31T00:00:00+08:00',
  allDay: true,
});

beforeEach(() => clearPlans());

describe('<sx-events> cards', () => {
  it('a typical card is at most 170 px tall on a 375 px phone in Chinese', async () => {
    // 375 px less the page's 16 px margins: the widget's width on a phone.
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        lang="zh-CN"
        .client=${memoryClient(programme())}
      ></sx-events>`,
      343,
    );
    const heights = parts(element, 'item').map((item) => item.getBoundingClientRect().height);
    expect(heights).to.have.length(5);
    for (const height of heights) expect(height).to.be.within(60, 170);
    // The embedded (sample) programme too, longer titles and all: its median card.
    const embedded = await render(
      html`<sx-events now=${BEFORE_WEEK} lang="zh-CN"></sx-events>`,
      343,
    );
    const sample = parts(embedded, 'item')
      .map((item) => item.getBoundingClientRect().height)
      .sort((a, b) => a - b);
    expect(sample[Math.floor(sample.length / 2)]).to.be.at.most(170);
  });

  it('is compact by its own width, not the window: no summary under 480 px until expanded', async () => {
    const summaryShown = (element: SxEvents) =>
      parts(element, 'item-summary').filter((node) => node.getClientRects().length > 0).length;
    const narrow = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(programme())}></sx-events>`,
      420,
    );
    const wide = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(programme())}></sx-events>`,
      900,
    );
    // Same window, different element widths.
    expect(summaryShown(narrow)).to.equal(0);
    expect(summaryShown(wide)).to.equal(5);
    const card = (element: SxEvents) => part(element, 'item').getBoundingClientRect().height;
    expect(card(narrow)).to.be.below(card(wide) + 40);
    const opened = await expand(narrow, '人工智能科普讲座');
    expect(
      [...opened.querySelectorAll<HTMLElement>('[part~=item-summary]')].filter(
        (node) => node.getClientRects().length > 0,
      ),
    ).to.have.length(1);
  });

  it('one meta line: time, city, cost (nothing when unknown, the price when paid)', async () => {
    const [ai, , health] = programme();
    const unknown = { ...ai!, id: 'unknown-cost', title: '费用未知', free: undefined };
    const paid = { ...health!, id: 'paid', title: '收费讲座', price: '20元/人' };
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient([unknown, paid])}></sx-events>`,
    );
    const meta = (title: string) =>
      itemOf(element, title).querySelector('[part~=item-meta]')!.textContent!.replace(/\s+/g, ' ');
    expect(meta('费用未知')).to.not.contain('免费').and.not.contain('收费');
    expect(meta('收费讲座')).to.contain('20元/人');
    // Icons are decoration.
    for (const icon of element.shadowRoot!.querySelectorAll('[part~=item-meta] svg')) {
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('keeps dates, counts and short bracketed phrases whole', async () => {
    const event = {
      ...programme()[0]!,
      title: '机器学习入门（人工智能方向）',
      registration: { required: true, capacity: 40 },
    };
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient([event])}></sx-events>`,
      343,
    );
    const nowrap = [...element.shadowRoot!.querySelectorAll('.sx-nowrap')].map(
      (n) => n.textContent,
    );
    expect(nowrap).to.include('（人工智能方向）');
    await expand(element, '机器学习入门');
    const runs = [...element.shadowRoot!.querySelectorAll('.sx-nowrap')].map((n) => n.textContent);
    expect(runs).to.include('5月30日');
    expect(runs).to.include('40 人');
    const meta = part(element, 'item-meta').querySelector('.meta-part:last-child span:not(.sep)')!;
    expect(getComputedStyle(meta).whiteSpace).to.equal('nowrap');
  });

  it('status and sample badges never break inside a word on a 375 px phone, in both languages', async () => {
    /** The badges' word pieces that the layout split over two lines ("Upcomin/g"). */
    const brokenWords = (element: SxEvents, lang: string) => {
      const words = new Intl.Segmenter(lang, { granularity: 'word' });
      const broken: string[] = [];
      for (const badge of element.shadowRoot!.querySelectorAll('.badges > *')) {
        const texts = document.createTreeWalker(badge, NodeFilter.SHOW_TEXT);
        while (texts.nextNode()) {
          const text = texts.currentNode as Text;
          for (const { segment, index, isWordLike } of words.segment(text.data)) {
            if (!isWordLike) continue;
            const range = document.createRange();
            range.setStart(text, index);
            range.setEnd(text, index + segment.length);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (tops.size > 1) broken.push(segment);
          }
        }
      }
      return broken;
    };
    // The 28th, mid-afternoon: one event on now, an exhibition running, the rest upcoming.
    const now = '2025-05-28T15:30:00+08:00';
    for (const lang of ['en', 'zh-CN']) {
      const element = await render(
        html`<sx-events
          now=${now}
          lang=${lang}
          .client=${memoryClient([...programme(), exhibition()])}
        ></sx-events>`,
        343,
      );
      const statuses = new Set(parts(element, 'item').map((item) => item.className));
      expect([...statuses].join(' '), lang)
        .to.include('ongoing')
        .and.include('upcoming');
      expect(brokenWords(element, lang), lang).to.deep.equal([]);
      // The embedded edition adds the "sample" badge.
      const sample = await render(html`<sx-events now=${now} lang=${lang}></sx-events>`, 343);
      expect(sample.shadowRoot!.querySelector('.badges .sx-sample'), lang).to.exist;
      expect(brokenWords(sample, lang), lang).to.deep.equal([]);
    }
  });

  it('every heading is in the accessibility tree: laid out, not skipped by content-visibility', async () => {
    const element = await render(html`<sx-events now=${BEFORE_WEEK} limit="40"></sx-events>`, 375);
    const headings = parts(element, 'item-title');
    expect(headings.length).to.be.greaterThan(20);
    for (const heading of headings) {
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(heading.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    }
  });
});

describe('<sx-events> all-day and multi-day events', () => {
  it('a multi-day event shows its range, an all-day one 全天', async () => {
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${memoryClient([exhibition(), allDay(), ...programme()])}
      ></sx-events>`,
    );
    const time = (title: string) => itemOf(element, title).querySelector('time')!;
    // The range is the date block's ("5月 24 –6月8日", hidden from screen readers): the meta line
    // shows the hours and says the range unseen, so each is seen once and read once (#15).
    const range = time('科技创新成果展');
    expect([...range.querySelectorAll('.sx-nowrap')].map((run) => run.textContent)).to.deep.equal([
      '每天 09:00–17:00',
    ]);
    expect(range.querySelector('.sx-visually-hidden')!.textContent).to.equal('5月24日–6月8日 · ');
    expect(range.textContent).to.equal('5月24日–6月8日 · 每天 09:00–17:00');
    // The card shows 全天 by its date block; the day is said to screen readers.
    expect(time('全天开放日').textContent).to.equal('5月30日 周五 全天');
    expect(time('全天开放日').querySelector('.sx-visually-hidden')!.textContent).to.equal(
      '5月30日 周五 ',
    );
  });

  it("the agenda lists a multi-day event on every day, after that day's own events", async () => {
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        view="agenda"
        to="2025-05-31"
        .client=${memoryClient([exhibition(), allDay(), ...programme()])}
      ></sx-events>`,
    );
    // A later day's line of a multi-day event (#15) reads "续:" here.
    const groups = parts(element, 'group').map((group) => [
      group.querySelector('[part~=group-heading]')!.textContent!.trim(),
      [...group.querySelectorAll('[part~=item-title], [part~=continues]')].map(
        (t) => (t.matches('[part~=continues]') ? '续:' : '') + t.textContent!.trim(),
      ),
    ]);
    expect(groups.map(([day]) => day)).to.deep.equal([
      '5月24日 周六',
      '5月25日 周日',
      '5月26日 周一',
      '5月27日 周二',
      '5月28日 周三',
      '5月29日 周四',
      '5月30日 周五',
      '5月31日 周六',
    ]);
    expect(groups[0]![1]).to.include('科技创新成果展');
    for (const [, list] of groups.slice(1)) expect(list).to.include('续:科技创新成果展');
    const day30 = groups.find(([day]) => day === '5月30日 周五')![1];
    expect(day30).to.deep.equal([
      '青少年机器人工作坊',
      '人工智能科普讲座',
      '全天开放日',
      '续:科技创新成果展',
    ]);
    const rails = parts(element, 'group')
      .flatMap((group) => [...group.querySelectorAll('[part~=item]')])
      .filter((item) => item.textContent!.includes('科技创新成果展') && item.querySelector('.rail'))
      .map((item) => item.querySelector('.rail')!.textContent!.trim());
    expect(new Set(rails)).to.deep.equal(new Set(['每天 09:00–17:00']));
    const allDayRail = parts(element, 'item')
      .find((item) => item.textContent!.includes('全天开放日'))!
      .querySelector('.rail')!;
    expect(allDayRail.textContent!.trim()).to.equal('全天');
    await expect(element).to.be.accessible();
  });
});

describe('<sx-events> sharing', () => {
  let original: string;
  beforeEach(() => (original = location.href));
  afterEach(() => history.replaceState(history.state, '', original));

  it('shares the page without its preview parameters', async () => {
    const url = new URL(location.href);
    url.searchParams.set('now', '2025-05-30T10:00:00+08:00');
    url.searchParams.set('theme', 'dark');
    url.searchParams.set('lang', 'en');
    url.searchParams.set('page', '2');
    history.replaceState(history.state, '', url);
    const event = { ...programme()[0]!, url: undefined };
    const shares: SxShareEvent[] = [];
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        theme="dark"
        .client=${memoryClient([event])}
        @sx-share=${(e: SxShareEvent) => {
          e.preventDefault();
          shares.push(e);
        }}
      ></sx-events>`,
    );
    const expanded = await expand(element, event.title);
    [...expanded.querySelectorAll('button')].find((b) => b.textContent!.includes('分享'))!.click();
    await waitUntil(() => shares.length > 0, 'no sx-share');
    const shared = new URL(shares[0]!.url);
    expect([...shared.searchParams.keys()]).to.not.include.members(['now', 'theme', 'lang']);
    expect(shared.searchParams.get('page')).to.equal('2');
    expect(shared.pathname).to.equal(location.pathname);
  });

  it('shareUrl leaves other addresses exactly as they are', () => {
    expect(shareUrl('https://a.example/p?x=a%20b#f')).to.equal('https://a.example/p?x=a%20b#f');
    expect(shareUrl('https://a.example/p?now=1&x=2&sx-theme=dark#f')).to.equal(
      'https://a.example/p?x=2#f',
    );
    expect(shareUrl('not a url')).to.equal('not a url');
  });
});

describe('<sx-events> in English', () => {
  it('uses the English fields, and marks Chinese-only text lang="zh-CN"', async () => {
    const event = {
      ...programme()[0]!,
      titleEn: undefined,
      venue: {
        name: '山西省科学技术馆',
        nameEn: 'Shanxi Science and Technology Museum',
        address: '太原市长风街',
        addressEn: 'Changfeng Street, Taiyuan',
        lat: 37.8,
        lng: 112.5,
      },
      online: {
        url: 'https://example.org/live',
        platform: '直播平台',
        platformEn: 'Live platform',
      },
      accessibility: '设有无障碍通道',
      summary: '只有中文的简介',
      summaryEn: undefined,
    };
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} lang="en" .client=${memoryClient([event])}></sx-events>`,
    );
    expect(part(element, 'item-title').querySelector('bdi')!.getAttribute('lang')).to.equal(
      'zh-CN',
    );
    const item = await expand(element, event.title);
    const text = item.textContent!;
    expect(text).to.contain('Changfeng Street, Taiyuan').and.contain('Live platform');
    expect(text).to.not.contain('太原市长风街');
    const marked = [...item.querySelectorAll('[lang="zh-CN"]')].map((n) => n.textContent!.trim());
    expect(marked).to.include('设有无障碍通道');
    expect(marked).to.include('只有中文的简介');
    expect(marked).to.not.include('Changfeng Street, Taiyuan');
    expect(item.querySelector('[part~=star]')!.textContent).to.contain('Save');
    await expect(element).to.be.accessible();
  });
});

describe('<sx-events> empty states', () => {
  it('every empty state offers to clear the filters', async () => {
    const edition = testEdition({ sample: false, id: 'empty-states' });
    // A visitor's search.
    const searched = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${memoryClient(programme(), { edition })}
      ></sx-events>`,
    );
    typeSearch(searched, '不存在');
    await searched.updateComplete;
    expect(parts(searched, 'clear-filters')).to.have.length(1);
    // An empty plan.
    tick(part(searched, 'filter-plan'));
    typeSearch(searched, '');
    await searched.updateComplete;
    expect(part(searched, 'empty').textContent).to.contain('收藏');
    part(searched, 'clear-filters').click();
    await searched.updateComplete;
    expect(titles(searched)).to.have.length(5);
    // The page's own preset.
    const preset = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        q="不存在"
        .client=${memoryClient(programme(), { edition })}
      ></sx-events>`,
    );
    part(preset, 'clear-filters').click();
    await preset.updateComplete;
    expect(titles(preset)).to.have.length(5);
  });
});

describe('<sx-events> axe in every state, light and dark', function () {
  this.timeout(30_000);
  const client = () => memoryClient([exhibition(), allDay(), ...programme()]);
  for (const theme of ['light', 'dark']) {
    it(`${theme}: list, then expanded`, async () => {
      const list = await render(
        html`<sx-events now=${BEFORE_WEEK} theme=${theme} .client=${client()}></sx-events>`,
      );
      await expect(list).to.be.accessible();
      await expand(list, '人工智能科普讲座');
      await expect(list).to.be.accessible();
    });

    for (const view of ['agenda', 'compact']) {
      it(`${theme}: ${view}`, async () => {
        const other = await render(
          html`<sx-events
            now=${BEFORE_WEEK}
            theme=${theme}
            view=${view}
            .client=${client()}
          ></sx-events>`,
        );
        await expect(other).to.be.accessible();
      });
    }

    it(`${theme}: a phone, expanded`, async () => {
      const narrow = await render(
        html`<sx-events now=${BEFORE_WEEK} theme=${theme} .client=${client()}></sx-events>`,
        343,
      );
      await expand(narrow, '航天模型展');
      await expect(narrow).to.be.accessible();
    });

    it(`${theme}: empty`, async () => {
      const empty = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          theme=${theme}
          q="没有"
          .client=${client()}
        ></sx-events>`,
      );
      await expect(empty).to.be.accessible();
    });
  }
});
