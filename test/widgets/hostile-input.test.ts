/**
 * Crafted links and attribute values: whatever a page or a link hands a widget, it shows its data
 * (or an honest empty state), never sticks on 正在加载…, never throws, and says at most one warning
 * per bad value.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/all.js';
import {
  CASE_NOW,
  WIDGET_TAGS,
  shownState,
  widgetIn,
  type WidgetTag,
} from '../support/widget-cases.js';

/** Console warnings and errors while `run` runs, and uncaught errors. */
async function watchConsole(run: () => Promise<void>) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  const uncaught = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push(String('reason' in event ? event.reason : event.message));
  window.addEventListener('error', uncaught);
  window.addEventListener('unhandledrejection', uncaught);
  try {
    await run();
  } finally {
    console.warn = warn;
    console.error = error;
    window.removeEventListener('error', uncaught);
    window.removeEventListener('unhandledrejection', uncaught);
  }
  return { warnings, errors };
}

const HUGE = '9'.repeat(100_000);
const CRAFTED_URLS = [
  '?sx-day=foo',
  '?sx-day=2025-13-45',
  '?sx-day=2025-02-30',
  '?sx-city=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?sx-day=foo&sx-day=2025-05-30',
  '?sx-city=<b>&sx-city=140100',
  `?sx-q=${'搜'.repeat(5000)}`,
  `?sx-city=${HUGE}`,
  '?sx-day=%E0%A4%A',
  '?sx-topic=%E0%A4%A&sx-free=%FF',
  '?sx-free=maybe&sx-youth=2&sx-plan=-1',
  '?sx-youth=%00',
];

describe('<sx-events sync-url> opened with a crafted link', () => {
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  for (const search of CRAFTED_URLS) {
    it(`shows the programme for ${search.slice(0, 50)}`, async () => {
      history.replaceState(history.state, '', `${location.pathname}${search}`);
      let element!: HTMLElement & { loaded: Promise<void> };
      const seen = await watchConsole(async () => {
        element = widgetIn('sx-events', 'data') as typeof element;
        element.setAttribute('sync-url', '');
        await fixture(html`<div>${element}</div>`);
        await element.loaded;
      });
      expect(seen.errors).to.deep.equal([]);
      expect(shownState(element)).to.be.oneOf(['data', 'empty']);
      const own = seen.warnings.filter((w) => w.startsWith('<sx-events>'));
      expect(own, 'one warning naming the parameter').to.have.length(1);
      expect(own[0]).to.match(/sx-(day|city|q|topic|free|youth|plan)=/);
      expect(own[0]!.length, 'the warning quotes a short value').to.be.below(400);
    });
  }

  it('a valid link still applies (the reader refuses only what is wrong)', async () => {
    history.replaceState(history.state, '', `${location.pathname}?sx-day=2025-05-31&sx-day=foo`);
    const element = widgetIn('sx-events', 'data') as HTMLElement & { loaded: Promise<void> };
    element.setAttribute('sync-url', '');
    const seen = await watchConsole(async () => {
      await fixture(html`<div>${element}</div>`);
      await element.loaded;
    });
    expect(seen.warnings.filter((w) => w.startsWith('<sx-events>'))).to.deep.equal([]);
    const titles = [...element.shadowRoot!.querySelectorAll('[part~=item-title]')].map((n) =>
      n.textContent!.trim(),
    );
    expect(titles).to.deep.equal(['航天模型展']);
  });
});

/** Every attribute of every widget (the shared ones too). */
const ATTRIBUTES: Record<WidgetTag, string[]> = {
  'sx-events': [
    'city',
    'topic',
    'audience',
    'category',
    'from',
    'to',
    'q',
    'limit',
    'view',
    'filters',
    'group-by',
    'time-zone',
    'heading-level',
  ],
  'sx-countdown': ['to', 'event', 'format', 'variant'],
  'sx-story-card': [
    'story',
    'pick',
    'topic',
    'honour',
    'spirit',
    'rotate',
    'variant',
    'heading-level',
  ],
  'sx-lab-map': [
    'city',
    'kind',
    'topic',
    'date',
    'basemap',
    'basemap-crs',
    'basemap-credit',
    'view',
    'limit',
    'heading-level',
  ],
};
const SHARED_ATTRIBUTES = ['now', 'lang', 'theme'];

const HOSTILE_VALUES = [
  'foo',
  '2025-13-45',
  '<script>alert(1)</script>',
  ' ',
  '-1',
  '1e309',
  'NaN',
  '__proto__',
  '\u202e140100',
  '%E0%A4%A',
  '0001-01-01',
  'x'.repeat(20_000),
];

describe('hostile attribute values', () => {
  for (const tag of WIDGET_TAGS) {
    for (const name of [...ATTRIBUTES[tag], ...SHARED_ATTRIBUTES]) {
      it(`<${tag} ${name}=…> never sticks, never throws, warns at most once per value`, async () => {
        for (const value of HOSTILE_VALUES) {
          let element!: HTMLElement & { loaded: Promise<void> };
          const seen = await watchConsole(async () => {
            element = widgetIn(tag, 'data') as typeof element;
            if (name === 'now') element.removeAttribute('now');
            element.setAttribute(name, value);
            if (name !== 'now') element.setAttribute('now', CASE_NOW);
            await fixture(html`<div>${element}</div>`);
            await element.loaded;
          });
          const label = `${name}=${JSON.stringify(value.slice(0, 20))}`;
          expect(seen.errors, label).to.deep.equal([]);
          expect(shownState(element), label).to.be.oneOf(['data', 'empty', 'message']);
          const own = seen.warnings.filter((w) => w.startsWith(`<${tag}>`));
          expect(own.length, `${label}: ${own.join(' | ')}`).to.be.at.most(1);
        }
      });
    }
  }
});
