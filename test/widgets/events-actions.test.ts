import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/events/events.js';
import type {
  SxCalendarDownloadEvent,
  SxEventStarEvent,
  SxMapOpenEvent,
  SxRegisterEvent,
  SxShareEvent,
} from '../../widgets/events/custom-events.js';
import { planKey } from '../../widgets/events/my-plan.js';
import { testEdition } from '../support/fixture-edition.js';
import {
  BEFORE_WEEK,
  choose,
  clearPlans,
  memoryClient,
  part,
  parts,
  programme,
  expand,
  tick,
  titles,
} from './events-fixtures.js';

async function render(template: ReturnType<typeof html>): Promise<SxEvents> {
  const element = await fixture<SxEvents>(template);
  element.debounce = 0;
  await element.loaded;
  return element;
}

const client = () => memoryClient(programme());

/** The part names of the element focused inside the widget (or the checkbox's label part). */
function focusedPart(element: SxEvents): string {
  const active = element.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return '(none)';
  return (
    active.getAttribute('part') ??
    active.closest('[part]')?.getAttribute('part') ??
    active.localName
  );
}

function item(element: SxEvents, title: string): HTMLElement {
  return parts(element, 'item').find((node) => node.textContent!.includes(title))!;
}

beforeEach(() => clearPlans());

describe('<sx-events> keyboard', () => {
  it('reaches every control in reading order with Tab', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} time-zone="both" .client=${client()}></sx-events>`,
    );
    (part(element, 'search') as HTMLInputElement).focus();
    const order = [focusedPart(element)];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focusedPart(element));
    }
    expect(order).to.deep.equal([
      'search',
      'filter-city',
      'filter-topic',
      'filter-day',
      'filter-free',
      'filter-youth',
      'filter-plan',
      // First item (航天模型展, 24 May): the star, on the title's line, then its one primary
      // action and "更多" below (the order they are seen in, top to bottom); the rest stays
      // folded until asked for.
      'action star',
      'action primary-action', // add to calendar
      'action more',
      'action star', // next item
      'action primary-action',
      'action more',
    ]);
  });

  it('stars with Enter and downloads with Space', async () => {
    const downloads: SxCalendarDownloadEvent[] = [];
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${client()}
        @sx-calendar-download=${(e: SxCalendarDownloadEvent) => {
          e.preventDefault();
          downloads.push(e);
        }}
      ></sx-events>`,
    );
    const star = parts(element, 'star')[0]!;
    star.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    const calendar = [...item(element, '航天模型展').querySelectorAll('button')].find((b) =>
      b.textContent!.includes('加入日历'),
    )!;
    calendar.focus();
    const fired = oneEvent(element, 'sx-calendar-download');
    await sendKeys({ press: 'Space' });
    await fired;
    expect(downloads).to.have.length(1);
    expect(downloads[0]!.events.map((e) => e.id)).to.deep.equal(['space-datong']);
  });
});

describe('<sx-events> calendar files', () => {
  it('builds one event per file, readable by a calendar parser', async () => {
    let request: SxCalendarDownloadEvent | undefined;
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${client()}
        @sx-calendar-download=${(e: SxCalendarDownloadEvent) => {
          e.preventDefault();
          request = e;
        }}
      ></sx-events>`,
    );
    // Its card offers 报名; adding to the calendar is in the expanded view.
    const expanded = await expand(element, '人工智能科普讲座');
    const button = [...expanded.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('加入日历'),
    )!;
    const fired = oneEvent(element, 'sx-calendar-download');
    button.click();
    await fired;
    expect(request!.filename).to.match(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(request!.ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).to.have.length(1);
    expect(events[0]!.summary).to.equal('人工智能科普讲座');
    expect(events[0]!.startDate.toJSDate().toISOString()).to.equal('2025-05-30T06:00:00.000Z');
    expect(events[0]!.location).to.contain('山西省科学技术馆');
  });

  it('downloads the file as a Blob when nobody handles the event', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
    );
    const blobs: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:sx-test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const button = [...item(element, '航天模型展').querySelectorAll('button')].find((b) =>
        b.textContent!.includes('加入日历'),
      )!;
      // The file is made by a module loaded on the first click: the download follows the event.
      const fired = oneEvent(element, 'sx-calendar-download');
      button.click();
      await fired;
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
    const text = await blobs[0]!.text();
    expect(text).to.contain('BEGIN:VCALENDAR').and.contain('SUMMARY:航天模型展');
    expect(clicked[0]!.download).to.match(/\.ics$/);
    expect(clicked[0]!.href).to.equal('blob:sx-test');
  });
});

describe('<sx-events> my plan', () => {
  it('keeps starred events across re-creation and downloads them as one file', async () => {
    const stars: SxEventStarEvent[] = [];
    const first = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${client()}
        @sx-event-star=${(e: SxEventStarEvent) => stars.push(e)}
      ></sx-events>`,
    );
    item(first, '航天模型展').querySelector<HTMLElement>('[part~=star]')!.click();
    item(first, '健康生活讲座').querySelector<HTMLElement>('[part~=star]')!.click();
    await first.updateComplete;
    expect(stars.map((e) => [e.event.id, e.starred])).to.deep.equal([
      ['space-datong', true],
      ['health-changzhi', true],
    ]);
    expect(JSON.parse(localStorage.getItem(planKey('shanxi-2025'))!)).to.deep.equal([
      'space-datong',
      'health-changzhi',
    ]);
    first.remove();

    let request: SxCalendarDownloadEvent | undefined;
    const second = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${client()}
        @sx-calendar-download=${(e: SxCalendarDownloadEvent) => {
          e.preventDefault();
          request = e;
        }}
      ></sx-events>`,
    );
    expect(
      item(second, '航天模型展').querySelector('[part~=star]')!.getAttribute('aria-pressed'),
    ).to.equal('true');
    tick(part(second, 'filter-plan'));
    await second.updateComplete;
    expect(titles(second)).to.deep.equal(['航天模型展', '健康生活讲座']);
    const fired = oneEvent(second, 'sx-calendar-download');
    part(second, 'plan-download').click();
    await fired;
    expect(request!.events.map((e) => e.id)).to.deep.equal(['space-datong', 'health-changzhi']);
    expect(request!.ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
  });

  it('says how to fill an empty plan', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
    );
    tick(part(element, 'filter-plan'));
    await element.updateComplete;
    expect(part(element, 'empty').textContent).to.contain('收藏');
  });
});

/** Runs `body` on a browser without the Web Share API, with a clipboard that records into `copied`. */
async function withoutWebShare(copied: string[], body: () => Promise<void>): Promise<void> {
  const nav = navigator as unknown as Record<string, unknown>;
  Object.defineProperty(nav, 'share', { value: undefined, configurable: true });
  Object.defineProperty(nav, 'clipboard', {
    value: { writeText: async (text: string) => void copied.push(text) },
    configurable: true,
  });
  try {
    await body();
  } finally {
    // Own properties shadowed the prototype's: deleting them brings the browser's back.
    delete nav['share'];
    delete nav['clipboard'];
  }
}

/** The share button of the 航天模型展 card, expanded. */
async function shareButton(element: SxEvents): Promise<HTMLButtonElement> {
  const expanded = await expand(element, '航天模型展');
  return [...expanded.querySelectorAll('button')].find((b) => b.textContent!.includes('分享'))!;
}

describe('<sx-events> links and sharing', () => {
  /** Stops link navigation (a test page must not open tabs) while letting the click bubble. */
  function holdLinks(element: SxEvents): void {
    element.shadowRoot!.addEventListener('click', (e) => e.preventDefault(), { capture: true });
  }

  it('fires sx-register and sx-map-open when a visitor follows those links', async () => {
    const registers: SxRegisterEvent[] = [];
    const maps: SxMapOpenEvent[] = [];
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${client()}
        @sx-register=${(e: SxRegisterEvent) => registers.push(e)}
        @sx-map-open=${(e: SxMapOpenEvent) => maps.push(e)}
      ></sx-events>`,
    );
    holdLinks(element);
    const ai = () => item(element, '人工智能科普讲座');
    // 报名 is the card's one primary action.
    const register = ai().querySelector<HTMLAnchorElement>('[part~=primary-action]')!;
    expect(register.textContent).to.contain('报名');
    expect(register.href).to.equal('https://example.org/register/ai');
    expect(register.target).to.equal('_blank');
    expect(register.rel).to.equal('noopener noreferrer');
    register.click();
    expect(registers.map((e) => e.url)).to.deep.equal(['https://example.org/register/ai']);
    // The map links are in the expanded view (their code loads with the first one).
    expect(ai().querySelector('a[href*="amap"]')).to.equal(null);
    const toggle = ai().querySelector<HTMLElement>('[part~=more]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expand(element, '人工智能科普讲座');
    await waitUntil(() => ai().querySelector('a[href*="amap"]'), 'the map links did not show');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = element.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('[part~=map-link]')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['高德地图', '百度地图']);
    expect(links[0]!.href).to.match(/^https:\/\/uri\.amap\.com\/marker\?position=/);
    expect(links[1]!.href).to.match(/^https:\/\/api\.map\.baidu\.com\/marker\?location=/);
    links[0]!.click();
    links[1]!.click();
    expect(maps.map((e) => e.provider)).to.deep.equal(['amap', 'baidu']);
    // Each link stays whole on one line.
    for (const link of links) expect(getComputedStyle(link).whiteSpace).to.equal('nowrap');
    // A second click folds the view again.
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(ai().querySelector('[part~=details]')).to.equal(null);
    // An online event has no map links.
    expect((await expand(element, '食品安全线上直播')).querySelector('[part~=map-link]')).to.equal(
      null,
    );
  });

  it('Escape closes the expanded view and gives focus back to "更多"', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
    );
    const space = () => item(element, '航天模型展');
    const toggle = space().querySelector<HTMLElement>('[part~=more]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => space().querySelector('a[href*="amap"]'), 'the view did not open');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
    // The expanded view is next in the tab order after "更多", the card's last action.
    await sendKeys({ press: 'Tab' });
    const inside = element.shadowRoot!.activeElement!;
    expect(inside.closest('[part~=details]')).to.not.equal(null);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await element.updateComplete;
    expect(space().querySelector('[part~=details]')).to.equal(null);
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape closes the folded filter panel and gives focus back to its button', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '360px';
    const element = await fixture<SxEvents>(
      html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
      { parentNode: wrapper },
    );
    await element.loaded;
    const toggle = part(element, 'filters-toggle');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    (part(element, 'filter-city') as HTMLSelectElement).focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('copies the link and confirms when the Web Share API is missing', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
    );
    const copied: string[] = [];
    const shares: SxShareEvent[] = [];
    element.addEventListener('sx-share', (e) => shares.push(e));
    await withoutWebShare(copied, async () => {
      (await shareButton(element)).click();
      // Sharing's code loads on the first share: wait for the copy, not for a fixed tick.
      await waitUntil(() => copied.length > 0, 'the link was never copied');
      await element.updateComplete;
    });
    expect(shares.map((e) => e.url)).to.deep.equal(['https://example.org/events/space-datong']);
    expect(copied).to.deep.equal(['https://example.org/events/space-datong']);
    expect(item(element, '航天模型展').querySelector('[role=status]')!.textContent).to.equal(
      '链接已复制',
    );
  });

  it('lets the page handle sharing by cancelling sx-share', async () => {
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${client()}
        @sx-share=${(e: SxShareEvent) => e.preventDefault()}
      ></sx-events>`,
    );
    const copied: string[] = [];
    await withoutWebShare(copied, async () => {
      const shared = oneEvent(element, 'sx-share');
      (await shareButton(element)).click();
      await shared;
      // Sharing's code loads on demand: once it is here (and a task later), a share the page did
      // not cancel would have copied the link and said so.
      await import('../../widgets/shared/share-url.js');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
    });
    expect(copied).to.deep.equal([]);
    expect(item(element, '航天模型展').querySelector('[role=status]')).to.equal(null);
  });
});

describe('<sx-events> once an event has ended', () => {
  const AFTER_WEEK = '2025-06-20T10:00:00+08:00';
  /** The visible words of an item's actions (star apart), with no screen-reader suffixes. */
  const actions = (node: HTMLElement, selector: string) =>
    [...node.querySelectorAll<HTMLElement>(selector)].map((action) =>
      [...action.childNodes]
        .filter((child) =>
          child instanceof HTMLElement
            ? !child.matches('.sx-visually-hidden')
            : child.nodeType === Node.TEXT_NODE,
        )
        .map((child) => child.textContent)
        .join('')
        .trim(),
    );

  it('offers no registration, online joining or calendar; keeps details, map and share', async () => {
    const online = { url: 'https://example.org/live/ai', platform: '直播平台' };
    const events = programme().map((event) =>
      event.id === 'ai-taiyuan' ? { ...event, online } : event,
    );
    const card = (node: HTMLElement) => actions(node, '[part~=actions] [part~=action]');
    const more = (node: HTMLElement) => actions(node, '.detail-actions [part~=action]');
    const before = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(events)}></sx-events>`,
    );
    // The star is beside the title, not in the actions row (it stays after the event ends).
    const star = (node: HTMLElement) => node.querySelector('[part~=star]')!.textContent!.trim();
    expect(card(item(before, '人工智能科普讲座'))).to.deep.equal(['报名', '更多']);
    expect(star(item(before, '人工智能科普讲座'))).to.match(/^收藏/);
    expect(more(await expand(before, '人工智能科普讲座'))).to.deep.equal([
      '进入线上活动',
      '详情',
      '加入日历',
      '分享',
    ]);
    const after = await render(
      html`<sx-events now=${AFTER_WEEK} .client=${memoryClient(events)}></sx-events>`,
    );
    expect(part(after, 'item').getAttribute('part')).to.contain('item-ended');
    expect(card(item(after, '人工智能科普讲座'))).to.deep.equal(['更多']);
    expect(star(item(after, '人工智能科普讲座'))).to.match(/^收藏/);
    const ai = await expand(after, '人工智能科普讲座');
    expect(more(ai)).to.deep.equal(['详情', '分享']);
    await waitUntil(() => item(after, '人工智能科普讲座').querySelector('[part~=map-link]'));
    expect(more(await expand(after, '食品安全线上直播'))).to.deep.equal(['详情', '分享']);
    expect(item(after, '人工智能科普讲座').querySelector('.sx-button--primary')).to.equal(null);
    await expect(after).to.be.accessible();
  });

  it('the compact view of an ended event has no primary action left', async () => {
    const element = await render(
      html`<sx-events now=${AFTER_WEEK} view="compact" .client=${client()}></sx-events>`,
    );
    expect(parts(element, 'item')).to.have.length(programme().length);
    expect(parts(element, 'primary-action')).to.have.length(0);
  });
});

describe('<sx-events> JSON-LD', () => {
  function jsonLd(element: SxEvents): unknown {
    const script = element.querySelector(
      ':scope > script[type="application/ld+json"][data-sx-jsonld]',
    );
    return script ? JSON.parse(script.textContent!) : undefined;
  }

  it('describes the shown events as schema.org Events in the light DOM', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} limit="2" .client=${client()}></sx-events>`,
    );
    const data = jsonLd(element) as Record<string, unknown>[];
    expect(data).to.have.length(2);
    expect(data[0]!['@type']).to.equal('Event');
    expect(data[0]!['name']).to.equal('航天模型展');
    expect(data[0]!['startDate']).to.equal('2025-05-24T09:00:00+08:00');
    expect((data[0]!['location'] as Record<string, unknown>)['@type']).to.equal('Place');
    const online = data[1]!;
    expect(online['eventAttendanceMode']).to.equal('https://schema.org/OnlineEventAttendanceMode');
    // Replaced when the list changes.
    choose(part(element, 'filter-city'), '140400');
    await element.updateComplete;
    expect((jsonLd(element) as Record<string, unknown>)['name']).to.equal('健康生活讲座');
    expect(element.querySelectorAll('script[data-sx-jsonld]')).to.have.length(1);
  });

  it('escapes < so feed text cannot close the script', async () => {
    const [event] = programme();
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${memoryClient([{ ...event!, title: '</script><script>alert(1)</script>' }])}
      ></sx-events>`,
    );
    const script = element.querySelector('script[data-sx-jsonld]')!;
    expect(script.textContent).to.not.contain('<');
    expect((jsonLd(element) as Record<string, unknown>)['name']).to.equal(
      '</script><script>alert(1)</script>',
    );
  });

  it('writes nothing with no-json-ld, and nothing for sample records', async () => {
    const off = await render(
      html`<sx-events now=${BEFORE_WEEK} no-json-ld .client=${client()}></sx-events>`,
    );
    expect(off.querySelector('script')).to.equal(null);
    const samples = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        .client=${memoryClient(
          programme().map((e) => ({ ...e, sample: true })),
          {
            edition: testEdition(),
          },
        )}
      ></sx-events>`,
    );
    expect(samples.querySelector('script')).to.equal(null);
  });
});

describe('<sx-events sync-url>', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(history.state, '', original));

  it('restores the filters from the page URL', async () => {
    const url = new URL(location.href);
    url.searchParams.set('sx-city', '140100');
    url.searchParams.set('sx-q', '机器人');
    url.searchParams.set('other', 'kept');
    history.replaceState(history.state, '', url);
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} sync-url .client=${client()}></sx-events>`,
    );
    expect(titles(element)).to.deep.equal(['青少年机器人工作坊']);
    expect((part(element, 'search') as HTMLInputElement).value).to.equal('机器人');
    expect((part(element, 'filter-city') as HTMLSelectElement).value).to.equal('140100');
  });

  it("writes the visitor's filters into the URL without adding history entries", async () => {
    const length = history.length;
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} sync-url .client=${client()}></sx-events>`,
    );
    choose(part(element, 'filter-topic'), 'ai');
    tick(part(element, 'filter-free'));
    await element.updateComplete;
    const params = new URL(location.href).searchParams;
    expect(params.get('sx-topic')).to.equal('ai');
    expect(params.get('sx-free')).to.equal('1');
    expect(history.length).to.equal(length);
    choose(part(element, 'filter-topic'), '');
    await element.updateComplete;
    expect(new URL(location.href).searchParams.has('sx-topic')).to.equal(false);
  });

  it('leaves the URL alone without sync-url', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${client()}></sx-events>`,
    );
    choose(part(element, 'filter-topic'), 'ai');
    await element.updateComplete;
    expect(location.href).to.equal(original);
  });
});
