/**
 * The Storybook docs of each element (#15): Storybook keys a row by its name alone (properties,
 * then attributes, events, CSS properties, parts, each replacing a row of the same name) and infers
 * a control from the type's text. Replayed here over the real manifest as the docs read it
 * (`.storybook/manifest-for-docs.ts`): every attribute keeps its own row, with a control that is
 * not "Set object", and is listed once.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import {
  forDocs,
  type Declaration,
  type Item,
  type Manifest,
} from '../../.storybook/manifest-for-docs.js';

const manifest = JSON.parse(
  readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
) as Manifest;

/** Storybook's rows for an element: name → category (its `extractArgTypesFromElements`). */
function rows(declaration: Declaration): Map<string, { category: string; type?: string }> {
  const table = new Map<string, { category: string; type?: string }>();
  const add = (items: Item[] | undefined, category: string) => {
    for (const item of items ?? []) table.set(item.name, { category, type: item.type?.text });
  };
  add(declaration.members, 'properties');
  add(declaration.attributes, 'attributes');
  add(declaration.events, 'events');
  add(declaration.cssProperties, 'css custom properties');
  add(declaration.cssParts, 'css shadow parts');
  return table;
}

/** The types Storybook gives a control other than "Set object". */
const controllable = (type = '') =>
  /^(string|number|boolean)$/.test(type) ||
  /^('[^']*'\s*\|\s*)*'[^']*'$/.test(type) ||
  !/\bstring\b/.test(type);

describe('Storybook docs rows from the manifest', () => {
  const elements = forDocs(manifest)
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);

  it('covers the four elements', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'sx-countdown',
      'sx-events',
      'sx-lab-map',
      'sx-story-card',
    ]);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: no row for what a page cannot set (methods, read-only, static)`, () => {
      const original = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((declaration) => declaration.tagName === element.tagName);
      const unsettable = (original?.members ?? []).filter(
        (member) => member.kind !== 'field' || member.static || member.readonly,
      );
      // The manifest has them (the test would pass vacuously otherwise): loaded, currentTime…
      assert.ok(unsettable.length > 0, 'the manifest lists no read-only member');
      const table = rows(element);
      for (const member of unsettable) {
        assert.ok(
          !table.has(member.name) || table.get(member.name)?.category !== 'properties',
          `${member.name} is a property row`,
        );
      }
      assert.ok(rows(element).get('client')?.category === 'properties', 'client is not listed');
    });

    it(`<${element.tagName}>: each attribute is its own row, once, with a text-like control`, () => {
      const table = rows(element);
      for (const attribute of element.attributes ?? []) {
        const row = table.get(attribute.name);
        assert.equal(
          row?.category,
          'attributes',
          `${attribute.name} is listed as ${row?.category}`,
        );
        assert.ok(controllable(row.type), `${attribute.name}: ${row.type} gets "Set object"`);
        const twin = element.members?.find((member) => member.attribute === attribute.name);
        assert.ok(
          !twin || twin.name === attribute.name,
          `${attribute.name} is listed again as ${twin?.name}`,
        );
      }
    });
  }
});
