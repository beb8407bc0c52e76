// Minifies the CSS inside Lit's css`…` tagged templates at build time. Minifiers leave template
// literals alone, so the widgets' styles would otherwise ship with their indentation, line breaks
// and comments: about a fifth of a page's CSS bytes after gzip.
//
// Only changes that cannot alter what the CSS means: comments go, runs of white space become one
// space, and the space around `{`, `}` and `;` goes (a `;` before `}` too). White space next to a
// `${…}` interpolation is kept as one space: it may be a descendant combinator.
//
// Used by the library build (rollup.config.mjs) and by bench/countdown-size.mjs.

const CSS_LITERAL = /(?<![\w$.])css\s*`((?:\\[\s\S]|\$\{[^{}`]*\}|[^`\\$]|\$(?!\{))*)`/g;
const INTERPOLATION = /(\$\{[^{}`]*\})/;

/** The static text of a css`` literal, minified (`edge`: it starts or ends the literal). */
function minifyText(text, { atStart, atEnd }) {
  let css = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/;}/g, '}');
  if (atStart) css = css.replace(/^ /, '');
  if (atEnd) css = css.replace(/ $/, '');
  return css;
}

/** `code` (TypeScript or JavaScript) with every css`…` literal minified. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (literal, body) => {
    const parts = body.split(INTERPOLATION);
    // A comment that is cut by an interpolation cannot be minified safely: leave the literal.
    if (parts.some((part, i) => i % 2 === 0 && /\/\*(?![\s\S]*\*\/)/.test(part))) return literal;
    const last = parts.length - 1;
    const minified = parts.map((part, i) =>
      i % 2 === 1 ? part : minifyText(part, { atStart: i === 0, atEnd: i === last }),
    );
    return `css\`${minified.join('')}\``;
  });
}

const WIDGET_SOURCE = /[/\\]widgets[/\\].*\.[cm]?[jt]s$/;

/**
 * Rollup plugin: minifies the css`` literals of the widgets' modules. Put it after the TypeScript
 * plugin, which compiles from the files on disk (it ignores what earlier plugins did to the code).
 */
export function cssLiterals() {
  return {
    name: 'sx-css-literals',
    transform(code, id) {
      if (!WIDGET_SOURCE.test(id) || !/\bcss\s*`/.test(code)) return null;
      const minified = minifyCssLiterals(code);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}

/** esbuild plugin: the same, for the size bench. */
export function cssLiteralsEsbuild(readFile) {
  return {
    name: 'sx-css-literals',
    setup(build) {
      build.onLoad({ filter: WIDGET_SOURCE }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        if (!/\bcss\s*`/.test(code)) return undefined;
        return {
          contents: minifyCssLiterals(code),
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        };
      });
    },
  };
}
