import { expect, fixture, html } from '@open-wc/testing';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/events/events.js';
import { FIRST_ROWS, NEXT_ROWS, REST_ROWS, SPLIT_FROM } from '../../widgets/events/first-rows.js';
import {
  BEFORE_WEEK,
  manyEvents,
  memoryClient,
  part,
  parts,
  titles,
  typeSearch,
} from './events-fixtures.js';

/**
 * The item counts of each frame's DOM: a MutationObserver's callback runs after the render that
 * changed the list, in the same task, so before that frame is painted.
 */
function frames(element: SxEvents): { counts: number[]; stop: () => void } {
  const counts: number[] = [];
  const observer = new MutationObserver(() => {
    const count = parts(element, 'item').length + parts(element, 'continues-item').length;
    if (counts.at(-1) !== count) counts.push(count);
  });
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  return { counts, stop: () => observer.disconnect() };
}

/** The row counts of a page drawn from `from` rows to `to`, REST_ROWS more a frame. */
function steps(from: number, to: number): number[] {
  const counts = [from];
  while (counts.at(-1)! < to) counts.push(Math.min(counts.at(-1)! + REST_ROWS, to));
  return counts;
}

async function render(template: ReturnType<typeof html>): Promise<SxEvents> {
  const element = await fixture<SxEvents>(template);
  element.debounce = 0;
  await element.loaded;
  return element;
}

// #14: a new result list lays out the rows a visitor sees first in its first frame, and the
// rest of the page after it is painted, so a keystroke at 20,000 events stays within 16 ms.
describe('<sx-events> draws a new list on screen first', () => {
  for (const view of ['list', 'compact', 'agenda'] as const) {
    it(`${view}: the first data shows ${FIRST_ROWS} rows, then the page`, async () => {
      const element = document.createElement('sx-events') as SxEvents;
      element.setAttribute('now', BEFORE_WEEK);
      element.view = view;
      element.client = memoryClient(manyEvents(40));
      const parent = await fixture(html`<div></div>`);
      parent.append(element);
      const seen = frames(element);
      await element.loaded;
      seen.stop();
      expect(seen.counts.find((count) => count > 0)).to.be.within(1, FIRST_ROWS);
      // Then REST_ROWS a frame: no frame styles and lays out the other 14 at once (#14), nor
      // five (a long task on a phone, #16).
      const drawn = seen.counts.filter((count) => count > 0);
      expect(drawn).to.deep.equal(steps(drawn[0]!, 20));
      expect(drawn.length).to.be.greaterThan(2);
      expect(parts(element, 'item')).to.have.length(20);
      // The count and "show more" are the whole page's ("show more" is drawn with the rest).
      expect(part(element, 'summary').textContent).to.contain('40');
      expect(part(element, 'load-more').textContent).to.contain('20');
    });
  }

  /** What each render showed: rows, the count, the loading skeleton (see `frames`). */
  type State = { rows: number; count: boolean; skeleton: boolean };
  function states(element: SxEvents, onState?: (state: State) => void) {
    const seen: State[] = [];
    const observer = new MutationObserver(() => {
      const state = {
        rows: parts(element, 'item').length,
        count: !!element.shadowRoot!.querySelector('[part~=summary]'),
        skeleton: !!element.shadowRoot!.querySelector('[part~=loading]'),
      };
      seen.push(state);
      onState?.(state);
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    return { seen, stop: () => observer.disconnect() };
  }

  async function firstData(count: number, onState?: (state: State) => void) {
    const element = document.createElement('sx-events') as SxEvents;
    element.setAttribute('now', BEFORE_WEEK);
    element.client = memoryClient(manyEvents(count));
    const parent = await fixture(html`<div></div>`);
    parent.append(element);
    const seen = states(element, onState);
    await element.loaded;
    seen.stop();
    return { element, seen: seen.seen };
  }

  // #14: at 20,000 events the first data frame's script and layout were 25–40 ms each: a big
  // list's filters and count come first, over the skeleton, and its first rows a frame later.
  it(`a list of ${SPLIT_FROM}: the count over the skeleton first, then the rows, all in order`, async () => {
    // The search texts (one NFKC normalisation of each record's joined fields) are prepared
    // after the first rows: begun before, their slices would hold the rows back to the last one.
    const normalize = String.prototype.normalize;
    let texts = 0;
    let textsBeforeRows: number | undefined;
    String.prototype.normalize = function (this: string, form?: string) {
      if (this.includes('\u001f')) texts += 1;
      return normalize.call(this, form);
    };
    let result: Awaited<ReturnType<typeof firstData>>;
    try {
      result = await firstData(SPLIT_FROM, (state) => {
        if (state.rows > 0) textsBeforeRows ??= texts;
      });
    } finally {
      String.prototype.normalize = normalize;
    }
    const { element, seen } = result;
    expect(textsBeforeRows).to.equal(0);
    expect(texts).to.equal(SPLIT_FROM);
    expect(seen.find((state) => state.count)).to.deep.equal({
      rows: 0,
      count: true,
      skeleton: true,
    });
    const drawn = seen.filter((state) => state.rows > 0);
    // The next frame draws the rows a screen shows, NEXT_ROWS, then REST_ROWS a frame.
    const counts = drawn.map((state) => state.rows).filter((rows, i, all) => rows !== all[i - 1]);
    expect(counts).to.deep.equal(steps(NEXT_ROWS, 20));
    expect(drawn.every((state) => !state.skeleton)).to.equal(true);
    expect(titles(element)).to.deep.equal(
      element.matchingEvents.slice(0, 20).map((event) => event.title),
    );
    expect(part(element, 'load-more').textContent).to.contain(String(SPLIT_FROM - 20));
  });

  it(`a list under ${SPLIT_FROM}: its first rows come with the count`, async () => {
    const { seen } = await firstData(SPLIT_FROM - 1);
    const first = seen.find((state) => state.count)!;
    expect(first.rows).to.be.within(1, FIRST_ROWS);
    expect(first.skeleton).to.equal(false);
  });

  it('a search draws its new rows after the rows already there, with the count at once', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(manyEvents(40))}></sx-events>`,
    );
    const before = new Set(titles(element));
    // The rows a visitor sees (top on screen): a new list's first frame draws as many new ones.
    const onScreen = parts(element, 'item').filter(
      (row) => row.getBoundingClientRect().top < innerHeight,
    ).length;
    expect(onScreen).to.be.within(1, FIRST_ROWS - 1); // the test's window shows fewer than six
    const seen = frames(element);
    typeSearch(element, '活动 2'); // 2, 12, 20–29, 32: two rows already drawn, eleven new
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // The frame after the keystroke: the start of the new list, with the screen's new rows.
    const first = titles(element);
    expect(part(element, 'summary').textContent).to.contain('13');
    await element.updateComplete;
    seen.stop();
    const all = titles(element);
    expect(all).to.have.length(13);
    expect(first).to.deep.equal(all.slice(0, first.length));
    expect(first.filter((title) => !before.has(title))).to.have.length(onScreen);
    // Then REST_ROWS a frame up to the 13.
    const expected = steps(first.length, 13);
    expect(seen.counts.slice(-expected.length)).to.deep.equal(expected);
  });

  it('after an empty result, the rows come back a screen first: none is kept', async () => {
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(manyEvents(40))}></sx-events>`,
    );
    typeSearch(element, '没有这样的活动');
    await element.updateComplete;
    expect(parts(element, 'item')).to.have.length(0);
    typeSearch(element, ''); // the same 20 rows as before the empty list, all drawn anew
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(parts(element, 'item').length).to.be.within(1, FIRST_ROWS);
    await element.updateComplete;
    expect(parts(element, 'item')).to.have.length(20);
  });

  it('a widget below the fold draws one new row first, then the page', async () => {
    const parent = await fixture(html`<div style="padding-top: 200vh"></div>`);
    const element = document.createElement('sx-events') as SxEvents;
    element.setAttribute('now', BEFORE_WEEK);
    element.debounce = 0;
    element.client = memoryClient(manyEvents(40));
    parent.append(element);
    await element.loaded;
    const before = new Set(titles(element));
    typeSearch(element, '活动 3'); // 3, 13, 23, 30–39: two rows already drawn, eleven new
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(titles(element).filter((title) => !before.has(title))).to.have.length(1);
    await element.updateComplete;
    expect(titles(element)).to.have.length(13);
  });

  it('a row with focus stays when the list changes under it', async () => {
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        q="活动 3"
        limit="40"
        .client=${memoryClient(manyEvents(40))}
      ></sx-events>`,
    );
    const row = parts(element, 'item').find((item) => item.textContent!.includes('活动 39'))!;
    row.querySelector<HTMLElement>('[part~=item-title]')!.focus();
    const seen = frames(element);
    element.q = '活动'; // 活动 0–39: the focused row is the 40th, after 30 new ones
    await element.updateComplete;
    seen.stop();
    expect(seen.counts[0]).to.equal(40);
    expect(element.shadowRoot!.activeElement?.textContent).to.contain('活动 39');
  });

  // The rest waits for the first rows' paint (widgets/shared/after-paint.ts). Its fallback was
  // 100 ms: on a slow phone the rendering task outlasts it, and the rest was then drawn before
  // the first rows were on screen, in the same long task (#16).
  it('a slow first frame: the rest waits for its paint, not for 100 ms', async () => {
    const parent = await fixture(html`<div></div>`);
    const realTimeout = window.setTimeout;
    const realFrame = window.requestAnimationFrame;
    const timers: { run: () => void; delay: number }[] = [];
    const frames: FrameRequestCallback[] = [];
    // Timers with a delay are held (the test decides when their time has come), frames too.
    window.setTimeout = ((run: () => void, delay = 0) =>
      delay > 0 ? timers.push({ run, delay }) : realTimeout(run)) as typeof setTimeout;
    window.requestAnimationFrame = (run) => frames.push(run);
    const task = () => new Promise((resolve) => realTimeout(resolve));
    const rows = () => parts(element, 'item').length;
    const element = document.createElement('sx-events') as SxEvents;
    try {
      element.setAttribute('now', BEFORE_WEEK);
      element.client = memoryClient(manyEvents(40));
      parent.append(element);
      for (let i = 0; i < 200 && !rows(); i++) await task();
      const first = rows();
      expect(first).to.be.within(1, FIRST_ROWS);
      // Lazy parts that arrive meanwhile render the cut list again (a row more each); then the
      // list waits for the frame. 100 ms pass, the frame is not painted yet: nothing more.
      for (let i = 0; i < 20; i++) await task();
      const waiting = rows();
      expect(waiting).to.be.lessThan(20);
      for (const timer of timers.filter((timer) => timer.delay <= 100)) timer.run();
      for (let i = 0; i < 20; i++) await task();
      expect(rows()).to.equal(waiting);
      // The frame is painted: the rest follows, a row a frame.
      for (let i = 0; i < 200 && rows() === waiting; i++) {
        for (const run of frames.splice(0)) run(performance.now());
        await task();
      }
      expect(rows()).to.be.greaterThan(waiting);
    } finally {
      window.setTimeout = realTimeout;
      window.requestAnimationFrame = realFrame;
    }
  });
});
