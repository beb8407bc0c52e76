// `npm run analyze` → custom-elements.json: the public surface of every widget (attributes,
// properties, events, slots, parts, CSS properties) read from the element classes and their doc
// comments. Storybook's controls and docs, and editors, read it.

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

export default {
  globs: ['widgets/**/*.ts'],
  exclude: ['widgets/**/*.styles.ts', 'widgets/**/*.test.ts', 'widgets/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` field is written by hand.
  packagejson: false,
  plugins: [defineElementCalls(), shippedPaths()],
};
