/**
 * The pure logic of <sx-lab-map>, without a DOM: which basemap the attributes name, the filters
 * they preset, the list's page size and group, the one-badge rule for sample records, and where a
 * key moves on the schematic's tile grid. (The element in Chromium: test/widgets/lab-map*.test.ts.)
 */
import { expect } from 'chai';
import { basemapUrl, readCrs } from '../../widgets/lab-map/basemap-source.js';
import { inGroup, pageSize, presetFilters } from '../../widgets/lab-map/lab-query.js';
import { tileKeyTarget, tileLayout } from '../../widgets/lab-map/tile-grid.js';
import { testEdition, testLab } from '../support/fixture-edition.js';

const BASE = 'https://partner.example/page/';

describe('lab map: basemap attributes', () => {
  it('reads both spellings of the two coordinate systems, wgs84 when unset', () => {
    expect(readCrs(undefined)).to.equal('wgs84');
    expect(readCrs('WGS-84')).to.equal('wgs84');
    expect(readCrs('GCJ-02')).to.equal('gcj02');
    expect(readCrs('bd09')).to.equal(undefined);
  });

  it('resolves basemap-src (or a URL in basemap) against the page; schematic wins', () => {
    expect(basemapUrl(undefined, 'maps/sx.json', BASE)).to.deep.equal({
      url: 'https://partner.example/page/maps/sx.json',
      rejected: undefined,
    });
    expect(basemapUrl('geo', ' /m.json ', BASE)).to.deep.equal({
      url: 'https://partner.example/m.json',
      rejected: undefined,
    });
    expect(basemapUrl('https://cdn.example/a.topo.json', '/b.json', BASE).url).to.equal(
      'https://cdn.example/a.topo.json',
    );
    const none = { url: undefined, rejected: undefined };
    expect(basemapUrl('schematic', '/b.json', BASE)).to.deep.equal(none);
    expect(basemapUrl(undefined, undefined, BASE)).to.deep.equal(none);
  });

  it('never reads a URL a host page put on Object.prototype (#14 item 8)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of [
      ['url', 'https://evil.example/map.json'],
      ['rejected', 'javascript:evil()'],
    ] as const) {
      proto[key] = value;
      try {
        for (const [basemap, src] of [
          ['schematic', '/b.json'],
          [undefined, undefined],
          ['geo', ''],
        ]) {
          const { url, rejected } = basemapUrl(basemap, src, BASE);
          expect([url, rejected], `${key} with basemap=${basemap}`).to.deep.equal([
            undefined,
            undefined,
          ]);
        }
      } finally {
        delete proto[key];
      }
    }
  });

  it('refuses URLs a page must not fetch as a basemap', () => {
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      expect(basemapUrl(undefined, bad, BASE)).to.deep.equal({ url: undefined, rejected: bad });
    }
  });
});

describe('lab map: filters and the list', () => {
  it('presets trimmed city and kind, and a day only when it is a real date', () => {
    expect(
      presetFilters({ city: ' 140400 ', kind: 'key-lab', date: '2025-05-31', openNow: true }),
    ).to.deep.equal({ city: '140400', kind: 'key-lab', day: '2025-05-31', openNow: true });
    expect(presetFilters({ date: '2025-02-30', openNow: false }).day).to.equal('');
    expect(presetFilters({ date: '31/05/2025', openNow: false }).day).to.equal('');
  });

  it('pages by limit when it is a positive whole number, else by 6', () => {
    expect(pageSize(4)).to.equal(4);
    for (const bad of [0, -2, 2.5, Number.NaN]) expect(pageSize(bad)).to.equal(6);
  });

  it("narrows the list to a marker's group, in list order", () => {
    const labs = ['a', 'b', 'c'].map((id) => testLab({ id }));
    expect(inGroup(labs, ['c', 'a']).map((lab) => lab.id)).to.deep.equal(['a', 'c']);
    expect(inGroup(labs, undefined)).to.equal(labs);
  });
});

describe('lab map: keys on the tile grid', () => {
  const layout = tileLayout(testEdition().cities);
  const code = (name: string) => testEdition().cities.find((city) => city.nameEn === name)!.code;
  const target = (from: string, key: string) => {
    const next = tileKeyTarget(layout, code(from), key);
    return typeof next === 'object' ? next.city.nameEn : next;
  };

  it('moves with the arrows to the nearest tile in that direction, and stays at an edge', () => {
    expect(target('Taiyuan', 'ArrowRight')).to.equal('Yangquan');
    expect(target('Taiyuan', 'ArrowDown')).to.equal('Jinzhong');
    expect(target('Taiyuan', 'ArrowUp')).to.equal('Xinzhou');
    expect(target('Datong', 'ArrowUp')).to.equal('Datong');
  });

  it('goes to the first and last tile in reading order with Home and End', () => {
    expect(target('Taiyuan', 'Home')).to.equal('Datong');
    expect(target('Taiyuan', 'End')).to.equal('Jincheng');
  });

  it('asks to clear the choice on Escape and leaves other keys to the page', () => {
    expect(target('Taiyuan', 'Escape')).to.equal('escape');
    expect(target('Taiyuan', 'a')).to.equal(undefined);
    expect(tileKeyTarget(layout, 'nowhere', 'ArrowLeft')).to.equal(undefined);
  });
});
