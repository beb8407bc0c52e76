// Minifies the markup and styles inside Lit's html`…`, svg`…` and css`…` templates at build time,
// with the maintained `minify-literals` (html-minifier-next for markup, Lightning CSS for styles).
// Minifiers of JavaScript leave template literals alone, so without this every widget would ship
// its templates' indentation, line breaks and comments.
//
// Markup is collapsed conservatively (runs of white space become one space, never none): white
// space between inline elements is rendered, and a template cannot know which elements its
// `${…}` parts will hold.
//
// Used by the library build (styles and markup; the CDN is built from its output) and, through
// `minifyLiteralsEsbuild`, by the size benches.
import { minifyHTMLLiterals } from 'minify-literals';

const WIDGET_MODULE = /[/\\]widgets[/\\].*\.[cm]?[jt]s$/;
const HAS_LITERAL = /\b(?:html|svg|css)\s*`/;

// The oldest engines the widgets support (Lit 3's own floor, and the in-app browsers of Chinese
// phones, which lag behind): Lightning CSS must not write syntax they cannot read, such as media
// query ranges (`width<=480px`) or `inset`. Versions are encoded as major << 16.
const CSS_TARGETS = { chrome: 90 << 16, safari: 14 << 16, firefox: 90 << 16, ios_saf: 14 << 16 };

/** Options for minify-literals: which kinds of literal to minify. */
function options(fileName, { markup, styles }) {
  return {
    fileName,
    html: markup ? { conservativeCollapse: true } : false,
    css: styles ? { targets: CSS_TARGETS } : false,
    // Only Lit's tags: a `styles` variable or a `styled` helper is not a template of ours.
    htmlTags: ['html', 'svg'],
    cssTags: ['css'],
  };
}

/** `code` with its Lit templates minified, or `null` when nothing changed. */
export async function minifyLiterals(code, fileName, kinds = { markup: true, styles: true }) {
  if (!HAS_LITERAL.test(code)) return null;
  try {
    return await minifyHTMLLiterals(code, options(fileName, kinds));
  } catch (error) {
    // A template the minifier cannot read safely (a directive in element position, as in
    // `<span ${at(x, y)}>`) ships as written: a few bytes more, never a different page.
    console.warn(`minify-literals left ${fileName} as it is: ${error.message}`);
    return null;
  }
}

/** Rollup plugin over the widgets' modules. */
export function minifyLiteralsPlugin(kinds) {
  return {
    name: 'sx-minify-literals',
    async transform(code, id) {
      if (!WIDGET_MODULE.test(id)) return null;
      const result = await minifyLiterals(code, id, kinds);
      return result ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}

/** The same as an esbuild plugin, for the size benches (sources are read from disk). */
export function minifyLiteralsEsbuild(readFile, kinds) {
  return {
    name: 'sx-minify-literals',
    setup(build) {
      build.onLoad({ filter: WIDGET_MODULE }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        const result = await minifyLiterals(code, args.path, kinds);
        if (!result) return undefined;
        return { contents: result.code, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}
