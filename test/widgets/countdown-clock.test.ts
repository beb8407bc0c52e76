/**
 * The countdown against time: the shared timer, hidden tabs, exact zero, the end event, the
 * visitor's time zone, a wrong visitor clock, and what the page downloads.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render as litRender } from 'lit';
import '../../widgets/countdown/countdown.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import type { SxCountdownEndEvent } from '../../widgets/countdown/custom-events.js';
import { sharedClock } from '../../widgets/shared/clock.js';
import { installFakeClock, type FakeClock } from '../support/fake-clock.js';
import { testEdition } from '../support/fixture-edition.js';
import { FeedRoutes, testDocument, uniqueKey } from '../support/feed-server-client.js';
import {
  DURING,
  announced,
  inLang,
  maybePart,
  part,
  renderCountdown,
  spoken,
  text,
} from './countdown-fixtures.js';

/** Seconds shown by an inline countdown (days and hh:mm:ss). */
function shownSeconds(element: SxCountdown): number {
  const days = Number(
    maybePart(element, 'segment-days')?.querySelector('[part~="value"]')?.textContent ?? 0,
  );
  const [h, m, s] = text(element, 'clock').split(':').map(Number) as [number, number, number];
  return ((days * 24 + h) * 60 + m) * 60 + s;
}

const OPENING = Date.parse('2025-05-24T00:00:00+08:00');
const ISO = (ms: number) => new Date(ms).toISOString();

describe('<sx-countdown> and the page (network)', () => {
  before(() => {
    // The dev server serves every module of date-fns separately: make room to see ours.
    performance.setResourceTimingBufferSize(100_000);
    performance.clearResourceTimings();
  });

  // First in this file: nothing else has imported the client or the programme yet.
  it('a countdown on the embedded edition downloads the edition only', async () => {
    await renderCountdown(html`<sx-countdown></sx-countdown>`);
    const names = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(names.some((name) => name.includes('shanxi-2025/edition.json'))).to.equal(true);
    const programme = names.filter((name) =>
      /shanxi-2025\/(events|labs|stories|feed|manifest)\.json|src\/(client\/client|query\/events|ics|map-links)\./.test(
        name,
      ),
    );
    expect(programme).to.deep.equal([]);
  });

  it('with a manifest src, only the manifest is requested (no events, labs or stories)', async () => {
    const routes = new FeedRoutes(location.origin, uniqueKey('countdown-manifest'));
    const resources = {
      events: `events.json?key=${routes.key}`,
      labs: `labs.json?key=${routes.key}`,
      stories: `stories.json?key=${routes.key}`,
    };
    await routes.seed('manifest.json', { schemaVersion: '1.0', edition: testEdition(), resources });
    await routes.seed('events.json', []);
    await routes.seed('labs.json', []);
    await routes.seed('stories.json', []);
    const element = await renderCountdown(
      html`<sx-countdown src=${routes.url('ok', 'manifest.json')} now=${DURING}></sx-countdown>`,
    );
    expect(text(element, 'status')).to.equal('活动进行中 · 第 3 天');
    const log = await routes.log();
    expect(log.files).to.deep.equal({ 'manifest.json': 1 });
    expect(log.total).to.equal(1);
  });

  it('sync-clock: a visitor clock 10 minutes behind is corrected from the Date header', async () => {
    const routes = new FeedRoutes(location.origin, uniqueKey('countdown-sync'));
    await routes.seed('feed.json', testDocument());
    // The server's clock says it is 10 minutes later than the visitor's.
    const serverNow = new Date(Date.now() + 10 * 60_000).toUTCString();
    const src = routes.url('ok', 'feed.json', { date: serverNow });
    const target = ISO(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
    const wrong = await renderCountdown(
      html`<sx-countdown src=${src} to=${target}></sx-countdown>`,
    );
    const synced = await renderCountdown(
      html`<sx-countdown src=${src} to=${target} sync-clock></sx-countdown>`,
    );
    expect(shownSeconds(wrong)).to.be.within(3595, 3600);
    expect(shownSeconds(synced)).to.be.within(2995, 3001);
    // Both follow the one page clock (its timer runs only while this page is visible).
    expect(sharedClock().size).to.equal(2);
    expect(sharedClock().activeTimers).to.equal(document.hidden ? 0 : 1);
  });

  it('sync-clock with the embedded edition: no server clock, a warning, no correction', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const target = ISO(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
      const element = await renderCountdown(
        html`<sx-countdown to=${target} sync-clock></sx-countdown>`,
      );
      expect(shownSeconds(element)).to.be.within(3595, 3600);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('sync-clock needs a src'))).to.equal(true);
  });
});

describe('<sx-countdown> and the clock', () => {
  let fake: FakeClock;
  afterEach(() => fake?.restore());

  it('exact zero: 00:00:01 until the opening instant, then day 1, and sx-countdown-end once', async () => {
    fake = installFakeClock(OPENING - 1700);
    const ends: SxCountdownEndEvent[] = [];
    const element = await renderCountdown(
      html`<sx-countdown
        @sx-countdown-end=${(e: SxCountdownEndEvent) => ends.push(e)}
      ></sx-countdown>`,
    );
    expect(text(element, 'clock')).to.equal('00:00:02');
    fake.next();
    await element.updateComplete;
    expect(fake.now()).to.equal(OPENING - 1000);
    expect(text(element, 'clock')).to.equal('00:00:01');
    // One millisecond before: still a second to go (never 00:00:00 before the instant).
    fake.jump(OPENING - 1);
    fake.setHidden(false);
    await element.updateComplete;
    expect(text(element, 'clock')).to.equal('00:00:01');
    expect(ends).to.have.length(0);
    fake.runUntil(OPENING);
    await element.updateComplete;
    expect(ends).to.have.length(1);
    expect(ends[0]!.subject).to.equal('start');
    expect(ends[0]!.instant.getTime()).to.equal(OPENING);
    expect(ends[0]!.phase).to.equal('during');
    expect(ends[0]!.bubbles && ends[0]!.composed).to.equal(true);
    expect(text(element, 'status')).to.equal('活动进行中 · 第 1 天');
    expect(announced(element)).to.contain('活动进行中 · 第 1 天');
    for (let i = 0; i < 5; i++) fake.next();
    await element.updateComplete;
    expect(ends).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('a point target: reached, then nothing left to tick (no timer at all)', async () => {
    const target = Date.parse('2025-05-30T00:00:00+08:00');
    fake = installFakeClock(target - 3000);
    const ends: SxCountdownEndEvent[] = [];
    const element = await renderCountdown(
      html`<sx-countdown
        to="workers-day"
        @sx-countdown-end=${(e: SxCountdownEndEvent) => ends.push(e)}
      ></sx-countdown>`,
    );
    fake.runUntil(target);
    await element.updateComplete;
    expect(ends.map((e) => [e.subject, e.milestone, e.phase])).to.deep.equal([
      ['milestone', 'workers-day', 'after'],
    ]);
    // Inline, a phrase in the page's sentence; said in full.
    expect(text(element, 'message')).to.equal('全国科技工作者日：时间已到');
    expect(announced(element)).to.equal('全国科技工作者日：时间已到。');
    expect(fake.clock.activeTimers).to.equal(0);
    expect(fake.timers.size).to.equal(0);
  });

  it('no end event for a page opened after the target, nor when `now` moves past it', async () => {
    fake = installFakeClock(OPENING + 5000);
    const ends: SxCountdownEndEvent[] = [];
    const element = await renderCountdown(
      html`<sx-countdown
        @sx-countdown-end=${(e: SxCountdownEndEvent) => ends.push(e)}
      ></sx-countdown>`,
    );
    fake.next();
    await element.updateComplete;
    const frozen = await renderCountdown(
      html`<sx-countdown
        now="2025-05-23T23:59:59+08:00"
        @sx-countdown-end=${(e: SxCountdownEndEvent) => ends.push(e)}
      ></sx-countdown>`,
    );
    frozen.now = '2025-05-24T00:00:01+08:00';
    await frozen.updateComplete;
    expect(text(frozen, 'status')).to.equal('活动进行中 · 第 1 天');
    expect(ends).to.have.length(0);
  });

  it('the last minute is announced once, and the sentence changes at most once a minute', async () => {
    fake = installFakeClock(OPENING - 62_000);
    const element = await renderCountdown(html`<sx-countdown></sx-countdown>`);
    expect(announced(element)).to.equal('');
    const sentences = new Set<string>();
    const announcements = new Set<string>();
    for (let i = 0; i < 30; i++) {
      fake.next();
      await element.updateComplete;
      sentences.add(spoken(element).sentence);
      announcements.add(announced(element));
    }
    expect([...sentences]).to.deep.equal([
      '距2025年山西省科技活动周开幕还有1分钟。',
      '距2025年山西省科技活动周开幕已不到1分钟。',
    ]);
    expect([...announcements]).to.deep.equal(['', '距2025年山西省科技活动周开幕已不到1分钟。']);
    // The name of the group never changes while counting to one thing.
    expect(spoken(element).name).to.equal('2025年山西省科技活动周开幕倒计时');
  });

  it('50 countdowns on a page share one timer, re-armed once per tick', async () => {
    fake = installFakeClock(Date.parse('2025-05-11T15:45:55.250+08:00'));
    // Rendered by hand: a plain <div> as a fixture root would wait for an animation frame.
    const container = document.createElement('div');
    document.body.append(container);
    litRender(
      Array.from(
        { length: 50 },
        (_, i) => html`<sx-countdown to=${i % 2 ? 'start' : 'workers-day'}></sx-countdown>`,
      ),
      container,
    );
    const countdowns = [...container.querySelectorAll('sx-countdown')];
    await Promise.all(countdowns.map((c) => c.loaded));
    expect(fake.clock.size).to.equal(50);
    expect(fake.clock.activeTimers).to.equal(1);
    expect(fake.timers.size).to.equal(1);
    const started = fake.started();
    fake.next();
    await Promise.all(countdowns.map((c) => c.updateComplete));
    expect(fake.started() - started).to.equal(1);
    expect(fake.timers.size).to.equal(1);
    expect(text(countdowns[1]!, 'clock')).to.equal('08:14:04');
    // Aligned to the second boundary.
    expect(fake.now() % 1000).to.equal(0);
    container.remove();
    expect(fake.clock.activeTimers).to.equal(0);
  });

  it('minute formats tick once a minute, then every second near the end', async () => {
    fake = installFakeClock(OPENING - 5 * 60_000 + 300);
    const element = await renderCountdown(html`<sx-countdown format="dhm"></sx-countdown>`);
    fake.next();
    expect(fake.now()).to.equal(OPENING - 4 * 60_000);
    await element.updateComplete;
    expect(text(element, 'time')).to.equal('4分钟');
    fake.runUntil(OPENING - 2 * 60_000);
    await element.updateComplete;
    fake.next();
    expect(fake.now()).to.equal(OPENING - 2 * 60_000 + 1000);
  });

  it('no timer while the tab is hidden, and the right value the moment it shows', async () => {
    fake = installFakeClock(Date.parse('2025-05-11T15:45:55+08:00'));
    const element = await renderCountdown(html`<sx-countdown></sx-countdown>`);
    expect(text(element, 'clock')).to.equal('08:14:05');
    fake.setHidden(true);
    expect(fake.clock.activeTimers).to.equal(0);
    expect(fake.timers.size).to.equal(0);
    // Three hours and a bit later (the laptop slept)…
    fake.jump(Date.parse('2025-05-11T18:46:00.400+08:00'));
    await element.updateComplete;
    expect(text(element, 'clock')).to.equal('08:14:05');
    fake.setHidden(false);
    await element.updateComplete;
    expect(text(element, 'clock')).to.equal('05:14:00');
    expect(fake.clock.activeTimers).to.equal(1);
  });

  it('no digit animations (reduced motion or not): nothing animates on a tick', async () => {
    fake = installFakeClock(OPENING - 10_000);
    const element = await renderCountdown(html`<sx-countdown variant="card"></sx-countdown>`);
    fake.next();
    await element.updateComplete;
    expect(element.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('a disconnected countdown stops ticking; reconnected, it is right at once', async () => {
    fake = installFakeClock(OPENING - 100_000);
    const element = await renderCountdown(html`<sx-countdown></sx-countdown>`);
    const parent = element.parentNode!;
    element.remove();
    expect(fake.clock.size).to.equal(0);
    fake.jump(OPENING - 50_000);
    parent.append(element);
    await element.updateComplete;
    expect(text(element, 'clock')).to.equal('00:00:50');
    expect(fake.clock.size).to.equal(1);
  });
});

describe('<sx-countdown> for visitors in other time zones', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', { zone: null });
  });

  async function snapshot(zone: string): Promise<string[]> {
    await executeServerCommand('emulate-timezone', { zone });
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
    const en = inLang('en');
    const elements = [
      await renderCountdown(html`<sx-countdown now="2025-05-11T15:45:55+08:00"></sx-countdown>`),
      // 23:30 in Shanghai on the first day is still 24 May's morning in Los Angeles' eyes.
      await renderCountdown(html`<sx-countdown now="2025-05-24T23:30:00+08:00"></sx-countdown>`),
      await renderCountdown(
        html`<sx-countdown to="2025-05-30T14:00" now=${DURING}></sx-countdown>`,
        en,
      ),
      await renderCountdown(
        html`<sx-countdown to="report-deadline" variant="card" now=${DURING}></sx-countdown>`,
      ),
    ];
    return elements.map((element) =>
      part(element, 'base').textContent!.replace(/\s+/g, ' ').trim(),
    );
  }

  it('America/Los_Angeles and Asia/Shanghai see the same remaining time and day', async () => {
    const losAngeles = await snapshot('America/Los_Angeles');
    const shanghai = await snapshot('Asia/Shanghai');
    expect(losAngeles).to.deep.equal(shanghai);
    expect(shanghai[0]).to.contain('12天08:14:05');
    expect(shanghai[1]).to.contain('第 1 天');
    expect(shanghai[2]).to.contain('Until 30 May, 14:00 Beijing time');
  });
});
