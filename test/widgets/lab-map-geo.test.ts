/**
 * <sx-lab-map> with a host's geographic basemap: the synthetic shapes of test/fixtures (WGS84,
 * GCJ-02, TopoJSON), markers inside the right shapes, clustering, zoom and pan by buttons, keys,
 * wheel and pinch, and the fallback to the schematic.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Lab } from '../../src/feed/types.js';
import type { SxLabSelectEvent } from '../../widgets/lab-map/custom-events.js';
import { BasemapError, readBasemap } from '../../widgets/lab-map/geo/basemap.js';
import { clusterPoints } from '../../widgets/lab-map/geo/cluster.js';
import '../../widgets/lab-map/lab-map.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import gcj02Basemap from '../fixtures/basemap-gcj02.json';
import wgs84Basemap from '../fixtures/basemap-wgs84.json';
import topoBasemap from '../fixtures/basemap-wgs84.topo.json';
import {
  SATURDAY_10,
  facilities,
  focused,
  memoryClient,
  part,
  parts,
  settle,
} from './lab-map-fixtures.js';

type Point = [number, number];

// The page loads hundreds of modules before the tests: make room to see the ones loaded later.
performance.setResourceTimingBufferSize(10_000);

/** Presses `key` with Shift held. */
async function shiftPress(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

let served = 0;

/**
 * Serves `data` over real HTTP (the test server's scripted routes; the dev server would turn a
 * .json file into a JS module) and returns its URL.
 */
async function serve(data: unknown): Promise<string> {
  const key = `lab-map-geo-${Date.now()}-${(served += 1)}`;
  const response = await fetch(`/__feed/seed?key=${key}&file=basemap.json`, {
    method: 'PUT',
    body: JSON.stringify(data),
  });
  expect(response.status).to.equal(204);
  return `/__feed/ok/basemap.json?key=${key}`;
}

const byId = (...ids: string[]): Lab[] => facilities().filter((lab) => ids.includes(lab.id));

/** One facility per city, far apart: every marker is a single facility at zoom 1. */
const SPREAD = () => byId('ty-key', 'cz-pilot', 'dt-centre', 'yq-edge');

async function mountGeo(
  basemapSrc: string,
  options: { labs?: Lab[]; crs?: string; lang?: string; theme?: string; credit?: string } = {},
): Promise<SxLabMap> {
  const element = await fixture<SxLabMap>(
    html`<sx-lab-map
      .client=${memoryClient(options.labs ?? SPREAD())}
      now=${SATURDAY_10}
      basemap-src=${basemapSrc}
      basemap-crs=${options.crs ?? 'wgs84'}
      basemap-credit=${options.credit ?? '合成测试底图（非真实边界）'}
      lang=${options.lang ?? 'zh-CN'}
      theme=${options.theme ?? 'light'}
    ></sx-lab-map>`,
  );
  await element.loaded;
  await settle(element);
  return element;
}

function markers(element: SxLabMap): HTMLButtonElement[] {
  return parts(element, 'marker') as HTMLButtonElement[];
}

function markerOf(element: SxLabMap, labId: string): HTMLButtonElement {
  const found = markers(element).find((marker) =>
    marker.dataset['key']!.split(',').includes(labId),
  );
  if (!found) throw new Error(`no marker for ${labId}`);
  return found;
}

function area(element: SxLabMap, code: string): SVGPathElement {
  const found = element.shadowRoot!.querySelector<SVGPathElement>(`path[data-code="${code}"]`);
  if (!found) throw new Error(`no area ${code}`);
  return found;
}

/** The rings of an SVG path written as `M x yLx y…Z` (what the map draws). */
function rings(path: SVGPathElement): Point[][] {
  return path
    .getAttribute('d')!
    .split('Z')
    .filter((chunk) => chunk.trim())
    .map((chunk) =>
      chunk
        .replace('M', '')
        .split('L')
        .map((pair) => pair.trim().split(/\s+/).map(Number) as Point),
    );
}

/** Even–odd ray casting. */
function inside([x, y]: Point, ring: Point[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** The marker's projected position, in map units. */
const mapPoint = (marker: HTMLElement): Point => [
  Number(marker.dataset['x']),
  Number(marker.dataset['y']),
];

/** The marker's centre on screen, and its city's shape on screen (through the SVG's transform). */
function onScreen(marker: HTMLElement, path: SVGPathElement): { centre: Point; ring: Point[] } {
  const box = marker.getBoundingClientRect();
  const matrix = path.getScreenCTM()!;
  const ring = rings(path)[0]!.map(([x, y]) => {
    const p = new DOMPoint(x, y).matrixTransform(matrix);
    return [p.x, p.y] as Point;
  });
  return { centre: [box.left + box.width / 2, box.top + box.height / 2], ring };
}

function viewBoxOf(element: SxLabMap): { x: number; y: number; w: number; h: number } {
  const [x, y, w, h] = part(element, 'basemap').getAttribute('viewBox')!.split(' ').map(Number);
  return { x: x!, y: y!, w: w!, h: h! };
}

const CITY_OF: Record<string, string> = {
  'ty-key': '140100',
  'cz-pilot': '140400',
  'dt-centre': '140200',
  'yq-edge': '140300',
};

async function expectMarkersInTheirCities(element: SxLabMap): Promise<void> {
  for (const [labId, code] of Object.entries(CITY_OF)) {
    const marker = markerOf(element, labId);
    const path = area(element, code);
    expect(inside(mapPoint(marker), rings(path)[0]!), `${labId} in ${code} (map units)`).to.equal(
      true,
    );
    const { centre, ring } = onScreen(marker, path);
    // The drawn marker sits where its projected position is drawn (within a pixel)…
    const projected = new DOMPoint(...mapPoint(marker)).matrixTransform(path.getScreenCTM()!);
    expect(centre[0]).to.be.closeTo(projected.x, 1);
    expect(centre[1]).to.be.closeTo(projected.y, 1);
    // …and, for those not hugging an edge, visibly inside the shape.
    if (labId !== 'yq-edge') expect(inside(centre, ring), `${labId} on screen`).to.equal(true);
  }
}

describe('basemap reader', () => {
  it('reads GeoJSON areas with their division codes', () => {
    const basemap = readBasemap(wgs84Basemap);
    expect(basemap.areas).to.have.length(11);
    expect(basemap.areas.map((a) => a.code)).to.include('140300');
    expect(basemap.bounds.minLng).to.be.below(111).and.above(110);
  });

  it('decodes quantized TopoJSON (delta-encoded, reversed arcs) to the same shapes', () => {
    const geo = readBasemap(wgs84Basemap);
    const topo = readBasemap(topoBasemap);
    expect(topo.areas.map((a) => a.code)).to.deep.equal(geo.areas.map((a) => String(a.code)));
    for (const [index, a] of geo.areas.entries()) {
      const expected = a.polygons[0]![0]!;
      const actual = topo.areas[index]!.polygons[0]![0]!;
      expect(actual).to.have.length(expected.length);
      actual.forEach(([lng, lat], i) => {
        expect(lng).to.be.closeTo(expected[i]![0], 1e-4);
        expect(lat).to.be.closeTo(expected[i]![1], 1e-4);
      });
    }
  });

  it('refuses data without areas', () => {
    expect(() => readBasemap({ type: 'FeatureCollection', features: [] })).to.throw(BasemapError);
    expect(() => readBasemap({ type: 'Point', coordinates: [112, 37] })).to.throw(BasemapError);
    expect(() => readBasemap('nope')).to.throw(BasemapError);
  });
});

describe('greedy grid clustering', () => {
  it('merges points within the radius and keeps the others apart', () => {
    const points = [
      { x: 0, y: 0, item: 'a' },
      { x: 3, y: 4, item: 'b' }, // 5 from a
      { x: 40, y: 0, item: 'c' },
      { x: 41, y: 1, item: 'd' },
      { x: 100, y: 100, item: 'e' },
    ];
    const clusters = clusterPoints(points, 6, (id) => id);
    expect(clusters.map((c) => c.key)).to.deep.equal(['a,b', 'c,d', 'e']);
    expect(clusters[0]!.x).to.equal(1.5);
    expect(clusterPoints(points, 4, (id) => id)).to.have.length(4);
  });
});

describe('<sx-lab-map> geographic basemap', () => {
  it('WGS84 basemap: every marker lies inside its city’s shape; the credit is shown', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    expect(parts(element, 'tile')).to.have.length(0);
    expect(parts(element, 'area')).to.have.length(11);
    expect(markers(element)).to.have.length(4);
    await expectMarkersInTheirCities(element);
    expect(part(element, 'credit').textContent).to.equal('合成测试底图（非真实边界）');
    expect(markerOf(element, 'cz-pilot').getAttribute('aria-label')).to.equal(
      '光电材料中试基地，中试基地',
    );
    // The geometry code came in its own module, loaded on demand.
    const geo = performance
      .getEntriesByType('resource')
      .filter((entry) => /lab-map\/geo\/geo-map/.test(entry.name));
    expect(geo.length).to.be.greaterThan(0);
    // Its styles came with it: the viewport clips the zoomed map.
    expect(getComputedStyle(part(element, 'map-viewport')).overflow).to.equal('hidden');
    await expect(element).to.be.accessible();
  });

  it('1280 px: a geographic basemap keeps its third of the width (the 20em column is the schematic’s)', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    element.style.display = 'block';
    element.style.width = '1256px';
    await element.updateComplete;
    const em = parseFloat(getComputedStyle(element).fontSize);
    const map = element.shadowRoot!.querySelector('.map-pane')!.getBoundingClientRect();
    expect(map.width / em).to.be.above(24);
  });

  it('GCJ-02 basemap: the WGS84 points are converted and land inside the shifted shapes', async () => {
    const url = await serve(gcj02Basemap);
    const element = await mountGeo(url, { crs: 'GCJ-02' });
    await expectMarkersInTheirCities(element);
    // Control: the same map read as WGS84 draws the edge facility ~600 m west, outside its shape.
    const wrong = await mountGeo(url, { crs: 'wgs84' });
    const edge = markerOf(wrong, 'yq-edge');
    expect(inside(mapPoint(edge), rings(area(wrong, '140300'))[0]!)).to.equal(false);
  });

  it('TopoJSON basemap works the same', async () => {
    const element = await mountGeo(await serve(topoBasemap));
    expect(parts(element, 'area')).to.have.length(11);
    await expectMarkersInTheirCities(element);
  });

  it('basemap="<url>" is an alias, basemap="schematic" wins over basemap-src, a blob: URL works', async () => {
    const url = await serve(wgs84Basemap);
    const alias = await fixture<SxLabMap>(
      html`<sx-lab-map
        .client=${memoryClient(SPREAD())}
        now=${SATURDAY_10}
        basemap=${url}
      ></sx-lab-map>`,
    );
    await alias.loaded;
    expect(parts(alias, 'area')).to.have.length(11);
    const forced = await fixture<SxLabMap>(
      html`<sx-lab-map
        .client=${memoryClient(SPREAD())}
        now=${SATURDAY_10}
        basemap="schematic"
        basemap-src=${url}
      ></sx-lab-map>`,
    );
    await forced.loaded;
    expect(parts(forced, 'tile')).to.have.length(11);
    const blob = URL.createObjectURL(
      new Blob([JSON.stringify(wgs84Basemap)], { type: 'application/json' }),
    );
    try {
      const fromBlob = await mountGeo(blob);
      expect(parts(fromBlob, 'area')).to.have.length(11);
    } finally {
      URL.revokeObjectURL(blob);
    }
  });

  it('falls back to the schematic, with a note, when the basemap cannot be loaded', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const element = await mountGeo('/__feed/status/basemap.json?key=lab-map-404&code=404');
      expect(part(element, 'basemap-error').textContent).to.contain('地图底图无法加载');
      expect(parts(element, 'tile')).to.have.length(11);
      await expect(element).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('is accessible in English and the dark theme, with a facility chosen', async () => {
    const element = await mountGeo(await serve(wgs84Basemap), { lang: 'en', theme: 'dark' });
    markerOf(element, 'ty-key').click();
    await settle(element);
    expect(markerOf(element, 'ty-key').getAttribute('aria-pressed')).to.equal('true');
    expect(part(element, 'zoom-in').getAttribute('aria-label')).to.equal('Zoom in');
    await expect(element).to.be.accessible();
  });
});

describe('<sx-lab-map> clustering and zoom', () => {
  it('merges nearby facilities into one labelled marker; choosing it zooms in until they part', async () => {
    const element = await mountGeo(await serve(wgs84Basemap), {
      labs: byId('ty-key', 'ty-pop', 'cz-pilot'),
    });
    expect(markers(element)).to.have.length(2);
    const cluster = markerOf(element, 'ty-key');
    expect(cluster.getAttribute('part')).to.contain('cluster');
    expect(cluster.getAttribute('aria-label')).to.equal('太原，2 个开放单位');
    expect(cluster.textContent!.trim()).to.equal('2');
    const before = viewBoxOf(element);
    cluster.click();
    await settle(element);
    const after = viewBoxOf(element);
    expect(after.w).to.be.below(before.w / 4);
    expect(markerOf(element, 'ty-key')).to.not.equal(markerOf(element, 'ty-pop'));
    expect(markerOf(element, 'ty-key').getAttribute('part')).to.not.contain('cluster');
  });

  it('facilities at one spot stay one marker; choosing it narrows the list to them', async () => {
    const twins = byId('ty-key', 'ty-pop').map((lab) => ({
      ...lab,
      location: { lat: 37.856, lng: 112.543, precise: false },
    }));
    const element = await mountGeo(await serve(wgs84Basemap), {
      labs: [...twins, ...byId('cz-pilot')],
    });
    setTimeout(() => markerOf(element, 'ty-key').click());
    const event = (await oneEvent(element, 'sx-lab-select')) as SxLabSelectEvent;
    expect(event.labs.map((lab) => lab.id)).to.deep.equal(['ty-key', 'ty-pop']);
    expect(event.city?.code).to.equal('140100');
    await settle(element);
    expect(parts(element, 'item')).to.have.length(2);
    expect(part(element, 'group-notice').textContent).to.contain('2');
    await expect(element).to.be.accessible();
    part(element, 'show-all').click();
    await settle(element);
    expect(parts(element, 'item')).to.have.length(3);
  });

  it('zoom buttons: in, out, reset', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    const home = viewBoxOf(element);
    expect((part(element, 'zoom-out') as HTMLButtonElement).disabled).to.equal(true);
    part(element, 'zoom-in').click();
    await settle(element);
    expect(viewBoxOf(element).w).to.be.closeTo(home.w / 2, 0.01);
    part(element, 'zoom-in').click();
    await settle(element);
    part(element, 'zoom-out').click();
    await settle(element);
    expect(viewBoxOf(element).w).to.be.closeTo(home.w / 2, 0.01);
    part(element, 'zoom-reset').click();
    await settle(element);
    expect(viewBoxOf(element)).to.deep.equal(home);
  });

  it('the wheel zooms only with Ctrl or ⌘, so the page still scrolls', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    const viewport = part(element, 'map-viewport');
    const rect = viewport.getBoundingClientRect();
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', {
        deltaY: -200,
        clientX: rect.left + rect.width / 2,
        clientY: rect.top + rect.height / 2,
        bubbles: true,
        cancelable: true,
        composed: true,
        ...init,
      });
      viewport.dispatchEvent(event);
      return event;
    };
    const home = viewBoxOf(element);
    expect(wheel({}).defaultPrevented).to.equal(false);
    await settle(element);
    expect(viewBoxOf(element)).to.deep.equal(home);
    expect(wheel({ ctrlKey: true }).defaultPrevented).to.equal(true);
    await settle(element);
    expect(viewBoxOf(element).w).to.be.below(home.w);
    part(element, 'zoom-reset').click();
    await settle(element);
    wheel({ metaKey: true });
    await settle(element);
    expect(viewBoxOf(element).w).to.be.below(home.w);
  });

  it('two fingers pinch to zoom; one finger is left to the page; a mouse drags to pan', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    const viewport = part(element, 'map-viewport');
    const rect = viewport.getBoundingClientRect();
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    const pointer = (type: string, id: number, x: number, y: number, pointerType = 'touch') =>
      viewport.dispatchEvent(
        new PointerEvent(type, {
          pointerId: id,
          pointerType,
          clientX: x,
          clientY: y,
          button: 0,
          bubbles: true,
          composed: true,
        }),
      );
    const home = viewBoxOf(element);
    // One finger: nothing moves (the page scrolls instead).
    pointer('pointerdown', 1, cx, cy);
    pointer('pointermove', 1, cx + 40, cy + 40);
    pointer('pointerup', 1, cx + 40, cy + 40);
    await settle(element);
    expect(viewBoxOf(element)).to.deep.equal(home);
    // Two fingers spreading from 40 px to 120 px apart: three times closer.
    pointer('pointerdown', 1, cx - 20, cy);
    pointer('pointerdown', 2, cx + 20, cy);
    pointer('pointermove', 1, cx - 60, cy);
    pointer('pointermove', 2, cx + 60, cy);
    pointer('pointerup', 1, cx - 60, cy);
    pointer('pointerup', 2, cx + 60, cy);
    await settle(element);
    const pinched = viewBoxOf(element);
    expect(pinched.w).to.be.closeTo(home.w / 3, home.w * 0.02);
    // A mouse drag to the right shows what lies to the left.
    pointer('pointerdown', 3, cx, cy, 'mouse');
    pointer('pointermove', 3, cx + 30, cy, 'mouse');
    pointer('pointermove', 3, cx + 60, cy, 'mouse');
    pointer('pointerup', 3, cx + 60, cy, 'mouse');
    await settle(element);
    expect(viewBoxOf(element).x).to.be.below(pinched.x);
  });

  it('the city attribute opens the map on that city', async () => {
    const element = await fixture<SxLabMap>(
      html`<sx-lab-map
        .client=${memoryClient(facilities())}
        now=${SATURDAY_10}
        city="140100"
        basemap-src=${await serve(wgs84Basemap)}
      ></sx-lab-map>`,
    );
    await element.loaded;
    await settle(element);
    const fullWidth = Number(
      getComputedStyle(part(element, 'map-viewport')).aspectRatio.split('/')[0],
    );
    expect(fullWidth).to.be.above(100);
    expect(viewBoxOf(element).w).to.be.below(fullWidth / 2);
    expect(area(element, '140100').hasAttribute('data-selected')).to.equal(true);
  });

  it('choosing a city fits the map to its facilities', async () => {
    const element = await mountGeo(await serve(wgs84Basemap), { labs: facilities() });
    const home = viewBoxOf(element);
    const select = part(element, 'filter-city') as HTMLSelectElement;
    select.value = '140100';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(viewBoxOf(element).w).to.be.below(home.w / 2);
    expect(
      markers(element).every((m) =>
        m.dataset['key']!.split(',').every((id) => id.startsWith('ty-')),
      ),
    ).to.equal(true);
    expect(area(element, '140100').hasAttribute('data-selected')).to.equal(true);
  });
});

describe('<sx-lab-map> geographic keyboard', () => {
  it('one Tab stop; arrows move between markers; +/−/0 zoom; Shift+arrows pan', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    expect(markers(element).filter((m) => m.tabIndex === 0)).to.have.length(1);
    // Reading order: Datong is northernmost, so it holds the Tab stop.
    const datong = markerOf(element, 'dt-centre');
    expect(datong.tabIndex).to.equal(0);
    part(element, 'filter-open-now').querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(datong);
    await sendKeys({ press: 'ArrowDown' }); // Yangquan is in line below Datong
    await settle(element);
    expect(focused(element)).to.equal(markerOf(element, 'yq-edge'));
    await sendKeys({ press: 'ArrowLeft' });
    await settle(element);
    const taiyuan = markerOf(element, 'ty-key');
    expect(focused(element)).to.equal(taiyuan);
    expect(taiyuan.tabIndex).to.equal(0);
    const home = viewBoxOf(element);
    await sendKeys({ press: '+' });
    await settle(element);
    expect(viewBoxOf(element).w).to.be.closeTo(home.w / 2, 0.01);
    expect(focused(element)).to.equal(markerOf(element, 'ty-key'));
    const zoomed = viewBoxOf(element);
    await shiftPress('ArrowLeft');
    await settle(element);
    expect(viewBoxOf(element).x).to.be.below(zoomed.x);
    await sendKeys({ press: '-' });
    await settle(element);
    await sendKeys({ press: '0' });
    await settle(element);
    expect(viewBoxOf(element)).to.deep.equal(home);
    await expect(element).to.be.accessible();
  });

  it('Enter on a marker selects its facility and takes focus to the list; Escape comes back', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    markerOf(element, 'cz-pilot').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(element, 'sx-lab-select')) as SxLabSelectEvent;
    expect(event.lab?.id).to.equal('cz-pilot');
    expect(event.source).to.equal('map');
    await settle(element);
    const card = element.shadowRoot!.querySelector('[data-lab="cz-pilot"] article');
    expect(focused(element)).to.equal(card);
    expect(markerOf(element, 'cz-pilot').getAttribute('aria-pressed')).to.equal('true');
    expect(parts(element, 'item-selected').map((node) => node.dataset['lab'])).to.deep.equal([
      'cz-pilot',
    ]);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(focused(element)).to.equal(markerOf(element, 'cz-pilot'));
    // Escape on the map clears the choice.
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(markerOf(element, 'cz-pilot').getAttribute('aria-pressed')).to.equal('false');
  });

  it('a marker whose facility is behind "show more" brings it into the list', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    element.limit = 1;
    await settle(element);
    const last = element.listedLabs[element.listedLabs.length - 1]!.id;
    expect(parts(element, 'item').map((node) => node.dataset['lab'])).to.not.include(last);
    markerOf(element, last).click();
    await settle(element);
    expect(parts(element, 'item').map((node) => node.dataset['lab'])).to.include(last);
    expect(focused(element)).to.equal(
      element.shadowRoot!.querySelector(`[data-lab="${last}"] article`),
    );
  });

  it('"show on map" zooms to the facility and focuses its marker', async () => {
    const element = await mountGeo(await serve(wgs84Basemap));
    const home = viewBoxOf(element);
    element
      .shadowRoot!.querySelector<HTMLElement>('[data-lab="yq-edge"] [part~=show-on-map]')!
      .click();
    await settle(element);
    expect(viewBoxOf(element).w).to.be.below(home.w / 4);
    expect(focused(element)).to.equal(markerOf(element, 'yq-edge'));
    expect(markerOf(element, 'yq-edge').getAttribute('aria-pressed')).to.equal('true');
  });

  it('with no marker in view, the map itself takes the Tab stop and arrows pan', async () => {
    const element = await mountGeo(await serve(wgs84Basemap), { labs: byId('dt-centre') });
    // Zoom into the far south: Datong's marker leaves the view.
    element
      .shadowRoot!.querySelector<HTMLElement>('[data-lab="dt-centre"] [part~=show-on-map]')!
      .click();
    await settle(element);
    const layer = part(element, 'markers');
    for (let i = 0; i < 12; i += 1) {
      await shiftPress('ArrowDown');
      await settle(element);
    }
    expect(markers(element)).to.have.length(0);
    expect(layer.tabIndex).to.equal(0);
    expect(focused(element)).to.equal(layer);
    const before = viewBoxOf(element);
    await sendKeys({ press: 'ArrowUp' });
    await settle(element);
    expect(viewBoxOf(element).y).to.be.below(before.y);
  });
});
