import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { SxEvents } from '../../widgets/events/events.js';
import { defineElement } from '../../widgets/shared/define.js';
import { FeedHttpError } from '../../src/errors.js';
import { testEdition } from '../support/fixture-edition.js';
import { BEFORE_WEEK, memoryClient, part, parts, programme, titles } from './events-fixtures.js';

async function render(template: ReturnType<typeof html>): Promise<SxEvents> {
  const element = await fixture<SxEvents>(template);
  element.debounce = 0;
  await element.loaded;
  return element;
}

// Loading, the 404 error, stale and partial: the shared state suite (states.test.ts).
describe('<sx-events> states', () => {
  // A failed load tells the developer the details in the console: collect them here.
  let logged: unknown[][] = [];
  const consoleError = console.error;
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
  });

  it('error: the official page is offered when known, and retry asks again', async () => {
    const client = memoryClient(programme(), {
      edition: testEdition({ sample: false, officialUrl: 'https://kjt.shanxi.gov.cn/notice' }),
      fail: new FeedHttpError('https://example.org/feed.json', 503),
    });
    const element = await render(html`<sx-events lang="en" .client=${client}></sx-events>`);
    expect(part(element, 'error').textContent).to.contain('server answered with an error');
    const official = part(element, 'official-link') as HTMLAnchorElement;
    expect(official.href).to.equal('https://kjt.shanxi.gov.cn/notice');
    expect(official.rel).to.equal('noopener noreferrer');
    part(element, 'retry').click();
    await element.loaded;
    expect(client.refreshes).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('empty: what to change, and a way back', async () => {
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        topic="heritage"
        .client=${memoryClient(programme())}
      ></sx-events>`,
    );
    const empty = part(element, 'empty');
    expect(empty.textContent).to.contain('没有符合条件的活动');
    // The preset itself matches nothing: clearing goes past it, to every event.
    await expect(element).to.be.accessible();
    part(element, 'clear-filters').click();
    await element.updateComplete;
    expect(titles(element)).to.have.length(programme().length);
  });

  for (const view of ['list', 'agenda', 'compact']) {
    for (const theme of ['light', 'dark']) {
      it(`ready: ${view} view, ${theme} theme, is accessible`, async () => {
        const element = await render(
          html`<sx-events
            now="2025-05-30T15:00:00+08:00"
            show-past
            view=${view}
            theme=${theme}
            .client=${memoryClient(programme(), {
              // Its own edition id: the starred plan stays out of the other test pages.
              edition: testEdition({ sample: false, id: 'a11y-test' }),
            })}
          ></sx-events>`,
        );
        parts(element, 'star')[0]!.click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    }
  }
});

describe('<sx-events> on a hostile page', () => {
  it('works when a second copy of the library defines the tag again', async () => {
    class SecondCopy extends SxEvents {}
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      defineElement('sx-events', SecondCopy);
      defineElement('sx-events', SecondCopy);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get('sx-events')).to.equal(SxEvents);
    const element = await render(
      html`<sx-events now=${BEFORE_WEEK} .client=${memoryClient(programme())}></sx-events>`,
    );
    expect(titles(element)).to.have.length(5);
  });

  it('keeps its own look under aggressive global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      button { all: unset; color: red; }
      a { color: red !important; text-decoration: none; font-size: 40px; }
      ul { list-style: square; padding: 40px; }
      * { font-family: serif !important; line-height: 3; letter-spacing: 5px; text-transform: uppercase; }
    `;
    document.head.append(style);
    try {
      const element = await render(
        html`<sx-events
          now=${BEFORE_WEEK}
          lang="en"
          .client=${memoryClient(programme())}
        ></sx-events>`,
      );
      const base = getComputedStyle(part(element, 'base'));
      expect(base.fontFamily).to.not.match(/^serif/);
      expect(base.lineHeight).to.not.equal(`${parseFloat(base.fontSize) * 3}px`);
      expect(base.letterSpacing).to.equal('normal');
      expect(base.textTransform).to.equal('none');
      const list = getComputedStyle(part(element, 'list'));
      expect(list.listStyleType).to.equal('none');
      expect(list.paddingLeft).to.equal('0px');
      const calendar = part(element, 'more');
      const button = getComputedStyle(calendar);
      expect(button.color).to.equal('rgb(29, 78, 137)');
      expect(button.cursor).to.equal('pointer');
      const link = getComputedStyle(
        parts(element, 'action').find((node) => node.localName === 'a')!,
      );
      expect(link.color).to.not.equal('rgb(255, 0, 0)');
      expect(parseFloat(link.fontSize)).to.be.below(20);
    } finally {
      style.remove();
    }
  });

  it('can be restyled through its tokens and parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { --sx-color-accent: rgb(120, 20, 20); --sx-radius: 0px; }
      .themed::part(item-title) { font-size: 30px; }
    `;
    document.head.append(style);
    try {
      const element = await render(
        html`<sx-events
          class="themed"
          now=${BEFORE_WEEK}
          .client=${memoryClient(programme())}
        ></sx-events>`,
      );
      const calendar = part(element, 'more');
      // A partner colour goes through the theme's contrast bounds (an OKLCH expression, see
      // tokens.styles.ts); this one meets them, so it renders unchanged.
      const rendered = (color: string) => {
        const pen = document.createElement('canvas').getContext('2d')!;
        pen.fillStyle = color;
        pen.fillRect(0, 0, 1, 1);
        return [...pen.getImageData(0, 0, 1, 1).data].join();
      };
      expect(rendered(getComputedStyle(calendar).color)).to.equal(rendered('rgb(120, 20, 20)'));
      expect(getComputedStyle(calendar).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(part(element, 'item-title')).fontSize).to.equal('30px');
    } finally {
      style.remove();
    }
  });
});

describe('<sx-events> for a visitor in another time zone', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', { zone: null });
  });

  async function aiItem(zone: string, timeZone?: string): Promise<[SxEvents, HTMLElement]> {
    await executeServerCommand('emulate-timezone', { zone });
    const element = await render(
      html`<sx-events
        now=${BEFORE_WEEK}
        city="140100"
        topic="ai"
        time-zone=${timeZone ?? 'edition'}
        .client=${memoryClient(programme())}
      ></sx-events>`,
    );
    const item = parts(element, 'item').find((node) =>
      node.textContent!.includes('人工智能科普讲座'),
    )!;
    return [element, item];
  }

  it('in New York: labels 北京时间 and shows local time on demand', async () => {
    const [element, item] = await aiItem('America/New_York');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(item.querySelector('time')!.textContent).to.equal('5月30日 周五 14:00–16:00');
    expect(item.querySelector('.zone')!.textContent).to.equal('北京时间');
    expect(item.querySelector('.local-time')).to.equal(null);
    const toggle = part(element, 'local-time-toggle');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    const local = parts(element, 'item')
      .find((node) => node.textContent!.includes('人工智能科普讲座'))!
      .querySelector('.local-time')!;
    expect(local.textContent).to.equal('您的当地时间：5月30日 周五 02:00–04:00(UTC-4)');
    await expect(element).to.be.accessible();
  });

  it('in New York with time-zone="local": the visitor\'s time first', async () => {
    const [, item] = await aiItem('America/New_York', 'local');
    expect(item.querySelector('time')!.textContent).to.equal('5月30日 周五 02:00–04:00(UTC-4)');
    expect(item.querySelector('.local-time')!.textContent).to.contain('14:00–16:00 北京时间');
  });

  it('in Shanghai: no zone label, no local-time switch', async () => {
    const [element, item] = await aiItem('Asia/Shanghai', 'both');
    expect(item.querySelector('.zone')).to.equal(null);
    expect(item.querySelector('.local-time')).to.equal(null);
    expect(parts(element, 'local-time-toggle')).to.have.length(0);
  });
});
