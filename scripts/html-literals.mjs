// Trims the indentation inside Lit's html`…` and svg`…` templates of the CDN build. Minifiers
// leave template literals alone, so every line of a widget's markup would ship with its leading
// spaces (prettier's indentation): a few hundred bytes of a page's JavaScript after gzip.
//
// Only a change that cannot alter what the markup means: a line break followed by spaces or tabs
// becomes the line break alone. The HTML parser treats both as the same inter-element white space
// (one rendered space at most), and no widget styles text with `white-space: pre`. Only the static
// parts of a template change; its `${…}` expressions are left as they are.
//
// Used by the CDN build (rollup.config.mjs); the npm library keeps its readable templates.

const TAGS = new Set(['html', 'svg']);

/** Every html`…`/svg`…` template quasi of an ESTree `ast`, as [start, end] offsets. */
function templateQuasis(ast) {
  const ranges = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return;
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      TAGS.has(node.tag.name)
    ) {
      for (const quasi of node.quasi.quasis) ranges.push([quasi.start, quasi.end]);
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** `code` with the indentation of its html/svg templates trimmed (`parse`: an ESTree parser). */
export function trimHtmlLiterals(code, parse) {
  let out = '';
  let at = 0;
  for (const [start, end] of templateQuasis(parse(code))) {
    out += code.slice(at, start) + code.slice(start, end).replace(/\n[ \t]+/g, '\n');
    at = end;
  }
  return out + code.slice(at);
}

/** Rollup plugin: trims the templates of the built widget modules (dist/widgets/…). */
export function htmlLiterals() {
  return {
    name: 'sx-html-literals',
    transform(code, id) {
      if (!/[/\\]widgets[/\\].*\.js$/.test(id) || !/\b(?:html|svg)\s*`/.test(code)) return null;
      const trimmed = trimHtmlLiterals(code, (source) => this.parse(source));
      return trimmed === code ? null : { code: trimmed, map: null };
    },
  };
}
