/** The edition's cities: finding a record's city and naming it in the display language. */
import type { RegionCity } from '../../src/feed/types.js';
import type { Lang } from './i18n.js';

export { regionCity } from '../../src/query/division.js';

/** The city's full name ("太原市" / "Taiyuan"). */
export function cityName(city: RegionCity, lang: Lang): string {
  return lang === 'en' ? city.nameEn : city.name;
}

/** The city's short name, for tight spaces ("太原" / "Taiyuan"). */
export function cityShortName(city: RegionCity, lang: Lang): string {
  return lang === 'en' ? city.nameEn : city.short || city.name;
}
