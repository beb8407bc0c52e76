import { expect, fixture, html } from '@open-wc/testing';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/events/events.js';
import { BEFORE_WEEK, manyEvents, memoryClient, part, parts } from './events-fixtures.js';

/** What a visitor could see of one select in a frame, and how many options it holds. */
interface SelectState {
  options: number;
  shown: string;
  box: string;
}

/** One frame: its rows, and each select's state (see `frames` in events-first-rows.test.ts). */
interface Frame {
  rows: number;
  selects: Record<string, SelectState>;
}

const SELECTS = ['filter-city', 'filter-topic', 'filter-day'];

function snapshot(element: SxEvents): Frame {
  const selects: Record<string, SelectState> = {};
  for (const name of SELECTS) {
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>(`[part~="${name}"]`);
    if (!select) continue;
    const { x, y, width, height } = select.getBoundingClientRect();
    selects[name] = {
      options: select.options.length,
      shown: select.selectedOptions[0]?.textContent?.trim() ?? '',
      box: [x, y, width, height].map(Math.round).join(','),
    };
  }
  return { rows: parts(element, 'item').length, selects };
}

/** Mounts `element` and records each frame that changed its rows, until it has loaded. */
async function watch(element: SxEvents): Promise<Frame[]> {
  element.setAttribute('now', BEFORE_WEEK);
  const parent = await fixture(html`<div style="width: 1000px"></div>`);
  const seen: Frame[] = [];
  const observer = new MutationObserver(() => {
    const frame = snapshot(element);
    if (frame.rows > 0 && frame.rows !== seen.at(-1)?.rows) seen.push(frame);
  });
  parent.append(element);
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  await element.loaded;
  observer.disconnect();
  return seen;
}

// #16: the first content frame's selects hold their chosen option only (a closed select shows
// nothing else); the option lists come with the rows drawn after that frame's paint. Nothing a
// visitor sees changes: each select shows the same text in the same box.
describe('<sx-events> fills its filter option lists after the first content frame', () => {
  it('first frame: chosen options only; next frames: every option, same text, same boxes', async () => {
    const element = document.createElement('sx-events') as SxEvents;
    element.setAttribute('city', '140100');
    element.client = memoryClient(manyEvents(40));
    const seen = await watch(element);
    const last = snapshot(element);

    const [first, second] = seen;
    expect(first, 'a frame with rows').to.exist;
    expect(second, 'rows drawn after the first frame').to.exist;
    // The chosen city, and "all" for topic and day: nothing else in the first frame.
    expect(first!.selects['filter-city']).to.include({ options: 2 });
    expect(first!.selects['filter-topic']).to.include({ options: 1 });
    expect(first!.selects['filter-day']).to.include({ options: 1 });
    expect(first!.selects['filter-city']!.shown).to.not.equal('140100');
    // Every list is whole in the frame after, and stays so.
    expect(last.selects['filter-city']!.options).to.be.above(2);
    expect(last.selects['filter-topic']!.options).to.be.above(1);
    expect(last.selects['filter-day']!.options).to.be.above(1);
    for (const name of SELECTS) {
      expect(second!.selects[name]!.options, `${name} in the second frame`).to.equal(
        last.selects[name]!.options,
      );
      // Same text in the same place: no flash, no layout shift.
      expect(last.selects[name]!.shown, `${name} text`).to.equal(first!.selects[name]!.shown);
      expect(last.selects[name]!.box, `${name} box`).to.equal(first!.selects[name]!.box);
    }
    expect((part(element, 'filter-city') as HTMLSelectElement).value).to.equal('140100');
  });

  it('a list drawn in one frame has its option lists in it', async () => {
    const element = document.createElement('sx-events') as SxEvents;
    element.limit = 3;
    element.client = memoryClient(manyEvents(3));
    const seen = await watch(element);
    expect(seen).to.have.length(1);
    expect(seen[0]!.selects['filter-city']!.options).to.be.above(2);
  });
});
