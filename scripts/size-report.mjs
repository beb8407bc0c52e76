// What a visitor downloads, gzip -9, from the built package (`npm run build` first):
// - the CDN loader;
// - per widget, the JavaScript a page with that one widget runs before anything is shown: the
//   loader, the widget chunk and its static imports, recursively (lazy data chunks excluded,
//   they are listed apart);
// - the SDK as an app bundler would ship it (esbuild --bundle --minify): a page that only needs
//   the edition, one that lists events, and every export.
// `node scripts/size-report.mjs --json` prints the same figures as JSON; `--by-source` adds, per
// widget, which packages and source folders its minified code comes from (the diet plan).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { gz, pageBuildOptions } from './size-common.mjs';
import { discoverWidgets } from './widgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');

if (!existsSync(join(cdn, 'loader.js'))) {
  console.error('dist/cdn/loader.js is missing: run `npm run build` first.');
  process.exit(1);
}

await init;

/** The file and every file it imports statically, transitively (dynamic imports excluded). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const [imports] = parse(readFileSync(file, 'utf8'));
  for (const { n: specifier, d: dynamic } of imports) {
    // d === -1: a static import or re-export; -2: import.meta; ≥ 0: import().
    if (dynamic !== -1 || !specifier?.startsWith('.')) continue;
    staticClosure(join(dirname(file), specifier), seen);
  }
  return seen;
}

const sizeOf = (files) => ({
  files: files.map((file) => relative(join(root, 'dist'), file)),
  raw: files.reduce((sum, file) => sum + readFileSync(file).length, 0),
  // Each file travels as its own gzip stream, so their sizes add up.
  gzip: files.reduce((sum, file) => sum + gz(readFileSync(file)), 0),
});

const report = { cdn: {}, widgets: {}, data: {}, sdk: {} };

report.cdn['loader.js'] = sizeOf([join(cdn, 'loader.js')]);
for (const name of ['sdk.js', 'sx-widgets.js', 'sx-widgets.iife.js']) {
  const file = join(cdn, name);
  if (existsSync(file)) report.cdn[name] = sizeOf([...staticClosure(file)]);
}

for (const { name, tag } of discoverWidgets(root)) {
  const chunk = join(cdn, 'widgets', `${name}.js`);
  if (!existsSync(chunk)) continue;
  report.widgets[tag] = sizeOf([join(cdn, 'loader.js'), ...staticClosure(chunk)]);
}

const chunksDir = join(cdn, 'chunks');
if (existsSync(chunksDir)) {
  for (const file of readdirSync(chunksDir).filter((f) => /^data-.*\.js$/.test(f))) {
    report.data[file] = sizeOf([join(chunksDir, file)]);
  }
}

/**
 * The output of `entryPoint` and the outputs it imports statically, transitively (esbuild marks
 * the targets of `import()` as entry points too, so the entry is named).
 */
function initialOutputs(outputs, entryPoint) {
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: next, kind } of outputs[path].imports) {
      if (kind === 'import-statement' && outputs[next]) visit(next);
    }
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint));
  return [...initial];
}

// --- the SDK through an app's bundler ---------------------------------------------------------

const sdkEntry = join(root, 'dist/src/index.js');
const sdkExports = existsSync(sdkEntry)
  ? parse(readFileSync(sdkEntry, 'utf8'))[1].map((e) => e.n)
  : [];
const uses = {
  'edition only': `import { createClient } from ${JSON.stringify(sdkEntry)};
    createClient().edition().then((r) => console.log(r.data.title));`,
  events: `import { createClient } from ${JSON.stringify(sdkEntry)};
    createClient().events({}).then((r) => console.log(r.data.length));`,
  'every export': `import * as sdk from ${JSON.stringify(sdkEntry)}; console.log(sdk);`,
};

for (const [use, contents] of Object.entries(uses)) {
  if (use !== 'every export' && !sdkExports.includes('createClient')) {
    report.sdk[use] = { skipped: 'createClient is not exported by src/index.ts yet' };
    continue;
  }
  const result = await esbuild.build({
    ...pageBuildOptions(root),
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    outdir: join(root, '.bench-out/sdk'),
  });
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  const initial = new Set(initialOutputs(outputs, 'app.js'));
  const contentsOf = (path) => byPath.get(join(root, path));
  const lazy = Object.keys(outputs).filter((path) => !initial.has(path));
  report.sdk[use] = {
    raw: [...initial].reduce((sum, path) => sum + contentsOf(path).length, 0),
    gzip: [...initial].reduce((sum, path) => sum + gz(contentsOf(path)), 0),
    lazyGzip: lazy.reduce((sum, path) => sum + gz(contentsOf(path)), 0),
  };
}

// --- where each widget's bytes come from --------------------------------------------------------

/** Minified bytes of a library module's initial bundle, by npm package or source folder. */
async function bySource(entry) {
  const result = await esbuild.build({
    ...pageBuildOptions(root),
    entryPoints: [entry],
    outdir: join(root, '.bench-out/by-source'),
  });
  const outputs = result.metafile.outputs;
  const totals = {};
  const entryPoint = relative(root, entry).split(sep).join('/');
  for (const output of initialOutputs(outputs, entryPoint).map((path) => outputs[path])) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
      const key = pkg ?? path.split('/').slice(0, 3).join('/');
      totals[key] = (totals[key] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]));
}

if (process.argv.includes('--by-source')) {
  report.bySource = {};
  for (const { tag, source } of discoverWidgets(root)) {
    const entry = join(root, 'dist', source.replace(/\.ts$/, '.js'));
    if (existsSync(entry)) report.bySource[tag] = await bySource(entry);
  }
}

// --- print ------------------------------------------------------------------------------------

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (label, { raw, gzip, files }) =>
    console.log(
      `  ${label.padEnd(28)} ${kb(gzip).padStart(9)} gz ${kb(raw).padStart(9)} min` +
        (files && files.length > 1 ? `  (${files.length} files)` : ''),
    );
  console.log('CDN files (with their static imports)');
  for (const [name, size] of Object.entries(report.cdn)) row(name, size);
  console.log('One widget on a page: loader + widget chunk + static imports');
  for (const [tag, size] of Object.entries(report.widgets)) row(`<${tag}>`, size);
  if (Object.keys(report.widgets).length === 0) console.log('  (no widget built yet)');
  console.log('Embedded data, loaded on demand');
  for (const [name, size] of Object.entries(report.data)) row(name, size);
  console.log('SDK in an app (esbuild --bundle --minify), initial JS; lazy chunks apart');
  for (const [use, size] of Object.entries(report.sdk)) {
    if (size.skipped) console.log(`  ${use.padEnd(28)} skipped: ${size.skipped}`);
    else {
      row(use, size);
      if (size.lazyGzip) console.log(`  ${''.padEnd(28)} + ${kb(size.lazyGzip)} gz on demand`);
    }
  }
  for (const [tag, totals] of Object.entries(report.bySource ?? {})) {
    console.log(`<${tag}> minified bytes by origin (before gzip)`);
    for (const [origin, bytes] of Object.entries(totals)) {
      console.log(`  ${origin.padEnd(40)} ${kb(bytes).padStart(9)}`);
    }
  }
}
