import type { DivisionCode, Edition, RegionCity } from '../feed/types.js';

/**
 * True when division `child` lies within division `parent` (GB/T 2260 codes): a province
 * `140000` holds every `14xxxx`, a city `140100` holds its counties `1401xx`, a county only itself.
 */
export function divisionContains(parent: DivisionCode, child: DivisionCode): boolean {
  if (parent === child) return true;
  if (parent.length !== 6 || child.length !== 6) return false;
  if (parent.endsWith('0000')) return child.startsWith(parent.slice(0, 2));
  if (parent.endsWith('00')) return child.startsWith(parent.slice(0, 4));
  return false;
}

/** True when `code` lies within one of `accepted` (or nothing is asked). */
export function inAnyDivision(
  accepted: ReadonlySet<DivisionCode> | undefined,
  code: DivisionCode,
): boolean {
  if (!accepted || accepted.has(code)) return true;
  for (const parent of accepted) if (divisionContains(parent, code)) return true;
  return false;
}

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
