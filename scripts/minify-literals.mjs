// Minifies the markup and styles inside Lit's html`…`, svg`…` and css`…` templates at build time,
// with the maintained `minify-literals` (html-minifier-next for markup, Lightning CSS for styles).
// Minifiers of JavaScript leave template literals alone, so without this every widget would ship
// its templates' indentation, line breaks and comments.
//
// Markup: html-minifier-next's `collapseWhitespace` drops white space where HTML cannot render it
// (between block elements, at a block's start and end) and keeps one space where it can (between
// inline elements, next to text and next to `${…}` parts, which it sees as text). Every white-space
// text node it drops is one node less in each widget's first render (389 of the lab map's 1,559).
// A template is a fragment: what surrounds it is unknown, and html-minifier-next trims a whole
// document's ends as if they were a block's, which would turn `html` <span>…`` or `<span> · </span>`
// into glued words. So each template is minified between two words of text, which stand for an
// inline neighbour, and the words are taken off again.
//
// Used by the library build (styles and markup; the CDN is built from its output) and, through
// `minifyLiteralsEsbuild`, by the size benches.
import { minify } from 'html-minifier-next';
import { minifyHTMLLiterals } from 'minify-literals';

const WIDGET_MODULE = /[/\\]widgets[/\\].*\.[cm]?[jt]s$/;
const HAS_LITERAL = /\b(?:html|svg|css)\s*`/;

// The oldest engines the widgets support (Lit 3's own floor, and the in-app browsers of Chinese
// phones, which lag behind): Lightning CSS must not write syntax they cannot read, such as media
// query ranges (`width<=480px`) or `inset`. Versions are encoded as major << 16.
const CSS_TARGETS = { chrome: 90 << 16, safari: 14 << 16, firefox: 90 << 16, ios_saf: 14 << 16 };

// minify-literals' own html-minifier-next options (its `defaultMinifyOptions`, 2.2.0): a function
// in `html` replaces them, so they are repeated here.
const MARKUP = {
  caseSensitive: true,
  collapseWhitespace: true,
  decodeEntities: true,
  minifyCSS: false,
  minifyJS: true,
  removeAttributeQuotes: false,
  removeComments: true,
  removeEmptyAttributes: true,
  removeDefaultTypeAttributes: true,
  useShortDoctype: true,
};

// A word no template holds (checked below), standing for the text around a template.
const EDGE = 'SXEDGE';

/** `markup` (one template, its `${…}` parts as placeholders) minified as a fragment of inline text. */
async function minifyMarkup(markup) {
  if (markup.includes(EDGE)) throw new Error(`a template holds ${EDGE}`);
  const out = await minify(`${EDGE}${markup}${EDGE}`, MARKUP);
  if (!out.startsWith(EDGE) || !out.endsWith(EDGE)) throw new Error('the fragment lost its edges');
  return out.slice(EDGE.length, -EDGE.length);
}

/** Options for minify-literals: which kinds of literal to minify. */
function options(fileName, { markup, styles }) {
  return {
    fileName,
    html: markup ? minifyMarkup : false,
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
