/** The edition's cities: finding a record's city and naming it in the display language. */
import type { DivisionCode, Edition, RegionCity } from '../../src/feed/types.js';
import { divisionContains } from '../../src/query/division.js';
import type { Lang } from './i18n.js';

/** The edition's city holding `code` (a county's code finds its city). */
export function regionCity(
  edition: Pick<Edition, 'cities'>,
  code: DivisionCode,
): RegionCity | undefined {
  return (
    edition.cities.find((city) => city.code === code) ??
    edition.cities.find((city) => divisionContains(city.code, code))
  );
}

/** The city's full name ("太原市" / "Taiyuan"). */
export function cityName(city: RegionCity, lang: Lang): string {
  return lang === 'en' ? city.nameEn : city.name;
}

/** The city's short name, for tight spaces ("太原" / "Taiyuan"). */
export function cityShortName(city: RegionCity, lang: Lang): string {
  return lang === 'en' ? city.nameEn : city.short || city.name;
}
