import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SxEvents } from '../../widgets/events/events.js';
import '../../widgets/events/events.js';
import { FIRST_ROWS } from '../../widgets/events/first-rows.js';
import {
  BEFORE_WEEK,
  manyEvents,
  memoryClient,
  part,
  parts,
  typeSearch,
} from './events-fixtures.js';

const items = (element: SxEvents) => parts(element, 'item').length;

/**
 * Resolves in the first frame whose DOM passes `check`: a MutationObserver's callback runs after
 * the render that changed the list, in the same task, so before that frame is painted (and
 * before the rest of a new list, drawn after a paint).
 */
function frameWhere(element: SxEvents, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
  });
}

/** A print starting now: the browser takes its snapshot right after these listeners ran. */
function print(): void {
  dispatchEvent(new Event('beforeprint'));
}

async function render(events = 40, limit = 20): Promise<SxEvents> {
  const element = await fixture<SxEvents>(
    html`<sx-events
      now=${BEFORE_WEEK}
      limit=${limit}
      .client=${memoryClient(manyEvents(events))}
    ></sx-events>`,
  );
  element.debounce = 0;
  await element.loaded;
  return element;
}

// #14: a new list draws its first rows in one frame and the rest after a paint. A print started
// in between must still print the whole page.
describe('<sx-events> prints the whole page', () => {
  afterEach(async () => {
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('after a print, a new list is drawn on screen first again', async () => {
    const element = await render();
    print();
    dispatchEvent(new Event('afterprint'));
    typeSearch(element, '活动 2');
    await frameWhere(element, () => part(element, 'summary').textContent!.includes('13'));
    expect(items(element)).to.be.below(13);
  });

  it('a print during the first data frame draws every row of the page at once', async () => {
    const element = document.createElement('sx-events') as SxEvents;
    element.setAttribute('now', BEFORE_WEEK);
    element.client = memoryClient(manyEvents(40));
    (await fixture(html`<div></div>`)).append(element);
    await frameWhere(element, () => items(element) > 0);
    expect(items(element)).to.be.within(1, FIRST_ROWS); // the split this guards against
    print();
    expect(items(element)).to.equal(20);
    expect(part(element, 'load-more').textContent).to.contain('20');
  });

  it('a print right after a search (not rendered yet) draws the new page at once', async () => {
    const element = await render();
    typeSearch(element, '活动 2'); // 2, 12, 20–29, 32
    print();
    expect(items(element)).to.equal(13);
    expect(part(element, 'summary').textContent).to.contain('13');
  });

  it('a print in the frame after a search draws the rest of the new page at once', async () => {
    const element = await render();
    typeSearch(element, '活动 2');
    await frameWhere(element, () => part(element, 'summary').textContent!.includes('13'));
    expect(items(element)).to.be.below(13);
    print();
    expect(items(element)).to.equal(13);
  });

  it('a print right after a preset change by the page draws the new page at once', async () => {
    const element = await render();
    element.q = '活动 3'; // 3, 13, 23, 30–39
    print();
    expect(items(element)).to.equal(13);
  });

  it('a print right after "show more" draws the next page at once', async () => {
    const element = await render();
    (part(element, 'load-more') as HTMLButtonElement).click();
    print();
    expect(items(element)).to.equal(40);
  });

  it('while the print media applies, a new list is drawn whole in its first frame', async () => {
    const element = await render();
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    typeSearch(element, '活动 2');
    await frameWhere(element, () => part(element, 'summary').textContent!.includes('13'));
    expect(items(element)).to.equal(13);
  });
});

/** Where "show more" is in each frame (px below the widget's top; null: not drawn). */
function morePositions(element: SxEvents): { seen: (number | null)[]; stop: () => void } {
  const seen: (number | null)[] = [];
  const observer = new MutationObserver(() => {
    const more = element.shadowRoot!.querySelector('[part~=load-more]');
    const top = more
      ? more.getBoundingClientRect().top - element.getBoundingClientRect().top
      : null;
    if (seen.at(-1) !== top) seen.push(top);
  });
  observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('<sx-events> "show more" appears once, in its final place', () => {
  it('after a search it is drawn with the whole page, never under the first rows', async () => {
    const element = await render(60, 10);
    const frames = morePositions(element);
    typeSearch(element, '活动 2'); // 15 results, 10 a page: 2 was drawn, 12 and 20–27 are new
    await element.updateComplete;
    frames.stop();
    const final = frames.seen.at(-1)!;
    expect(part(element, 'load-more').textContent).to.contain('5');
    expect(final).to.be.a('number');
    // Drawn nowhere else before: not drawn (null) in the first frame is fine, elsewhere is not.
    expect(frames.seen.filter((top) => top !== null)).to.deep.equal([final]);
  });

  it('on the first data it is drawn with the whole page', async () => {
    const element = document.createElement('sx-events') as SxEvents;
    element.setAttribute('now', BEFORE_WEEK);
    element.client = memoryClient(manyEvents(40));
    (await fixture(html`<div></div>`)).append(element);
    const frames = morePositions(element);
    await element.loaded;
    frames.stop();
    const final = frames.seen.at(-1)!;
    expect(final).to.be.a('number');
    expect(frames.seen.filter((top) => top !== null)).to.deep.equal([final]);
  });

  it('with keyboard focus it keeps it and its place when the page changes the list', async () => {
    const element = await render(60, 10);
    const button = part(element, 'load-more') as HTMLButtonElement;
    button.focus();
    const frames = morePositions(element);
    element.q = '活动 2'; // a new list whose page is all new rows but one
    await element.updateComplete;
    frames.stop();
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'load-more'));
    expect(frames.seen).to.have.length(1); // one frame, the whole page and the button in it
    expect(items(element)).to.equal(10);
  });
});
