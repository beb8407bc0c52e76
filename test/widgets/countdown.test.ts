import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SxCountdown } from '../../widgets/countdown/countdown.js';
import type { SxLoadEvent } from '../../widgets/shared/events.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';
import {
  AFTER,
  BEFORE,
  DURING,
  inLang,
  maybePart,
  memoryClient,
  part,
  renderCountdown,
  spoken,
  text,
} from './countdown-fixtures.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('<sx-countdown>', () => {
  it('is defined, and its class is the registered one', () => {
    expect(customElements.get('sx-countdown')).to.equal(SxCountdown);
  });

  describe('on the embedded default edition (no src)', () => {
    it('before the week: 距…开幕还有 12 天 08:14:05, and a sentence to the minute', async () => {
      let loaded: SxLoadEvent | undefined;
      const element = await renderCountdown(
        html`<sx-countdown
          now=${BEFORE}
          @sx-load=${(e: SxLoadEvent) => (loaded = e)}
        ></sx-countdown>`,
      );
      expect(text(element, 'label')).to.equal('距2025年山西省科技活动周开幕还有');
      expect(text(element, 'segment-days')).to.equal('12天');
      expect(text(element, 'clock')).to.equal('08:14:05');
      expect(maybePart(element, 'status')).to.equal(null);
      expect(spoken(element)).to.deep.equal({
        name: '2025年山西省科技活动周开幕倒计时',
        sentence: '距2025年山西省科技活动周开幕还有12天8小时14分钟。',
      });
      // The numbers that change every second are not read out.
      expect(part(element, 'body').getAttribute('aria-hidden')).to.equal('true');
      expect(part(element, 'base').getAttribute('role')).to.equal('group');
      expect(loaded!.counts).to.deep.equal({ edition: 1 });
      await expect(element).to.be.accessible();
    });

    it('during the week: 活动进行中 · 第 3 天 and the time to the close', async () => {
      const element = await renderCountdown(html`<sx-countdown now=${DURING}></sx-countdown>`);
      expect(text(element, 'status')).to.equal('活动进行中 · 第 3 天');
      expect(text(element, 'label')).to.equal('距闭幕还有');
      expect(text(element, 'time')).to.equal('13天14:00:00');
      expect(spoken(element).sentence).to.equal(
        '活动进行中 · 第 3 天。距闭幕还有13天14小时0分钟。',
      );
      await expect(element).to.be.accessible();
    });

    it('after the week: it says so, with nothing left to count and no group', async () => {
      const element = await renderCountdown(html`<sx-countdown now=${AFTER}></sx-countdown>`);
      expect(text(element, 'message')).to.equal('2025年山西省科技活动周已结束');
      expect(maybePart(element, 'time')).to.equal(null);
      expect(maybePart(element, 'next')).to.equal(null);
      expect(part(element, 'base').hasAttribute('role')).to.equal(false);
      // Inline, the page's own punctuation follows the message: no space before it.
      const after = getComputedStyle(part(element, 'message'), '::after').content;
      expect(after).to.be.oneOf(['none', 'normal']);
      // …and it is a phrase there, without a full stop before the page's "，"; a card says it whole.
      const card = await renderCountdown(
        html`<sx-countdown variant="card" now=${AFTER}></sx-countdown>`,
      );
      expect(text(card, 'message')).to.equal('2025年山西省科技活动周已结束。');
      await expect(element).to.be.accessible();
    });

    it('in English, from the element or an ancestor', async () => {
      const own = await renderCountdown(
        html`<sx-countdown lang="en" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(own, 'label')).to.equal(
        'Until the opening of the 2025 Shanxi Science and Technology Week',
      );
      expect(text(own, 'segment-days')).to.equal('12days');
      expect(spoken(own)).to.deep.equal({
        name: 'Countdown to the opening of the 2025 Shanxi Science and Technology Week',
        sentence:
          '12 days, 8 hours and 14 minutes until the opening of the 2025 Shanxi Science and Technology Week.',
      });
      const during = await renderCountdown(
        html`<sx-countdown now=${DURING}></sx-countdown>`,
        inLang('en-GB'),
      );
      expect(text(during, 'status')).to.equal('Under way · Day 3');
      expect(text(during, 'label')).to.equal('Until the close');
      const after = await renderCountdown(
        html`<sx-countdown now=${AFTER}></sx-countdown>`,
        inLang('en'),
      );
      expect(text(after, 'message')).to.equal(
        'The 2025 Shanxi Science and Technology Week has ended',
      );
      await expect(own).to.be.accessible();
    });

    it('switches to English after it has rendered in Chinese (its English words load then)', async () => {
      const element = await renderCountdown(html`<sx-countdown now=${BEFORE}></sx-countdown>`);
      expect(text(element, 'label')).to.equal('距2025年山西省科技活动周开幕还有');
      element.lang = 'en';
      await element.loaded;
      expect(text(element, 'label')).to.equal(
        'Until the opening of the 2025 Shanxi Science and Technology Week',
      );
    });
  });

  describe('targets', () => {
    it('to="workers-day" and to="report-deadline" use the edition\'s milestone names', async () => {
      const workers = await renderCountdown(
        html`<sx-countdown to="workers-day" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(workers, 'label')).to.equal('距全国科技工作者日还有');
      expect(text(workers, 'time')).to.equal('18天08:14:05');
      const inWeek = await renderCountdown(
        html`<sx-countdown to="workers-day" now=${DURING}></sx-countdown>`,
      );
      expect(text(inWeek, 'time')).to.equal('3天14:00:00');
      const report = await renderCountdown(
        html`<sx-countdown lang="en" to="report-deadline" now=${AFTER}></sx-countdown>`,
      );
      expect(text(report, 'label')).to.equal('Until Report deadline');
      expect(text(report, 'time')).to.equal('5days14:59:59');
      const reportEnded = await renderCountdown(
        html`<sx-countdown to="report-deadline" now="2025-06-16T00:00:00+08:00"></sx-countdown>`,
      );
      expect(text(reportEnded, 'message')).to.equal('总结报送截止：时间已到');
      await expect(reportEnded).to.be.accessible();
    });

    it('workers-day has passed during the week: reached, not the week', async () => {
      const element = await renderCountdown(
        html`<sx-countdown to="workers-day" now=${AFTER}></sx-countdown>`,
      );
      expect(text(element, 'message')).to.equal('全国科技工作者日：时间已到');
    });

    it('to="end" counts to the close even before the week', async () => {
      const element = await renderCountdown(
        html`<sx-countdown to="end" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(element, 'label')).to.equal('距2025年山西省科技活动周闭幕还有');
      expect(text(element, 'time')).to.equal('28天08:14:05');
    });

    it("an ISO instant without an offset is read in the edition's zone", async () => {
      const element = await renderCountdown(
        html`<sx-countdown to="2025-05-30T14:00" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(element, 'label')).to.equal('距5月30日 14:00 北京时间还有');
      expect(text(element, 'time')).to.equal('18天22:14:05');
      const withOffset = await renderCountdown(
        html`<sx-countdown to="2025-05-30T06:00:00Z" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(withOffset, 'time')).to.equal('18天22:14:05');
    });

    it('a bad `to` warns once and counts to the week', async () => {
      const warnings = captureWarnings();
      let element: SxCountdown;
      try {
        element = await renderCountdown(
          html`<sx-countdown to="next-tuesday" now=${BEFORE}></sx-countdown>`,
        );
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.filter((m) => m.includes('to="next-tuesday"'))).to.have.length(1);
      expect(text(element, 'label')).to.equal('距2025年山西省科技活动周开幕还有');
    });

    it('event="…": to the start, then to the end, then ended', async () => {
      const client = memoryClient({ events: [testEvent()] });
      const before = await renderCountdown(
        html`<sx-countdown event="test-event" .client=${client} now=${BEFORE}></sx-countdown>`,
      );
      expect(text(before, 'label')).to.equal('距「走进科技馆:互动科学实验」开始还有');
      expect(text(before, 'time')).to.equal('18天22:14:05');
      const during = await renderCountdown(
        html`<sx-countdown
          lang="en"
          event="test-event"
          .client=${client}
          now="2025-05-30T15:00:00+08:00"
        ></sx-countdown>`,
      );
      expect(text(during, 'status')).to.equal('Under way');
      expect(text(during, 'label')).to.equal(
        'Until the end of “Hands-on science experiments at the museum”',
      );
      expect(text(during, 'time')).to.equal('01:00:00');
      const after = await renderCountdown(
        html`<sx-countdown event="test-event" .client=${client} now=${AFTER}></sx-countdown>`,
      );
      expect(text(after, 'message')).to.equal('「走进科技馆:互动科学实验」已结束');
      await expect(during).to.be.accessible();
    });

    it('an event that is not in the programme says so', async () => {
      const warnings = captureWarnings();
      try {
        const element = await renderCountdown(
          html`<sx-countdown event="gone" .client=${memoryClient()} now=${BEFORE}></sx-countdown>`,
        );
        expect(text(element, 'message')).to.contain('没有找到这场活动');
        await expect(element).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('without `event`, the programme is never asked for', async () => {
      const client = memoryClient();
      await renderCountdown(html`<sx-countdown .client=${client} now=${BEFORE}></sx-countdown>`);
      expect(client.calls).to.deep.equal(['edition']);
    });
  });

  describe('formats', () => {
    it('days: whole days, then hours and minutes on the last day, seconds in the last minute', async () => {
      const days = await renderCountdown(
        html`<sx-countdown format="days" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(days, 'time')).to.equal('12天');
      const lastDay = await renderCountdown(
        html`<sx-countdown format="days" now="2025-05-23T15:45:55+08:00"></sx-countdown>`,
      );
      expect(text(lastDay, 'time')).to.equal('8小时14分钟');
      const lastMinute = await renderCountdown(
        html`<sx-countdown format="days" now="2025-05-23T23:59:15+08:00"></sx-countdown>`,
      );
      expect(text(lastMinute, 'time')).to.equal('45秒');
      expect(spoken(lastMinute).sentence).to.equal('距2025年山西省科技活动周开幕已不到1分钟。');
    });

    it('dhm: days, hours and minutes in words', async () => {
      const zh = await renderCountdown(
        html`<sx-countdown format="dhm" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(zh, 'time')).to.equal('12天8小时14分钟');
      const en = await renderCountdown(
        html`<sx-countdown lang="en" format="dhm" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(en, 'time')).to.equal('12days8hours14minutes');
    });

    it('a bad format or variant warns and falls back', async () => {
      const warnings = captureWarnings();
      try {
        const element = await renderCountdown(
          html`<sx-countdown format="weeks" variant="huge" now=${BEFORE}></sx-countdown>`,
        );
        expect(text(element, 'time')).to.equal('12天08:14:05');
        expect(part(element, 'base').classList.contains('countdown--inline')).to.equal(true);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.some((m) => m.includes('format="weeks"'))).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('variant="huge"'))).to.equal(true);
    });
  });

  describe('variants', () => {
    it('card: one box per unit and the dates of the week', async () => {
      const element = await renderCountdown(
        html`<sx-countdown variant="card" now=${BEFORE}></sx-countdown>`,
      );
      const segments = [...element.shadowRoot!.querySelectorAll('[part~="segment"]')].map((s) =>
        s.textContent!.replace(/\s+/g, ''),
      );
      expect(segments).to.deep.equal(['12天', '08时', '14分', '05秒']);
      expect(text(element, 'when')).to.equal('2025年5月24日至6月8日');
      expect(getComputedStyle(element).display).to.equal('block');
      await expect(element).to.be.accessible();
    });

    it('card to a milestone: the date and time counted to, in the edition zone', async () => {
      const element = await renderCountdown(
        html`<sx-countdown variant="card" to="workers-day" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(element, 'label')).to.equal('距全国科技工作者日还有');
      expect(text(element, 'when')).to.equal('5月30日 00:00 北京时间');
    });

    it('card in English and dark, during the week', async () => {
      const element = await renderCountdown(
        html`<sx-countdown variant="card" lang="en" theme="dark" now=${DURING}></sx-countdown>`,
      );
      expect(text(element, 'status')).to.equal('Under way · Day 3');
      expect(text(element, 'when')).to.equal('24 May – 8 June 2025');
      await expect(element).to.be.accessible();
    });

    it('banner: one line on the accent colour', async () => {
      const element = await renderCountdown(
        html`<sx-countdown variant="banner" now=${BEFORE}></sx-countdown>`,
      );
      expect(text(element, 'time')).to.equal('12天08:14:05');
      const base = part(element, 'base');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(29, 78, 137)');
      await expect(element).to.be.accessible();
      const after = await renderCountdown(
        html`<sx-countdown variant="banner" now=${AFTER}></sx-countdown>`,
      );
      await expect(after).to.be.accessible();
    });

    it('inline takes the size and leading of the text around it', async () => {
      const p = document.createElement('p');
      p.style.cssText = 'font-size: 20px; line-height: 30px';
      const element = await renderCountdown(html`<sx-countdown now=${BEFORE}></sx-countdown>`, p);
      const base = part(element, 'base');
      expect(getComputedStyle(base).fontSize).to.equal('20px');
      expect(getComputedStyle(base).lineHeight).to.equal('30px');
      expect(getComputedStyle(element).display).to.equal('inline');
    });

    it('parts can be styled from the page', async () => {
      const style = document.createElement('style');
      style.textContent = '.styled::part(clock) { color: rgb(120, 20, 20); }';
      document.head.append(style);
      try {
        const element = await renderCountdown(
          html`<sx-countdown class="styled" now=${BEFORE}></sx-countdown>`,
        );
        expect(getComputedStyle(part(element, 'clock')).color).to.equal('rgb(120, 20, 20)');
      } finally {
        style.remove();
      }
    });
  });

  // Loading, error with retry and stale as a card: the shared state suite (states.test.ts).
  describe('states', () => {
    it("loading: the page's fallback content stays, and the box is busy", async () => {
      const element = await fixture<SxCountdown>(
        html`<sx-countdown src="/__feed/hang/feed.json?key=countdown-loading"
          ><time datetime="2025-05-24">5月24日开幕</time></sx-countdown
        >`,
      );
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('5月24日开幕');
      expect((slot.assignedElements()[0] as HTMLElement).offsetWidth).to.be.greaterThan(0);
      expect(part(element, 'base').getAttribute('aria-busy')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('stale: the clock still counts on the saved copy; inline, it goes without the notice', async () => {
      const client = memoryClient({
        stale: true,
        fetchedAt: new Date('2025-05-10T06:05:00Z'),
      });
      const element = await renderCountdown(
        html`<sx-countdown variant="card" .client=${client} now=${BEFORE}></sx-countdown>`,
      );
      await waitUntil(() => maybePart(element, 'stale'), 'no stale notice');
      expect(text(element, 'stale')).to.contain('5月10日 14:05');
      expect(text(element, 'segment-seconds')).to.equal('05秒');
      await expect(element).to.be.accessible();
      // Inline, in a line of the page's text, the countdown (still right) goes without it.
      const inline = await renderCountdown(
        html`<sx-countdown .client=${client} now=${BEFORE}></sx-countdown>`,
      );
      await waitUntil(() => maybePart(inline, 'label'));
      expect(maybePart(inline, 'stale')).to.equal(null);
    });

    it('after the week: the next edition, when the feed names one', async () => {
      const edition = testEdition({
        nextEdition: {
          title: '2026年山西省科技活动周',
          url: 'https://example.org/2026',
          start: '2026-05-23',
        },
      });
      const element = await renderCountdown(
        html`<sx-countdown .client=${memoryClient({ edition })} now=${AFTER}></sx-countdown>`,
      );
      await waitUntil(() => maybePart(element, 'next-link'), 'no next edition');
      const link = part(element, 'next-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/2026');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(element, 'next')).to.match(
        /^下一届：2026年山西省科技活动周.*，2026年5月23日开幕$/,
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('words cached between ticks', () => {
    // The words are cached per phase. A key kept by hand once listed the phase, the day, the
    // language and the layout but not the edition: new data with the same dates (another feed,
    // a corrected title) kept showing the old title. The cache is keyed by its inputs now.
    it('new data with the same dates shows its own words, on screen and for screen readers', async () => {
      const element = await renderCountdown(
        html`<sx-countdown variant="card" .client=${memoryClient()} now=${BEFORE}></sx-countdown>`,
      );
      expect(text(element, 'label')).to.equal('距2025年山西省科技活动周和科技工作者日活动开幕还有');
      const renamed = testEdition({ title: '2025年太原市科技活动周' });
      element.client = memoryClient({ edition: renamed });
      await element.loaded;
      await waitUntil(() => text(element, 'label').includes('太原'), 'the old title stayed');
      expect(text(element, 'label')).to.equal('距2025年太原市科技活动周开幕还有');
      expect(spoken(element)).to.deep.equal({
        name: '2025年太原市科技活动周开幕倒计时',
        sentence: '距2025年太原市科技活动周开幕还有12天8小时14分钟。',
      });
    });
  });

  describe('upgrade', () => {
    // The CSS the element's docs ask pages to add, for a tag defined late on purpose.
    const PAGE_CSS = `
      sx-countdown-late:not(:defined) { display: inline; }
      sx-countdown-late[variant='card']:not(:defined) { display: block; min-height: 11rem; }
      sx-countdown-late[variant='banner']:not(:defined) { display: block; min-height: 4rem; }
    `;

    it('nothing below moves when a card, a banner or an inline countdown upgrades', async () => {
      const style = document.createElement('style');
      style.textContent = PAGE_CSS;
      document.head.append(style);
      const container = document.createElement('div');
      container.style.cssText = 'width: 960px; font-size: 16px';
      const fallback = '<time datetime="2025-05-24">5月24日开幕</time>';
      container.innerHTML = `
        <sx-countdown-late variant="card" now="${BEFORE}">${fallback}</sx-countdown-late>
        <div class="below">card</div>
        <sx-countdown-late variant="card" lang="en" now="${DURING}">${fallback}</sx-countdown-late>
        <div class="below">card, English, during</div>
        <sx-countdown-late variant="banner" now="${DURING}">${fallback}</sx-countdown-late>
        <div class="below">banner</div>
        <p style="line-height: 26px">山西新闻网讯 <sx-countdown-late now="${BEFORE}">${fallback}</sx-countdown-late>,全省各地将举办科普活动。</p>
        <div class="below">inline</div>`;
      document.body.append(container);
      try {
        const tops = () =>
          [...container.querySelectorAll('.below')].map((node) => node.getBoundingClientRect().top);
        const before = tops();
        customElements.define('sx-countdown-late', class extends SxCountdown {});
        const late = [...container.querySelectorAll<SxCountdown>('sx-countdown-late')];
        await Promise.all(late.map((element) => element.loaded));
        expect(text(late[0]!, 'label')).to.equal('距2025年山西省科技活动周开幕还有');
        expect(tops()).to.deep.equal(before);
      } finally {
        container.remove();
        style.remove();
      }
    });
  });
});
