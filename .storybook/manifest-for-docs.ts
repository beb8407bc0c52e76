/**
 * The custom-elements manifest as Storybook's docs and controls read it. Storybook keys each row
 * by its name alone, properties first, then attributes, events, CSS properties and parts, each
 * replacing a row of the same name, and it infers a control from the type's text. So, as written
 * by the analyzer:
 * - a part named like an attribute (`kind`, `filters`, `honour`, `spirit`, `basemap`) replaced the
 *   attribute's row: the attribute vanished from the docs and its control was the part's;
 * - a string attribute (`string | undefined`) got an object control ("Set object");
 * - an attribute of two words was listed twice (`basemap-src` and its property `basemapSrc`),
 *   and only one of the two controls did anything.
 * - the element's read-only API (`loaded`, `uiLang`, `clockFrozen`), its methods and the static
 *   `attributeRules` were rows with controls that did nothing.
 * Here parts are named as a page styles them (`::part(kind)`), `| undefined` is dropped from
 * types, a property that mirrors an attribute is documented by the attribute's row (the
 * stories' args are the attributes' names), and a page (the editors these docs are for) sees
 * only what it can set: attributes and writable properties (`client`). The read-only API is in
 * the typings and the README's app-developer section.
 */

/** A member, attribute, event, CSS property or part, as the analyzer writes it. */
export interface Item {
  name: string;
  kind?: string;
  type?: { text: string };
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  [key: string]: unknown;
}

/** A member a page can set: a public, writable instance field. */
const settable = (member: Item): boolean =>
  member.kind === 'field' &&
  !member.static &&
  !member.readonly &&
  (member.privacy ?? 'public') === 'public';

export interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}

export interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const defined = (item: Item): Item =>
  item.type
    ? { ...item, type: { text: item.type.text.replace(/\s*\|\s*undefined\b/g, '') } }
    : item;

export function forDocs<T>(manifest: T): T {
  const source = manifest as unknown as Manifest;
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: declaration.members
                ?.filter(settable)
                .filter((member) => !member.attribute || member.attribute === member.name)
                .map(defined),
              attributes: declaration.attributes?.map(defined),
              cssParts: declaration.cssParts?.map((part) => ({
                ...part,
                name: `::part(${part.name})`,
              })),
            }
          : declaration,
      ),
    })),
  } as unknown as T;
}
