import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SxEvents } from '../../widgets/events/events.js';
import { eventMatcher } from '../../src/query/event-match.js';
import type { SxFilterChangeEvent } from '../../widgets/events/custom-events.js';
import type { SxLoadEvent } from '../../widgets/shared/events.js';
import { testEdition } from '../support/fixture-edition.js';
import {
  BEFORE_WEEK,
  choose,
  expand,
  itemOf,
  manyEvents,
  memoryClient,
  part,
  parts,
  programme,
  tick,
  titles,
  typeSearch,
} from './events-fixtures.js';

async function render(template: ReturnType<typeof html>): Promise<SxEvents> {
  const element = await fixture<SxEvents>(template);
  element.debounce = 0;
  await element.loaded;
  return element;
}

describe('<sx-events>', () => {
  it('is defined', () => {
    expect(customElements.get('sx-events')).to.equal(SxEvents);
    expect(document.createElement('sx-events')).to.be.instanceOf(SxEvents);
  });

  it('shows the embedded programme by default, 20 at a time, each with its time in text', async () => {
    let load: SxLoadEvent | undefined;
    const element = await fixture<SxEvents>(
      html`<sx-events now=${BEFORE_WEEK} @sx-load=${(e: SxLoadEvent) => (load = e)}></sx-events>`,
    );
    await element.loaded;
    expect(load!.counts['events']).to.be.greaterThan(20);
    expect(parts(element, 'item')).to.have.length(20);
    expect(part(element, 'summary').textContent).to.contain(
      `找到 ${load!.counts['events']} 场活动`,
    );
    const first = parts(element, 'item')[0]!;
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.match(/^2025-05-2\dT/);
    // The whole time, in words, also where the card shows the day in its date block.
    expect(time.textContent).to.match(/^5月2\d日/);
    // The embedded edition is sample data and says so, on the list and on each record.
    expect(part(element, 'sample-notice').textContent).to.contain('示例数据');
    expect(first.querySelector('[part~=sample]')!.textContent).to.equal('示例数据');
    expect(part(element, 'load-more').textContent).to.contain('显示更多');
  });

  it('renders feed text as text, and only safe URLs as links', async () => {
    const [event] = programme();
    const hostile = {
      ...event!,
      title: '<img src=x onerror="window.__pwned=1">讲座',
      registration: { required: true, url: 'javascript:alert(1)' },
      url: 'https://example.org/ok',
    };
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient([hostile])}></sx-events>`,
    );
    const item = parts(element, 'item')[0]!;
    expect(item.querySelector('img')).to.equal(null);
    expect(titles(element)[0]).to.equal('<img src=x onerror="window.__pwned=1">讲座');
    const hrefs = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((href) => href!.startsWith('javascript:'))).to.equal(false);
    for (const link of item.querySelectorAll('a[target=_blank]')) {
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  });

  describe('attributes', () => {
    const client = () => memoryClient(programme());

    it('city shows that city, its counties included', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} city="140100" .client=${client()}></sx-events>`,
      );
      expect(titles(element)).to.have.members([
        '食品安全线上直播',
        '青少年机器人工作坊',
        '人工智能科普讲座',
      ]);
      expect((part(element, 'filter-city') as HTMLSelectElement).value).to.equal('140100');
    });

    it('topic, audience and category narrow the list', async () => {
      const topic = await render(
        html`<sx-events now=${BEFORE_WEEK} topic="ai" .client=${client()}></sx-events>`,
      );
      expect(titles(topic)).to.deep.equal(['青少年机器人工作坊', '人工智能科普讲座']);
      const audience = await render(
        html`<sx-events now=${BEFORE_WEEK} audience="rural" .client=${client()}></sx-events>`,
      );
      expect(titles(audience)).to.deep.equal(['健康生活讲座']);
      const category = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          category="exhibition,hands-on"
          .client=${client()}
        ></sx-events>`,
      );
      expect(titles(category)).to.deep.equal(['航天模型展', '青少年机器人工作坊']);
    });

    it('from and to bound the days (and the day filter offers only those days)', async () => {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          from="2025-05-29"
          to="2025-05-30"
          .client=${client()}
        ></sx-events>`,
      );
      expect(titles(element)).to.deep.equal(['青少年机器人工作坊', '人工智能科普讲座']);
      const days = [...(part(element, 'filter-day') as HTMLSelectElement).options].map(
        (o) => o.value,
      );
      expect(days).to.deep.equal(['', '2025-05-29', '2025-05-30']);
    });

    it('q sets the initial search', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} q="航天" .client=${client()}></sx-events>`,
      );
      expect(titles(element)).to.deep.equal(['航天模型展']);
      expect((part(element, 'search') as HTMLInputElement).value).to.equal('航天');
    });

    it('limit sets the page size', async () => {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          limit="6"
          .client=${memoryClient(manyEvents(15))}
        ></sx-events>`,
      );
      expect(parts(element, 'item')).to.have.length(6);
      expect(part(element, 'load-more').textContent).to.contain('还有 9 场');
    });

    it('a bad value warns once and falls back', async () => {
      const original = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => void warnings.push(message);
      try {
        const element = await render(
          html`<sx-events
            now=${BEFORE_WEEK}
            limit="-3"
            view="grid"
            time-zone="mars"
            .client=${memoryClient(manyEvents(25))}
          ></sx-events>`,
        );
        element.requestUpdate();
        await element.updateComplete;
        expect(parts(element, 'item')).to.have.length(20);
        expect(element.view).to.equal('list');
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.includes('limit'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('view'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('time-zone'))).to.have.length(1);
    });

    it('view="agenda" groups by day under headings, with a time rail', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} view="agenda" .client=${client()}></sx-events>`,
      );
      const headings = parts(element, 'group-heading');
      expect(headings.map((h) => h.textContent!.trim())).to.deep.equal([
        '5月24日 周六',
        '5月28日 周三',
        '5月30日 周五',
        '5月31日 周六',
      ]);
      expect(headings[0]!.localName).to.equal('h3');
      expect(parts(element, 'item-title')[0]!.localName).to.equal('h4');
      expect(parts(element, 'list')).to.have.length(4);
      expect(element.shadowRoot!.querySelector('.rail-start')!.textContent).to.equal('09:00');
    });

    it('agenda lists an event running for days under today, not under its past first day', async () => {
      const [first] = programme();
      const exhibition = {
        ...first!,
        id: 'week-long',
        title: '全周展览',
        start: '2025-05-24T09:00:00+08:00',
        end: '2025-06-01T17:00:00+08:00',
      };
      const element = await render(
        html`<sx-events
          now="2025-05-30T12:00:00+08:00"
          view="agenda"
          .client=${memoryClient([exhibition, ...programme()])}
        ></sx-events>`,
      );
      const groups = parts(element, 'group').map((group) => [
        group.querySelector('[part~=group-heading]')!.textContent!.trim(),
        [...group.querySelectorAll('[part~=item-title], [part~=continues]')].map(
          (t) => (t.matches('[part~=continues]') ? '续:' : '') + t.textContent!.trim(),
        ),
      ]);
      // Under every day it runs from today, after that day's own events: the full card on the
      // first day shown, one "continues" line on each later day (#15).
      expect(groups).to.deep.equal([
        ['5月30日 周五', ['人工智能科普讲座', '全周展览']],
        ['5月31日 周六', ['健康生活讲座', '续:全周展览']],
        ['6月1日 周日', ['续:全周展览']],
      ]);
      const lines = parts(element, 'continues-item');
      // The whole line, for a screen reader at any width (a narrow widget shows a short form).
      expect(
        lines.map((line) =>
          line.querySelector('.continues-long')!.textContent!.replace(/\s+/g, ' ').trim(),
        ),
      ).to.deep.equal([
        '持续中 · 5月24日–6月1日 · 每天 09:00–17:00',
        '持续中 · 5月24日–6月1日 · 每天 09:00–17:00',
      ]);
      // The line unfolds the card in its place, under its own day (#15).
      lines[1]!.querySelector<HTMLElement>('[part~=continues]')!.click();
      await element.updateComplete;
      await element.updateComplete;
      const focused = element.shadowRoot!.activeElement as HTMLElement;
      expect(focused.matches('[part~=more]')).to.equal(true);
      expect(focused.getAttribute('aria-expanded')).to.equal('true');
      const card = focused.closest('[part~=item]')!;
      expect(card.querySelector('[part~=item-title]')!.textContent!.trim()).to.equal('全周展览');
      expect(focused.closest('[part~=group]')).to.equal(parts(element, 'group')[2]);
      focused.click();
      await element.updateComplete;
      // Its time on 30 May is what it is that day, not a bare "09:00" as if it began then.
      const rail = parts(element, 'group')[0]!
        .querySelectorAll('[part~=item]')[1]!
        .querySelector('.rail')!;
      expect(rail.textContent!.trim()).to.equal('每天 09:00–17:00');
      const meta = parts(element, 'group')[0]!.querySelectorAll('[part~=item-meta]')[1]!;
      // The rail shows the hours (hidden from screen readers): the meta line shows the range and
      // says the hours unseen, each seen once and read once (#15).
      expect(
        [...meta.querySelectorAll('time .sx-nowrap')].map((run) => run.textContent),
      ).to.deep.equal(['5月24日–6月1日']);
      expect(meta.querySelector('time')!.textContent).to.equal('5月24日–6月1日 · 每天 09:00–17:00');
    });

    it('view="compact" drops summaries, chips and secondary actions', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} view="compact" .client=${client()}></sx-events>`,
      );
      expect(parts(element, 'item')).to.have.length(5);
      expect(parts(element, 'item-summary')).to.have.length(0);
      expect(parts(element, 'chip')).to.have.length(0);
      expect(parts(element, 'item')[0]!.textContent).to.contain('加入日历');
    });

    it('group-by="city" groups under city headings in the edition\'s order', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} group-by="city" .client=${client()}></sx-events>`,
      );
      expect(parts(element, 'group-heading').map((h) => h.textContent!.trim())).to.deep.equal([
        '太原市',
        '大同市',
        '长治市',
      ]);
    });

    it('heading-level moves the headings', async () => {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          group-by="day"
          heading-level="2"
          .client=${client()}
        ></sx-events>`,
      );
      expect(parts(element, 'group-heading')[0]!.localName).to.equal('h2');
      expect(parts(element, 'item-title')[0]!.localName).to.equal('h3');
    });

    it('filters chooses the controls, "none" hides the bar', async () => {
      const some = await render(
        html`<sx-events now=${BEFORE_WEEK} filters="search,free" .client=${client()}></sx-events>`,
      );
      expect(parts(some, 'search')).to.have.length(1);
      expect(parts(some, 'filter-free')).to.have.length(1);
      expect(parts(some, 'filter-city')).to.have.length(0);
      expect(parts(some, 'filter-plan')).to.have.length(0);
      const none = await render(
        html`<sx-events now=${BEFORE_WEEK} filters="none" .client=${client()}></sx-events>`,
      );
      expect(parts(none, 'filters')).to.have.length(0);
    });

    it('hides ended events during the week unless show-past', async () => {
      const during = '2025-05-30T12:00:00+08:00';
      const hidden = await render(html`<sx-events now=${during} .client=${client()}></sx-events>`);
      expect(titles(hidden)).to.deep.equal(['人工智能科普讲座', '健康生活讲座']);
      const shown = await render(
        html`<sx-events now=${during} show-past .client=${client()}></sx-events>`,
      );
      expect(titles(shown)).to.have.length(5);
      expect(parts(shown, 'status-ended')).to.have.length(3);
      // After the week everything has ended: the programme stays visible as an archive.
      const after = await render(
        html`<sx-events now="2025-07-01T00:00:00+08:00" .client=${client()}></sx-events>`,
      );
      expect(titles(after)).to.have.length(5);
    });

    it('shows the status of each event', async () => {
      const element = await render(
        html`<sx-events now="2025-05-30T15:00:00+08:00" show-past .client=${client()}></sx-events>`,
      );
      const statusOf = (title: string) =>
        parts(element, 'item')
          .find((item) => item.textContent!.includes(title))!
          .querySelector('[part~=status]')!.textContent;
      expect(statusOf('人工智能科普讲座')).to.equal('进行中');
      expect(statusOf('健康生活讲座')).to.equal('即将开始');
      expect(statusOf('航天模型展')).to.equal('已结束');
    });

    it('lang="en" (or an English ancestor) shows English names and strings', async () => {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          lang="en"
          city="140200"
          .client=${client()}
        ></sx-events>`,
      );
      expect(titles(element)).to.deep.equal(['Space models on show']);
      const item = await expand(element, 'Space models on show');
      expect(item.querySelector('time')!.textContent).to.equal('Sat 24 May, 09:00–17:00');
      expect(item.textContent).to.contain('Datong Science Museum');
      expect(item.textContent).to.contain('Aerospace');
      expect(part(element, 'summary').textContent).to.contain('1 event found');
    });

    it('switches to English when the page does, once its strings have arrived', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} city="140200" .client=${client()}></sx-events>`,
      );
      expect(part(element, 'summary').textContent).to.contain('找到 1 场活动');
      element.lang = 'en';
      // The English catalog may still be on its way: Chinese stays until it is here.
      await waitUntil(
        () => part(element, 'summary').textContent!.includes('1 event found'),
        'the English strings never came',
      );
      expect(titles(element)).to.deep.equal(['Space models on show']);
      expect(part(element, 'base').getAttribute('lang')).to.equal('en');
    });

    it('each item says where, who, for whom, and whether it is free or needs registration', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
      );
      // The card says time, city, cost and registration; its expanded view says the rest.
      expect(itemOf(element, '人工智能科普讲座').querySelector('[part~=item-meta]')!.textContent)
        .to.contain('太原市')
        .and.contain('免费')
        .and.contain('需报名');
      const texts = new Map<string, string>();
      for (const title of ['人工智能科普讲座', '食品安全线上直播', '健康生活讲座', '航天模型展']) {
        texts.set(title, (await expand(element, title)).textContent!);
      }
      const text = (title: string) => texts.get(title)!;
      expect(text('人工智能科普讲座')).to.contain('山西省科学技术馆').and.contain('太原市');
      expect(text('人工智能科普讲座')).to.contain('需报名').and.contain('限 40 人');
      expect(text('人工智能科普讲座')).to.contain('示例主办单位');
      expect(text('食品安全线上直播')).to.contain('线上');
      expect(text('健康生活讲座')).to.contain('收费').and.contain('农村群众');
      expect(text('航天模型展')).to.contain('青少年').and.contain('免费').and.contain('无需报名');
    });
  });

  describe('filter bar', () => {
    it('filters by city, topic, day, free, youth and search, firing sx-filter-change', async () => {
      const changes: SxFilterChangeEvent[] = [];
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          .client=${memoryClient(programme())}
          @sx-filter-change=${(e: SxFilterChangeEvent) => changes.push(e)}
        ></sx-events>`,
      );
      choose(part(element, 'filter-city'), '140100');
      await element.updateComplete;
      expect(titles(element)).to.have.length(3);
      expect(changes.at(-1)!.filters.city).to.equal('140100');
      expect(changes.at(-1)!.count).to.equal(3);

      choose(part(element, 'filter-topic'), 'ai');
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['青少年机器人工作坊', '人工智能科普讲座']);

      tick(part(element, 'filter-youth'));
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['青少年机器人工作坊']);

      tick(part(element, 'filter-youth'));
      choose(part(element, 'filter-city'), '');
      choose(part(element, 'filter-topic'), '');
      choose(part(element, 'filter-day'), '2025-05-24');
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['航天模型展']);

      choose(part(element, 'filter-day'), '');
      tick(part(element, 'filter-free'));
      await element.updateComplete;
      expect(titles(element)).to.not.include('健康生活讲座');

      tick(part(element, 'filter-free'));
      typeSearch(element, '直播');
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['食品安全线上直播']);
      expect(changes.at(-1)!.filters.q).to.equal('直播');
      expect(part(element, 'summary').textContent).to.contain('找到 1 场活动');
    });

    it('waits for the visitor to stop typing before searching (injectable debounce)', async () => {
      const changes: SxFilterChangeEvent[] = [];
      const element = await fixture<SxEvents>(
        html`<sx-events
          now=${BEFORE_WEEK}
          .client=${memoryClient(programme())}
          @sx-filter-change=${(e: SxFilterChangeEvent) => changes.push(e)}
        ></sx-events>`,
      );
      await element.loaded;
      // A long debounce: typing changes nothing until Enter commits the search.
      element.debounce = 60_000;
      typeSearch(element, '航');
      typeSearch(element, '航天');
      await element.updateComplete;
      expect(titles(element)).to.have.length(5);
      expect(changes).to.have.length(0);
      const input = part(element, 'search') as HTMLInputElement;
      input.form!.requestSubmit();
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['航天模型展']);
      expect(changes).to.have.length(1);
    });

    it('announces the result count once filtering has settled', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(programme())}></sx-events>`,
      );
      const live = element.shadowRoot!.querySelector('[aria-live=polite]')!;
      expect(live.textContent!.trim()).to.equal('');
      choose(part(element, 'filter-topic'), 'health');
      await element.updateComplete;
      expect(live.textContent!.trim()).to.equal('找到 1 场活动');
    });

    it('answers a search typed as soon as a big list shows, exactly, once its texts are ready', async () => {
      // A big list's search texts are prepared after its first items: a search typed before
      // then waits for them (no long task), and then shows and announces exactly its matches,
      // those the SDK's own matcher finds record by record.
      const events = manyEvents(3000);
      const element = await fixture<SxEvents>(
        html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(events)}></sx-events>`,
      );
      element.debounce = 0;
      await waitUntil(() => parts(element, 'item').length > 0, 'the first items', {
        timeout: 5000,
      });
      typeSearch(element, '活动 29');
      await element.loaded;
      const expected = events.filter(eventMatcher({ text: '活动 29' }, testEdition()));
      expect(expected.length).to.be.within(111, 2999);
      expect(element.matchingEvents.map((event) => event.id)).to.deep.equal(
        expected.map((event) => event.id),
      );
      expect(titles(element)[0]).to.equal('活动 29');
      expect(part(element, 'summary').textContent).to.contain(`共 ${expected.length} 场`);
      const live = element.shadowRoot!.querySelector('[aria-live=polite]')!;
      expect(live.textContent!.trim()).to.equal(`找到 ${expected.length} 场活动`);
    });

    it('fires no sx-filter-change for programmatic changes', async () => {
      let fired = 0;
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          .client=${memoryClient(programme())}
          @sx-filter-change=${() => fired++}
        ></sx-events>`,
      );
      element.city = '140200';
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['航天模型展']);
      expect(fired).to.equal(0);
    });

    it('shows what to change when nothing matches, and clears the filters', async () => {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          city="140100"
          .client=${memoryClient(programme())}
        ></sx-events>`,
      );
      typeSearch(element, '不存在的活动');
      await element.updateComplete;
      const empty = part(element, 'empty');
      expect(empty.textContent).to.contain('没有符合条件的活动');
      expect(empty.textContent).to.contain('试试其他城市');
      part(element, 'clear-filters').click();
      await element.updateComplete;
      // Back to the element's own preset (Taiyuan), not to everything.
      expect(titles(element)).to.have.length(3);
      expect((part(element, 'search') as HTMLInputElement).value).to.equal('');
    });

    it('folds the filters behind a disclosure button on a narrow widget', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '360px';
      const element = await fixture<SxEvents>(
        html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(programme())}></sx-events>`,
        { parentNode: wrapper },
      );
      await element.loaded;
      const toggle = part(element, 'filters-toggle');
      const panel = element.shadowRoot!.querySelector<HTMLElement>('.filter-panel')!;
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(panel).display).to.equal('none');
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(panel).display).to.not.equal('none');
      await expect(element).to.be.accessible();
    });

    it('shows every control at full width without the disclosure button', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '1100px';
      const element = await fixture<SxEvents>(
        html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(programme())}></sx-events>`,
        { parentNode: wrapper },
      );
      await element.loaded;
      expect(getComputedStyle(part(element, 'filters-toggle')).display).to.equal('none');
      expect(getComputedStyle(part(element, 'search')).display).to.not.equal('none');
    });
  });

  describe('paging', () => {
    it('loads more on request and keeps the rendered rows bounded', async () => {
      const element = await render(
        html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(manyEvents(5000))}></sx-events>`,
      );
      expect(parts(element, 'item')).to.have.length(20);
      part(element, 'load-more').click();
      await element.updateComplete;
      expect(parts(element, 'item')).to.have.length(40);
      expect(part(element, 'summary').textContent).to.contain('显示 40 场 / 共 5000 场');
      // A new filter starts again from the first page.
      typeSearch(element, '活动 1');
      await element.updateComplete;
      expect(parts(element, 'item')).to.have.length(20);
    });

    it('moves focus to the first new item after "load more"', async () => {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          limit="5"
          .client=${memoryClient(manyEvents(12))}
        ></sx-events>`,
      );
      part(element, 'load-more').click();
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      const focused = element.shadowRoot!.activeElement!;
      expect(focused.getAttribute('part')).to.equal('item-title');
      expect(focused.textContent!.trim()).to.equal('活动 5');
    });

    it('keeps focus on a control across re-renders (keyed items)', async () => {
      // Its own edition id: the star's plan must not reach the other test files' pages, which
      // share this origin's localStorage.
      const edition = testEdition({ sample: false, id: 'focus-test' });
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          .client=${memoryClient(programme(), { edition })}
        ></sx-events>`,
      );
      const star = parts(element, 'star')[2]!;
      star.focus();
      star.click();
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(star);
      expect(star.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  it('reloads when src changes', async () => {
    const edition = testEdition({ sample: false });
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${memoryClient(programme(), { edition })}
      ></sx-events>`,
    );
    expect(titles(element)).to.have.length(5);
    element.client = memoryClient(manyEvents(3), { edition });
    await element.updateComplete;
    await element.loaded;
    expect(titles(element)).to.deep.equal(['活动 0', '活动 1', '活动 2']);
  });
});
