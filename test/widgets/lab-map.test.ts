/**
 * <sx-lab-map> with its default schematic basemap: tiles, filters, the list, keyboard use, the
 * sx-lab-select event, navigation links and every state. (The geographic basemap: lab-map-geo.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import embeddedLabs from '../../src/data/shanxi-2025/labs.json';
import embeddedEdition from '../../src/data/shanxi-2025/edition.json';
import { gcj02ToBd09, wgs84ToGcj02 } from '../../src/map-links.js';
import type { SxLabSelectEvent } from '../../widgets/lab-map/custom-events.js';
import '../../widgets/lab-map/lab-map.js';
import { labMapMessages } from '../../widgets/lab-map/lab-map.messages.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { testEdition } from '../support/fixture-edition.js';
import {
  SATURDAY_10,
  choose,
  facilities,
  focused,
  listedNames,
  memoryClient,
  part,
  parts,
  settle,
  tile,
  tileLabels,
} from './lab-map-fixtures.js';

// The page loads hundreds of modules before the tests: make room to see the ones loaded later.
performance.setResourceTimingBufferSize(10_000);

async function mount(
  template = html`<sx-lab-map .client=${memoryClient()} now=${SATURDAY_10}></sx-lab-map>`,
  parentNode?: HTMLElement,
): Promise<SxLabMap> {
  const element = await fixture<SxLabMap>(template, parentNode ? { parentNode } : {});
  await element.loaded;
  return element;
}

function langDiv(lang: string): HTMLDivElement {
  const div = document.createElement('div');
  div.lang = lang;
  return div;
}

const countOf = (element: SxLabMap, code: string) =>
  Number(tile(element, code).querySelector('[part~=tile-count]')!.textContent);

describe('<sx-lab-map> schematic basemap', () => {
  it('renders the embedded edition: 11 labelled tiles with the right counts, marked 示意图', async () => {
    const element = await mount(html`<sx-lab-map now=${SATURDAY_10}></sx-lab-map>`);
    const expected = new Map<string, number>();
    for (const lab of embeddedLabs as { city: string }[]) {
      expected.set(lab.city, (expected.get(lab.city) ?? 0) + 1);
    }
    const tiles = parts(element, 'tile');
    expect(tiles).to.have.length(11);
    for (const city of embeddedEdition.cities) {
      const count = expected.get(city.code) ?? 0;
      expect(tile(element, city.code).getAttribute('aria-label')).to.equal(
        `${city.short}，${count} 个开放单位`,
      );
      expect(countOf(element, city.code)).to.equal(count);
      // Placed on the edition's 3 × 5 grid (1-based CSS grid lines).
      const style = getComputedStyle(tile(element, city.code));
      expect(style.gridColumnStart).to.equal(String(city.tile.col + 1));
      expect(style.gridRowStart).to.equal(String(city.tile.row + 1));
    }
    expect(tile(element, '140100').getAttribute('aria-label')).to.equal('太原，8 个开放单位');
    expect(part(element, 'caption').textContent).to.contain('示意图');
    // The busiest city is shaded darkest, a city with none the lightest.
    expect(tile(element, '140100').className).to.contain('level-4');
    expect(tile(element, '141000').className).to.contain('level-0');
    await expect(element).to.be.accessible();
  });

  it('computes the grid from the edition (the test edition lays the cities on 3 × 7)', async () => {
    const element = await mount();
    const grid = part(element, 'tiles');
    expect(getComputedStyle(grid).gridTemplateRows.split(' ')).to.have.length(7);
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(3);
    const top = (code: string) => tile(element, code).getBoundingClientRect().top;
    const left = (code: string) => tile(element, code).getBoundingClientRect().left;
    expect(top('140200')).to.be.below(top('140100')); // Datong north of Taiyuan
    expect(top('140100')).to.be.below(top('140500')); // Taiyuan north of Jincheng
    expect(left('140800')).to.be.below(left('140400')); // Yuncheng west of Changzhi
    // Counts: a county's facility counts for its city.
    expect(countOf(element, '140100')).to.equal(3);
    expect(countOf(element, '140400')).to.equal(1);
    expect(countOf(element, '140900')).to.equal(0);
  });

  it('a Chinese schematic loads neither the geographic code nor the English words', async () => {
    await mount();
    // Control: a request made now is recorded (the entry lands once the body is read).
    await (await fetch('/test/fixtures/basemap-wgs84.json?probe')).text();
    for (
      let i = 0;
      i < 50 &&
      !performance.getEntriesByName(
        new URL('/test/fixtures/basemap-wgs84.json?probe', location.href).href,
      ).length;
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const names = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(names.some((name) => name.includes('basemap-wgs84.json?probe'))).to.equal(true);
    expect(names.filter((name) => /lab-map\/geo\//.test(name))).to.deep.equal([]);
    expect(names.filter((name) => /lab-map\.messages\.en/.test(name))).to.deep.equal([]);
  });
});

describe('<sx-lab-map> filters at a frozen instant', () => {
  it('filters by kind', async () => {
    const element = await mount(
      html`<sx-lab-map
        .client=${memoryClient()}
        now=${SATURDAY_10}
        kind="pilot-base"
      ></sx-lab-map>`,
    );
    expect(listedNames(element)).to.deep.equal(['小店中试基地', '光电材料中试基地']);
    expect(countOf(element, '140100')).to.equal(1);
    expect(countOf(element, '140200')).to.equal(0);
  });

  it('filters by the day a facility opens (date)', async () => {
    const element = await mount(
      html`<sx-lab-map
        .client=${memoryClient()}
        now=${SATURDAY_10}
        date="2025-05-31"
      ></sx-lab-map>`,
    );
    expect(listedNames(element)).to.deep.equal([
      '煤化工重点实验室',
      '科技馆科普基地',
      '光电材料中试基地',
    ]);
    // Only that day's openings are listed.
    const openings = element.shadowRoot!.querySelectorAll(
      '[data-lab="ty-key"] [part~=opening] time',
    );
    expect([...openings].map((node) => node.getAttribute('datetime'))).to.deep.equal([
      '2025-05-31T09:00:00+08:00',
    ]);
  });

  it('filters to what is open now (at the frozen now)', async () => {
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient()} now=${SATURDAY_10} open-now></sx-lab-map>`,
    );
    expect(listedNames(element)).to.deep.equal(['煤化工重点实验室', '光电材料中试基地']);
    expect(parts(element, 'status-open')).to.have.length(2);
    expect(countOf(element, '140100')).to.equal(1);
    // An hour later the Taiyuan lab has closed.
    element.now = '2025-05-31T11:45:00+08:00';
    await settle(element);
    expect(listedNames(element)).to.deep.equal(['光电材料中试基地']);
  });

  it('changes with the filter controls, and says how many match', async () => {
    const element = await mount();
    choose(part(element, 'filter-kind'), 'key-lab');
    await settle(element);
    expect(listedNames(element)).to.deep.equal(['煤化工重点实验室']);
    expect(part(element, 'summary').textContent).to.contain('找到 1 个开放单位');
    choose(part(element, 'filter-kind'), '');
    choose(part(element, 'filter-day'), '2025-06-01');
    await settle(element);
    expect(listedNames(element)).to.deep.equal(['小店中试基地']);
    part(element, 'filter-day').blur();
    choose(part(element, 'filter-day'), '');
    part(element, 'filter-open-now').querySelector('input')!.click();
    await settle(element);
    expect(listedNames(element)).to.have.length(2);
    expect(element.shadowRoot!.querySelector('[role=status][aria-live]')!.textContent).to.contain(
      '找到 2 个开放单位',
    );
  });

  it('limits to topics', async () => {
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient()} now=${SATURDAY_10} topic="ai"></sx-lab-map>`,
    );
    expect(listedNames(element)).to.deep.equal(['科技馆科普基地', '光电材料中试基地']);
  });
});

describe('<sx-lab-map> map and list in step', () => {
  it('a tile chooses its city: the list follows, sx-lab-select fires; again clears', async () => {
    const element = await mount();
    setTimeout(() => tile(element, '140100').click());
    const event = (await oneEvent(element, 'sx-lab-select')) as SxLabSelectEvent;
    expect(event.city?.code).to.equal('140100');
    expect(event.lab).to.equal(undefined);
    expect(event.labs.map((lab) => lab.id)).to.deep.equal(['ty-key', 'ty-pop', 'ty-pilot']);
    expect(event.source).to.equal('map');
    await settle(element);
    expect(tile(element, '140100').getAttribute('aria-pressed')).to.equal('true');
    expect(listedNames(element)).to.have.length(3);
    expect((part(element, 'filter-city') as HTMLSelectElement).value).to.equal('140100');
    await expect(element).to.be.accessible();
    tile(element, '140100').click();
    await settle(element);
    expect(tile(element, '140100').getAttribute('aria-pressed')).to.equal('false');
    expect(listedNames(element)).to.have.length(6);
  });

  it('the city attribute chooses at first, and the city filter moves the tile', async () => {
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient()} now=${SATURDAY_10} city="140400"></sx-lab-map>`,
    );
    expect(listedNames(element)).to.deep.equal(['光电材料中试基地']);
    expect(tile(element, '140400').getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => choose(part(element, 'filter-city'), '140200'));
    const event = (await oneEvent(element, 'sx-lab-select')) as SxLabSelectEvent;
    expect(event.source).to.equal('filter');
    await settle(element);
    expect(tile(element, '140200').getAttribute('aria-pressed')).to.equal('true');
    expect(tile(element, '140200').tabIndex).to.equal(0);
  });

  it('"show on map" selects the facility and moves focus to its city tile; Escape in the list too', async () => {
    const element = await mount();
    const button = element.shadowRoot!.querySelector<HTMLElement>(
      '[data-lab="cz-pilot"] [part~=show-on-map]',
    )!;
    setTimeout(() => button.click());
    const event = (await oneEvent(element, 'sx-lab-select')) as SxLabSelectEvent;
    expect(event.lab?.id).to.equal('cz-pilot');
    expect(event.city?.code).to.equal('140400');
    expect(event.source).to.equal('list');
    await settle(element);
    expect(focused(element)).to.equal(tile(element, '140400'));
    expect(parts(element, 'item-selected').map((node) => node.dataset['lab'])).to.deep.equal([
      'cz-pilot',
    ]);
    // From a link in the Datong entry, Escape goes back to Datong's tile.
    element
      .shadowRoot!.querySelector<HTMLElement>('[data-lab="dt-centre"] [part~=navigate-amap]')!
      .focus();
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(focused(element)).to.equal(tile(element, '140200'));
  });
});

describe('<sx-lab-map> keyboard', () => {
  it('Tab reaches the map once; arrows move between tiles; Enter chooses; Escape clears', async () => {
    const element = await mount();
    const tabStops = parts(element, 'tile').filter((node) => node.tabIndex === 0);
    expect(tabStops).to.have.length(1);
    // From the "open now" checkbox, one Tab lands on a tile and the next leaves the map.
    part(element, 'filter-open-now').querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = focused(element) as HTMLElement;
    expect(first.dataset['code']).to.equal('140200'); // Datong: the first tile in reading order
    await sendKeys({ press: 'Tab' });
    expect((focused(element) as HTMLElement).getAttribute('part')).to.not.contain('tile');
    first.focus();
    // Datong (2,0) down: Shuozhou (1,1) and Yangquan (2,3) score alike; the first in reading order wins.
    await sendKeys({ press: 'ArrowDown' });
    expect((focused(element) as HTMLElement).dataset['code']).to.equal('140600');
    tile(element, '140100').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect((focused(element) as HTMLElement).dataset['code']).to.equal('140300'); // Taiyuan → Yangquan
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    expect((focused(element) as HTMLElement).dataset['code']).to.equal('140700'); // → Jinzhong
    await settle(element);
    expect(tile(element, '140700').tabIndex).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(tile(element, '140700').getAttribute('aria-pressed')).to.equal('true');
    expect(element.shadowRoot!.querySelector('[role=status][aria-live]')!.textContent).to.contain(
      '晋中：找到 0 个开放单位',
    );
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(tile(element, '140700').getAttribute('aria-pressed')).to.equal('false');
    expect(focused(element)).to.equal(tile(element, '140700'));
  });
});

describe('<sx-lab-map> list entries', () => {
  it('shows what a visitor needs: kind, host, city, address, topics, openings, booking, contact', async () => {
    const element = await mount();
    const entry = element.shadowRoot!.querySelector<HTMLElement>('[data-lab="ty-key"]')!;
    const text = entry.textContent!.replace(/\s+/g, ' ');
    for (const expected of [
      '煤化工重点实验室',
      '重点实验室',
      '示例研究院',
      '太原市',
      '太原市示例路1号',
      '新能源新材料',
      '5月31日 周六 09:00–11:30',
      '免费',
      '需预约',
      '限 40 人',
      '正在开放',
      '0351-1234567',
      'ty-key@example.org',
    ]) {
      expect(text).to.contain(expected);
    }
    // The 30 May opening has ended at the frozen now: not listed.
    expect(text).to.not.contain('5月30日');
    const book = entry.querySelector<HTMLAnchorElement>('[part~=book]')!;
    expect(book.href).to.equal('https://example.org/book/ty-key');
    expect(entry.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal(
      'tel:03511234567',
    );
    expect(entry.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal(
      'mailto:ty-key@example.org',
    );
    // An approximate location says so.
    const pilot = element.shadowRoot!.querySelector<HTMLElement>('[data-lab="ty-pilot"]')!;
    expect(pilot.textContent).to.contain('大致位置');
  });

  it('navigation links open AMap (GCJ-02) and Baidu Maps (BD-09) at the facility', async () => {
    const element = await mount();
    const lab = facilities().find((candidate) => candidate.id === 'cz-pilot')!;
    const entry = element.shadowRoot!.querySelector<HTMLElement>('[data-lab="cz-pilot"]')!;
    const amap = new URL(entry.querySelector<HTMLAnchorElement>('[part~=navigate-amap]')!.href);
    const baidu = new URL(entry.querySelector<HTMLAnchorElement>('[part~=navigate-baidu]')!.href);
    const gcj = wgs84ToGcj02(lab.location.lat, lab.location.lng);
    const bd = gcj02ToBd09(gcj.lat, gcj.lng);
    expect(amap.host).to.equal('uri.amap.com');
    expect(amap.searchParams.get('coordinate')).to.equal('gaode');
    const [lng, lat] = amap.searchParams.get('position')!.split(',').map(Number);
    expect(lng).to.be.closeTo(gcj.lng, 1e-6);
    expect(lat).to.be.closeTo(gcj.lat, 1e-6);
    // Not the raw WGS84 point: the offset is hundreds of metres here.
    expect(Math.abs(lng! - lab.location.lng)).to.be.above(0.003);
    expect(amap.searchParams.get('name')).to.equal('光电材料中试基地');
    expect(baidu.host).to.equal('api.map.baidu.com');
    expect(baidu.searchParams.get('coord_type')).to.equal('bd09ll');
    const [bdLat, bdLng] = baidu.searchParams.get('location')!.split(',').map(Number);
    expect(bdLat).to.be.closeTo(bd.lat, 1e-6);
    expect(bdLng).to.be.closeTo(bd.lng, 1e-6);
    const amapLink = entry.querySelector('[part~=navigate-amap]')!;
    expect(amapLink.getAttribute('aria-label')).to.contain('光电材料中试基地');
    expect(amapLink.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  // One marker per record, as in the programme and the story card (#15 "the notice, plus one
  // badge"): no 示例 in names, the badge on each sample record, the notice once for the edition.
  it('marks samples (#15): a sample edition by its notice, each record by one badge', async () => {
    const all = facilities().map((lab) => ({ ...lab, sample: true }));
    const element = await mount(
      html`<sx-lab-map
        .client=${memoryClient(all, { edition: testEdition({ sample: true }) })}
        now=${SATURDAY_10}
      ></sx-lab-map>`,
    );
    expect(parts(element, 'sample-notice')).to.have.length(1);
    expect(listedNames(element)).to.have.length(6);
    expect(parts(element, 'sample')).to.have.length(6);
    for (const card of parts(element, 'item')) {
      expect(card.querySelectorAll('[part~=sample]'), 'one badge a card').to.have.length(1);
    }
  });

  it('marks samples (#15): in a real edition, only the sample record carries a badge', async () => {
    const labs = facilities().map((lab) => ({ ...lab, sample: lab.id === 'cz-pilot' }));
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient(labs)} now=${SATURDAY_10}></sx-lab-map>`,
    );
    expect(parts(element, 'sample-notice')).to.have.length(0);
    const badges = parts(element, 'sample');
    expect(badges).to.have.length(1);
    expect(badges[0]!.closest('[data-lab]')!.getAttribute('data-lab')).to.equal('cz-pilot');
    expect(badges[0]!.textContent!.trim()).to.equal('示例数据');
  });

  it('view="list" shows the list alone', async () => {
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient()} now=${SATURDAY_10} view="list"></sx-lab-map>`,
    );
    expect(parts(element, 'map')).to.have.length(0);
    expect(parts(element, 'show-on-map')).to.have.length(0);
    expect(listedNames(element)).to.have.length(6);
    await expect(element).to.be.accessible();
  });
});

describe('<sx-lab-map> a long list', () => {
  /** Three copies of the six facilities (18, three per city at least in Taiyuan). */
  const eighteen = () =>
    [1, 2, 3].flatMap((copy) =>
      facilities().map((lab) => ({ ...lab, id: `${lab.id}-${copy}`, name: `${lab.name} ${copy}` })),
    );

  it('shows six, then six more per "show more", with focus on the first new facility', async () => {
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient(eighteen())} now=${SATURDAY_10}></sx-lab-map>`,
    );
    expect(part(element, 'summary').textContent).to.contain('找到 18 个开放单位');
    expect(listedNames(element)).to.have.length(6);
    expect(part(element, 'load-more').textContent!.trim()).to.equal('显示更多（还有 12 个）');
    await expect(element).to.be.accessible();
    part(element, 'load-more').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(listedNames(element)).to.have.length(12);
    const seventh = element.listedLabs[6]!.id;
    expect(focused(element)).to.equal(
      element.shadowRoot!.querySelector(`[data-lab="${seventh}"] article`),
    );
    expect(part(element, 'load-more').textContent!.trim()).to.equal('显示更多（还有 6 个）');
    part(element, 'load-more').click();
    await settle(element);
    expect(listedNames(element)).to.have.length(18);
    expect(parts(element, 'load-more')).to.have.length(0);
  });

  it('limit sets the page; a new filter starts again from the first page', async () => {
    const element = await mount(
      html`<sx-lab-map
        .client=${memoryClient(eighteen())}
        now=${SATURDAY_10}
        limit="4"
        lang="en"
      ></sx-lab-map>`,
    );
    expect(listedNames(element)).to.have.length(4);
    expect(part(element, 'load-more').textContent!.trim()).to.equal('Show more (14 left)');
    part(element, 'load-more').click();
    await settle(element);
    expect(listedNames(element)).to.have.length(8);
    tile(element, '140100').click();
    await settle(element);
    const taiyuan = element.listedLabs.length;
    expect(taiyuan).to.be.above(4);
    expect(listedNames(element)).to.have.length(4);
    expect(part(element, 'load-more').textContent).to.contain(`${taiyuan - 4} left`);
  });

  it('a limit that is not a positive whole number warns once and shows six', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const element = await mount(
        html`<sx-lab-map
          .client=${memoryClient(eighteen())}
          now=${SATURDAY_10}
          limit="0"
        ></sx-lab-map>`,
      );
      expect(listedNames(element)).to.have.length(6);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((args) => String(args[0]).includes('limit="0"'))).to.have.length(1);
  });
});

describe('<sx-lab-map> keyboard help on a touch screen', () => {
  afterEach(() => executeServerCommand('emulate-touch', { enabled: false }));

  it('is hidden from sight but still describes the map to a screen reader', async () => {
    const element = await mount();
    const help = element.shadowRoot!.getElementById('map-help')!;
    expect(part(element, 'tiles').getAttribute('aria-describedby')).to.equal('map-help');
    expect(help.getBoundingClientRect().height).to.be.above(10);
    await executeServerCommand('emulate-touch', { enabled: true });
    expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
    expect(help.getBoundingClientRect().height).to.be.at.most(1);
    expect(help.textContent).to.contain('方向键');
    // The schematic's own note stays visible.
    expect(part(element, 'caption').getBoundingClientRect().height).to.be.above(10);
  });
});

describe('<sx-lab-map> languages and themes', () => {
  it('speaks English from an ancestor, tiles included', async () => {
    const element = await mount(undefined, langDiv('en'));
    expect(tile(element, '140100').getAttribute('aria-label')).to.equal(
      'Taiyuan, 3 open facilities',
    );
    expect(tile(element, '140200').getAttribute('aria-label')).to.equal('Datong, 1 open facility');
    expect(tile(element, '140900').getAttribute('aria-label')).to.equal(
      'Xinzhou, 0 open facilities',
    );
    expect(part(element, 'caption').textContent).to.contain('Schematic');
    expect(listedNames(element)[0]).to.equal('Coal chemistry key laboratory');
    const opening = element.shadowRoot!.querySelector('[data-lab="ty-key"] [part~=opening]')!;
    expect(opening.textContent).to.contain('Sat 31 May, 09:00–11:30');
    await expect(element).to.be.accessible();
  });

  it('switched to English after loading, shows English once its words have arrived', async () => {
    const element = await mount();
    expect(part(element, 'summary').textContent).to.contain('找到');
    element.lang = 'en';
    await labMapMessages.load('en');
    await element.updateComplete;
    expect(part(element, 'summary').textContent).to.contain('open facilities');
    expect(part(element, 'base').getAttribute('lang')).to.equal('en');
    expect(tile(element, '140200').getAttribute('aria-label')).to.equal('Datong, 1 open facility');
  });

  it('is accessible in the dark theme', async () => {
    const element = await mount(
      html`<sx-lab-map
        .client=${memoryClient()}
        now=${SATURDAY_10}
        theme="dark"
        city="140100"
      ></sx-lab-map>`,
    );
    await expect(element).to.be.accessible();
  });

  it('tile labels follow every city of the test edition', async () => {
    const element = await mount();
    expect(tileLabels(element)).to.have.length(testEdition().cities.length);
  });
});

// Loading, error with retry, stale and partial: the shared state suite (states.test.ts).
describe('<sx-lab-map> states', () => {
  it('empty: says what to change, and clearing brings everything back', async () => {
    const element = await mount(
      html`<sx-lab-map .client=${memoryClient()} now=${SATURDAY_10} city="140900"></sx-lab-map>`,
    );
    expect(part(element, 'empty').textContent).to.contain('没有符合条件的开放单位');
    await expect(element).to.be.accessible();
    part(element, 'clear-filters').click();
    await settle(element);
    expect(listedNames(element)).to.have.length(6);
    expect(focused(element)).to.equal(part(element, 'filter-city'));
  });

  it('a bad attribute warns once and falls back', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const element = await mount(
        html`<sx-lab-map
          .client=${memoryClient()}
          now=${SATURDAY_10}
          view="globe"
          date="Saturday"
        ></sx-lab-map>`,
      );
      expect(parts(element, 'map')).to.have.length(1);
      expect(listedNames(element)).to.have.length(6);
    } finally {
      console.warn = original;
    }
    const text = warnings.map((args) => String(args[0]));
    expect(text.filter((line) => line.includes('view="globe"'))).to.have.length(1);
    expect(text.filter((line) => line.includes('date="Saturday"'))).to.have.length(1);
  });
});
