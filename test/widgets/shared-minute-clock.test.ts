/**
 * MinuteClock (widgets/shared/minute-clock.ts), in Chromium on a faked shared clock: it holds a
 * subscription only while its element wants one and is on the page, and renders the element once
 * per minute tick.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { MinuteClock } from '../../widgets/shared/minute-clock.js';
import { defineElement } from '../../widgets/shared/define.js';
import { installFakeClock, type FakeClock } from '../support/fake-clock.js';

/** Counts its renders; wants the clock while `wanted` is set (as a widget does with its data). */
class SxMinuteProbe extends LitElement {
  wanted = false;
  renders = 0;
  readonly clock = new MinuteClock(this, () => this.wanted);
  protected override render(): TemplateResult {
    this.renders += 1;
    return litHtml`${this.clock.minute}`;
  }
}
defineElement('sx-minute-probe', SxMinuteProbe);

const MINUTE = 60_000;
const START = Date.UTC(2025, 4, 30, 2, 0, 30);
const nextMinute = (n: number) => Date.UTC(2025, 4, 30, 2, n, 0);

describe('MinuteClock', () => {
  let fake: FakeClock;
  beforeEach(() => (fake = installFakeClock(START)));
  afterEach(() => fake.restore());

  async function want(probe: SxMinuteProbe, wanted: boolean): Promise<void> {
    probe.wanted = wanted;
    probe.requestUpdate();
    await probe.updateComplete;
  }

  it('subscribes only while wanted, and not at all before', async () => {
    const probe = await fixture<SxMinuteProbe>(html`<sx-minute-probe></sx-minute-probe>`);
    expect(fake.clock.activeTimers, 'not wanted: no timer').to.equal(0);
    fake.runUntil(START + 5 * MINUTE);
    await probe.updateComplete;
    expect(probe.renders, 'no tick renders while not wanted').to.equal(1);
    await want(probe, true);
    expect(fake.clock.activeTimers).to.equal(1);
    await want(probe, false);
    expect(fake.clock.activeTimers, 'unwanted again: the subscription is left').to.equal(0);
  });

  it('renders once per minute tick, and the count is a cache key', async () => {
    const probe = await fixture<SxMinuteProbe>(html`<sx-minute-probe></sx-minute-probe>`);
    await want(probe, true);
    const before = probe.renders;
    fake.runUntil(nextMinute(1));
    await probe.updateComplete;
    expect(probe.renders - before).to.equal(1);
    expect(probe.shadowRoot!.textContent).to.equal('1');
    fake.runUntil(nextMinute(1) + 59_000);
    await probe.updateComplete;
    expect(probe.renders - before, 'no render between ticks').to.equal(1);
    for (const n of [2, 3, 4]) {
      fake.runUntil(nextMinute(n));
      await probe.updateComplete;
    }
    expect(probe.renders - before).to.equal(4);
    expect(probe.clock.minute).to.equal(4);
  });

  it('unsubscribes when the element leaves the page, and again follows the clock on return', async () => {
    const probe = await fixture<SxMinuteProbe>(html`<sx-minute-probe></sx-minute-probe>`);
    await want(probe, true);
    const parent = probe.parentElement!;
    probe.remove();
    expect(fake.clock.activeTimers, 'detached: no timer').to.equal(0);
    const renders = probe.renders;
    fake.runUntil(nextMinute(3));
    expect(probe.renders, 'a detached element is not rendered').to.equal(renders);
    // Back on the page it follows the clock at once: re-attaching alone renders it again.
    parent.append(probe);
    await probe.updateComplete;
    expect(fake.clock.activeTimers, 're-attached: subscribed again').to.equal(1);
    const back = probe.renders;
    fake.runUntil(nextMinute(4));
    await probe.updateComplete;
    expect(probe.renders - back, 'ticks render it again').to.equal(1);
  });
});
