/**
 * Every control on an element's Storybook docs page does something (#15: `sync-url`, `no-json-ld`
 * and `heading-level` had controls the stories never passed on, and `no-json-ld` was written
 * into every story). Each row a page can set (`.storybook/manifest-for-docs.ts`) is bound in the
 * story's template, so that changing its arg changes the value the element gets; or its control
 * is off and its description says where it takes effect. A control whose effect the canvas
 * cannot show has the readout above the story (stories/effect-readout.ts) naming it. The rows of
 * events and parts (documentation) have no control; a token's control sets the token.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { TemplateResult } from 'lit';
import {
  controlsForDocs,
  tokenDeclarations,
  type DocsArgType,
} from '../../.storybook/controls-for-docs.js';
import { forDocs, type Declaration, type Manifest } from '../../.storybook/manifest-for-docs.js';
import { READINGS } from '../../stories/effect-readout.js';

interface StoryMeta {
  component: string;
  args?: Record<string, unknown>;
  argTypes?: Record<string, { control?: unknown; description?: string; options?: unknown[] }>;
  render: (args: Record<string, unknown>, context: never) => TemplateResult;
}

const STORIES = ['countdown', 'events', 'lab-map', 'story-card'];

const manifest = forDocs(
  JSON.parse(
    readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
  ) as Manifest,
);
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

const isTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && 'strings' in value && 'values' in value;

function* templates(result: unknown): Generator<TemplateResult> {
  if (Array.isArray(result)) for (const item of result) yield* templates(item);
  if (!isTemplate(result)) return;
  yield result;
  for (const value of result.values) yield* templates(value);
}

/** The element's bindings in a rendered story: `name`, `?name` or `.name` → its value. */
function bindings(result: TemplateResult, tag: string): Map<string, unknown> {
  const element = [...templates(result)].find((template) =>
    template.strings.some((text) => text.includes(`<${tag}`)),
  );
  assert.ok(element, `the story renders no <${tag}>`);
  const found = new Map<string, unknown>();
  element.strings.slice(0, -1).forEach((text, index) => {
    const name = /([.?]?[\w-]+)=$/.exec(text)?.[1];
    if (name) found.set(name, element.values[index]);
  });
  return found;
}

/** An arg value unlike `current`, of the row's type. */
function another(type: string, current: unknown, options: unknown[] | undefined): unknown {
  if (type === 'boolean') return !current;
  if (type === 'number') return current === 5 ? 4 : 5;
  const choices = (options ?? [...type.matchAll(/'([^']*)'/g)].map((match) => match[1])).filter(
    (option) => option !== undefined && option !== current,
  );
  return choices[0] ?? 'https://example.invalid/changed';
}

const readoutsOf = (result: TemplateResult): string[] =>
  [...templates(result)].flatMap((template) =>
    template.strings.flatMap((text, index) =>
      /data-shows=$/.test(text) ? String(template.values[index]).split(' ') : [],
    ),
  );

for (const name of STORIES) {
  describe(`Storybook controls of ${name}.stories.ts`, () => {
    let meta: StoryMeta;
    let element: Declaration;
    before(async () => {
      meta = ((await import(`../../stories/${name}.stories.ts`)) as { default: StoryMeta }).default;
      element = declarations.find((declaration) => declaration.tagName === meta.component)!;
      assert.ok(element, meta.component);
    });

    it('each row with a control changes what the element gets, or says where its effect is', () => {
      // Storybook keys rows by name: an attribute's row replaces its property's.
      const attributes = element.attributes ?? [];
      const rows = [
        ...attributes.map((row) => ({ row, binding: [row.name, `?${row.name}`] })),
        ...(element.members ?? [])
          .filter((row) => !attributes.some((attribute) => attribute.name === row.name))
          .map((row) => ({ row, binding: [`.${row.name}`] })),
      ];
      assert.ok(rows.length > 5);
      const base = { ...meta.args };
      const bound = bindings(meta.render(base, {} as never), meta.component);
      for (const { row, binding } of rows) {
        const argType = meta.argTypes?.[row.name];
        if (argType?.control === false) {
          assert.ok(argType.description, `${row.name}: no control, and no word on where it acts`);
          continue;
        }
        const key = binding.find((candidate) => bound.has(candidate));
        assert.ok(key, `${row.name} has a control, but the story never passes it on`);
        const changed = {
          ...base,
          [row.name]: another(row.type?.text ?? 'string', base[row.name], argType?.options),
        };
        const after = bindings(meta.render(changed, {} as never), meta.component);
        assert.notEqual(
          after.get(key),
          bound.get(key),
          `${row.name}: changing the control leaves ${key} as it was`,
        );
      }
    });

    it('a control the canvas cannot show has the readout above the story', () => {
      const shown = readoutsOf(meta.render({ ...meta.args }, {} as never));
      for (const reading of Object.keys(READINGS)) {
        const has = element.attributes?.some((row) => row.name === reading);
        assert.equal(shown.includes(reading), !!has, `${reading} in the readout: ${shown}`);
        if (has) assert.match(meta.argTypes?.[reading]?.description ?? '', /above the story/);
      }
    });
  });
}

describe('Storybook controls of events, tokens and parts', () => {
  /** The rows Storybook makes of them (its `mapItem`: type `void`, a "Set object" control). */
  function documentationRows(element: Declaration): Record<string, DocsArgType> {
    const rows: Record<string, DocsArgType> = {};
    const add = (items: { name: string }[] | undefined, category: string) => {
      for (const item of items ?? []) rows[item.name] = { name: item.name, table: { category } };
    };
    add(element.events, 'events');
    add(element.cssProperties, 'css custom properties');
    add(element.cssParts, 'css shadow parts');
    return rows;
  }

  for (const element of declarations.filter((declaration) => declaration.tagName)) {
    it(`<${element.tagName}>: events and parts without a control, tokens with one that works`, () => {
      const rows = controlsForDocs(documentationRows(element));
      const categories = new Set(Object.values(rows).map((row) => row.table?.category));
      assert.deepEqual([...categories].sort(), [
        'css custom properties',
        'css shadow parts',
        'events',
      ]);
      for (const [name, row] of Object.entries(rows)) {
        if (row.table?.category === 'css custom properties') {
          const type = (row.control as { type?: string } | undefined)?.type;
          assert.equal(type, name.startsWith('--sx-color-') ? 'color' : 'text', name);
        } else {
          assert.equal(row.control, false, `${name} (${row.table?.category}) has a control`);
        }
      }
    });
  }

  it('the tokens the controls set reach the story, nothing else does', () => {
    assert.deepEqual(
      tokenDeclarations({
        '--sx-color-accent': '#8a1c1c',
        '--sx-radius': '0',
        '--sx-space': '',
        'sx-load': {},
        city: '140100',
      }),
      [
        ['--sx-color-accent', '#8a1c1c'],
        ['--sx-radius', '0'],
      ],
    );
  });
});
