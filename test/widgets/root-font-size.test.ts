/**
 * The widgets keep their size on a page that changes its root font size (`html { font-size:
 * 62.5% }`, common on sites that write 1.4rem for 14px): text, spacing and boxes are relative to
 * the widget's own font size (`--sx-font-size`, else the visitor's default), never to `rem`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../widgets/countdown/countdown.js';
import '../../widgets/events/events.js';
import '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';
import { BEFORE, memoryClient as countdownClient } from './countdown-fixtures.js';
import { BEFORE_WEEK, memoryClient as eventsClient, programme } from './events-fixtures.js';
import { SATURDAY_10, memoryClient as labsClient } from './lab-map-fixtures.js';
import { NOW, clientOf, threeStories } from '../support/story-card-fixtures.js';

type Widget = HTMLElement & { loaded: Promise<void>; updateComplete: Promise<boolean> };

/** A node of the widget's shadow tree, by part name. */
function inside(element: Widget, part: string): Element {
  const found = element.shadowRoot!.querySelector(`[part~="${part}"]`);
  if (!found) throw new Error(`no [part~=${part}] in <${element.localName}>`);
  return found;
}

/** The computed `property` of each `part` (`part:property`), as the visitor's browser has it. */
function measure(element: Widget, probes: string[]): Record<string, string> {
  return Object.fromEntries(
    probes.map((probe) => {
      const [part, property] = probe.split(':') as [string, string];
      return [probe, getComputedStyle(inside(element, part)).getPropertyValue(property)];
    }),
  );
}

/** The same measurements with the page's root font size at 62.5% (then put back). */
function measureOnSmallRoot(element: Widget, probes: string[]): Record<string, string> {
  const root = document.documentElement;
  const before = root.style.fontSize;
  root.style.fontSize = '62.5%';
  try {
    expect(getComputedStyle(root).fontSize).to.equal('10px');
    return measure(element, probes);
  } finally {
    root.style.fontSize = before;
  }
}

async function mount(template: TemplateResult, parentNode?: HTMLElement): Promise<Widget> {
  const element = await fixture<Widget>(template, parentNode ? { parentNode } : {});
  await element.loaded;
  await element.updateComplete;
  return element;
}

const cases: { name: string; template: () => TemplateResult; probes: string[] }[] = [
  {
    name: '<sx-events>',
    template: () =>
      html`<sx-events now=${BEFORE_WEEK} .client=${eventsClient(programme())}></sx-events>`,
    probes: [
      'base:font-size',
      'item-title:font-size',
      'item-summary:font-size',
      'item-meta:font-size',
      'base:padding-top',
      'filters:font-size',
    ],
  },
  {
    name: '<sx-story-card>',
    template: () =>
      html`<sx-story-card now=${NOW} .client=${clientOf(threeStories())}></sx-story-card>`,
    probes: [
      'name:font-size',
      'headline:font-size',
      'card:padding-top',
      'portrait:width',
      'monogram:font-size',
    ],
  },
  {
    name: '<sx-lab-map>',
    template: () => html`<sx-lab-map now=${SATURDAY_10} .client=${labsClient()}></sx-lab-map>`,
    probes: [
      'item-title:font-size',
      'item-summary:font-size',
      'item-meta:font-size',
      'tile:min-height',
      'caption:font-size',
      'base:padding-top',
    ],
  },
  {
    name: '<sx-countdown variant="card">',
    template: () =>
      html`<sx-countdown variant="card" now=${BEFORE} .client=${countdownClient()}></sx-countdown>`,
    probes: ['value:font-size', 'label:font-size', 'base:min-height', 'base:padding-top'],
  },
];

describe('widgets on a page with html { font-size: 62.5% }', () => {
  for (const { name, template, probes } of cases) {
    it(`${name}: text, spacing and boxes keep their size`, async () => {
      const element = await mount(template());
      const normal = measure(element, probes);
      // The visitor's default (16px here): the sizes the widgets were designed at, in px.
      expect(getComputedStyle(inside(element, 'base')).fontSize).to.equal('16px');
      expect(measureOnSmallRoot(element, probes)).to.deep.equal(normal);
    });
  }

  it('reads the sizes at the usual 16px as the former rem-based styles did', async () => {
    const events = await mount(
      html`<sx-events now=${BEFORE_WEEK} .client=${eventsClient(programme())}></sx-events>`,
    );
    // 1.125em titles, a 0.5rem spacing unit (padding: 1.5 units).
    expect(measure(events, ['item-title:font-size', 'base:padding-top'])).to.deep.equal({
      'item-title:font-size': '18px',
      'base:padding-top': '12px',
    });
    const card = await mount(
      html`<sx-story-card now=${NOW} .client=${clientOf(threeStories())}></sx-story-card>`,
    );
    // No picture: the monogram is 3.5em (the #15 redesign; it was a 4.5rem empty column); the
    // card's padding 2.5 units.
    expect(measure(card, ['portrait:width', 'card:padding-top'])).to.deep.equal({
      'portrait:width': '56px',
      'card:padding-top': '20px',
    });
  });

  it('--sx-font-size still scales a widget, spacing included', async () => {
    const element = await mount(
      html`<sx-events
        style="--sx-font-size: 20px"
        now=${BEFORE_WEEK}
        .client=${eventsClient(programme())}
      ></sx-events>`,
    );
    const sizes = measureOnSmallRoot(element, ['item-title:font-size', 'base:padding-top']);
    expect(sizes).to.deep.equal({ 'item-title:font-size': '22.5px', 'base:padding-top': '15px' });
  });

  it('an inline countdown takes the size of the sentence it sits in', async () => {
    const paragraph = document.createElement('p');
    paragraph.style.fontSize = '1.4rem';
    const element = await mount(
      html`<sx-countdown now=${BEFORE} .client=${countdownClient()}></sx-countdown>`,
      paragraph,
    );
    expect(measureOnSmallRoot(element, ['value:font-size'])).to.deep.equal({
      'value:font-size': '14px',
    });
    expect(measure(element, ['value:font-size'])).to.deep.equal({ 'value:font-size': '22.4px' });
  });
});
