import type { Edition } from './types.js';

/** The ids a record may refer to, as sets, built once per edition object. */
export interface EditionIndex {
  cities: Set<string>;
  topics: Set<string>;
  categories: Set<string>;
  audiences: Set<string>;
  labKinds: Set<string>;
  spiritFacets: Set<string>;
}

const cache = new WeakMap<Edition, EditionIndex>();

const ids = (terms: { id: string }[] | undefined) => new Set((terms ?? []).map((term) => term.id));

export function editionIndex(edition: Edition): EditionIndex {
  let index = cache.get(edition);
  if (!index) {
    index = {
      cities: new Set((edition.cities ?? []).map((city) => city.code)),
      topics: ids(edition.topics),
      categories: ids(edition.categories),
      audiences: ids(edition.audiences),
      labKinds: ids(edition.labKinds),
      spiritFacets: ids(edition.spiritFacets),
    };
    cache.set(edition, index);
  }
  return index;
}
