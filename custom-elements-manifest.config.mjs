// `npm run analyze` → custom-elements.json: the public surface of every widget (attributes,
// properties, events, slots, parts, CSS properties) read from the element classes and their doc
// comments. Storybook's controls and docs, and editors, read it.
// The same run writes the framework typings and editor data under types/ with the maintained
// generators of the custom-elements-manifest ecosystem (never a hand-kept list of attributes);
// test/node/typings.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Widgets register with `defineElement(tag, Class)` (a guarded `customElements.define`), which
 * the analyzer does not know: record the tag on the class and as a definition export.
 */
function defineElementCalls() {
  const found = new Map(); // module path → [tag, class name][]
  return {
    name: 'sx-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || callee.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      const calls = found.get(moduleDoc.path) ?? [];
      calls.push([tag.text, ctor.text]);
      found.set(moduleDoc.path, calls);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const [tagName, className] of found.get(moduleDoc.path) ?? []) {
        const declaration = moduleDoc.declarations?.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.tagName = tagName;
        declaration.customElement = true;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []).filter(
            (e) => !(e.kind === 'custom-element-definition' && e.name === tagName),
          ),
          {
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: moduleDoc.path },
          },
        ];
      }
    },
  };
}

/** Module paths point at the files that ship (`dist/…/*.js`), not at the TypeScript sources. */
function shippedPaths() {
  const toShipped = (value) =>
    /^(src|widgets)\/.*\.ts$/.test(value) ? `dist/${value.replace(/\.ts$/, '.js')}` : value;
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') {
          value[key] = toShipped(child);
        } else visit(child);
      }
    }
  };
  return {
    name: 'sx-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Keeps the manifest to the public surface: members that are private or protected (TypeScript
 * modifiers, `#names`, `_names`, `@internal`/`@private` in their doc comment) are dropped, so
 * editors, Storybook and the generated typings offer only what an app may use.
 */
function publicMembersOnly() {
  const hidden = (member) =>
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('#') ||
    member.name.startsWith('_') ||
    /@(internal|private)\b/.test(member.description ?? '');
  return {
    name: 'sx-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !hidden(member));
          }
        }
      }
    },
  };
}

/**
 * Keeps the manifest to the modules an app can import: the element modules (the exports map's
 * `widgets/*.js`), the event classes they re-export, `widgets/all.js` and the SSR helpers. The
 * other modules (templates, models, helpers) are private to the package and were two thirds of
 * the manifest's bytes; their code is documented in the sources.
 */
function publicModulesOnly() {
  const entry = (path) =>
    /^dist\/widgets\/([^/]+)\/\1\.js$/.test(path) ||
    /^dist\/widgets\/(all|shared\/server-data)\.js$/.test(path);
  return {
    name: 'sx-public-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const eventClasses = new Set(
        modules
          .flatMap((m) => m.declarations ?? [])
          .flatMap((d) => d.events ?? [])
          .map((event) => event.type?.text)
          .filter(Boolean),
      );
      // In path order: the analyzer lists modules in the order it finished reading them, which
      // varies from run to run, and the generated typings (checked for staleness) follow it.
      customElementsManifest.modules = modules
        .filter(
          (m) =>
            entry(m.path) ||
            (m.declarations ?? []).some((d) => d.kind === 'class' && eventClasses.has(d.name)),
        )
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** JSON that only tools read (editor data) is written without indentation. */
function compactJson(files) {
  return {
    name: 'sx-compact-json',
    packageLinkPhase() {
      for (const file of files) {
        writeFileSync(file, `${JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))}\n`);
      }
    },
  };
}

/**
 * `@fires sx-x - {SxXEvent} What happened.` names the event's class: recorded as the event's type
 * (the analyzer leaves it in the description), so editors and the generated typings know it.
 */
function eventClasses() {
  return {
    name: 'sx-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const match = /^\{(\w+)\}\s*/.exec(event.description ?? '');
            if (!match) continue;
            event.type = { text: match[1] };
            event.description = event.description.slice(match[0].length);
          }
        }
      }
    },
  };
}

/**
 * The JSX and Vue generators type a handler as `CustomEvent<type>` (the type of a `detail`); the
 * widgets' events are `Event` subclasses with typed fields, so the handler gets the class itself.
 */
function handlersTakeEventClasses(files) {
  return {
    name: 'sx-handlers-take-event-classes',
    packageLinkPhase() {
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        // Each element module re-exports the shared events (sx-load, sx-error): import a name once.
        const seen = new Set();
        const deduped = text.replace(
          /import type \{([^}]*)\} from ("[^"]+");/g,
          (_all, names, from) => {
            const kept = names
              .split(',')
              .map((name) => name.trim())
              .filter((name) => name && !seen.has(name) && seen.add(name));
            return `import type { ${kept.join(', ')} } from ${from};`;
          },
        );
        writeFileSync(file, deduped.replace(/CustomEvent<(Sx\w+Event)>/g, '$1'));
      }
    },
  };
}

/**
 * React wrappers (`sx-science-week/react`, react/index.ts) made with `@lit/react` from the
 * manifest: one component per element, an `onSxFilterChange`-style prop per `@fires` event, typed
 * with the event's class. Written here so that a new event or element reaches React at once.
 */
function reactWrappers(file) {
  const camel = (name) => name.replace(/(^|-)([a-z])/g, (_m, _dash, c) => c.toUpperCase());
  return {
    name: 'sx-react-wrappers',
    packageLinkPhase({ customElementsManifest }) {
      const imports = [];
      const components = [];
      const imported = new Set();
      for (const moduleDoc of customElementsManifest.modules) {
        for (const element of moduleDoc.declarations ?? []) {
          if (!element.customElement || !element.tagName) continue;
          const folder = element.tagName.replace(/^sx-/, '');
          const events = (element.events ?? []).filter((event) => event.name && event.type?.text);
          // Each class imported once, from the first element module that exports it.
          const types = [...new Set(events.map((event) => event.type.text))].filter(
            (type) => !imported.has(type) && imported.add(type),
          );
          imports.push(
            `import {\n  ${[`${element.name} as ${element.name}Element`, ...types.map((t) => `type ${t}`)].join(',\n  ')},\n} from 'sx-science-week/widgets/${folder}.js';`,
          );
          const summary = element.summary ?? element.description?.split('\n')[0] ?? '';
          components.push(
            [
              `/** \`<${element.tagName}>\`: ${summary.replace(/\*\//g, '*\\/')} */`,
              `export const ${element.name} = createComponent({`,
              `  tagName: '${element.tagName}',`,
              `  elementClass: ${element.name}Element,`,
              `  react: React,`,
              `  displayName: '${element.name}',`,
              `  events: {`,
              ...events.map(
                (event) =>
                  `    on${camel(event.name)}: '${event.name}' as EventName<${event.type.text}>,`,
              ),
              `  },`,
              `});`,
            ].join('\n'),
          );
        }
      }
      const text = [
        '// Generated by `npm run analyze` from custom-elements.json (custom-elements-manifest.config.mjs).',
        '// Do not edit: test/node/typings.test.ts fails when this file is stale.',
        "import { createComponent, type EventName } from '@lit/react';",
        "import * as React from 'react';",
        ...imports,
        '',
        components.join('\n\n'),
        '',
      ].join('\n');
      writeFileSync(file, text);
    },
  };
}

/** Where the generators' typings import each element class from (relative to types/). */
const elementTypes = (_name, tag) => {
  const folder = tag.replace(/^sx-/, '');
  return `../dist/widgets/${folder}/${folder}.js`;
};
// SX_TYPES_DIR: the staleness test writes a fresh copy elsewhere and compares.
const TYPES_DIR = process.env.SX_TYPES_DIR ?? './types';
const typings = { outdir: TYPES_DIR, hideLogs: true, componentTypePath: elementTypes };

export default {
  globs: ['widgets/**/*.ts'],
  exclude: ['widgets/**/*.styles.ts', 'widgets/**/*.test.ts', 'widgets/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` field is written by hand.
  packagejson: false,
  plugins: [
    defineElementCalls(),
    publicMembersOnly(),
    eventClasses(),
    shippedPaths(),
    publicModulesOnly(),
    customElementJsxPlugin({ ...typings, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...typings, fileName: 'vue.d.ts' }),
    customElementVsCodePlugin({
      outdir: TYPES_DIR,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: TYPES_DIR,
      fileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
    reactWrappers(process.env.SX_REACT_FILE ?? './react/index.ts'),
    handlersTakeEventClasses([`${TYPES_DIR}/jsx.d.ts`, `${TYPES_DIR}/vue.d.ts`]),
    compactJson(
      ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'].map(
        (file) => `${TYPES_DIR}/${file}`,
      ),
    ),
  ],
};
