/** Where an event is, in words. */
import type { DivisionCode, Edition, RegionCity } from '../../src/feed/types.js';
import { divisionContains } from '../../src/query/division.js';

/** The edition's city holding `code` (a county's code finds its city). */
export function cityOf(edition: Pick<Edition, 'cities'>, code: DivisionCode): RegionCity | undefined {
  return (
    edition.cities.find((city) => city.code === code) ??
    edition.cities.find((city) => divisionContains(city.code, code))
  );
}
