// What a page with one widget downloads, gzip -9 (each file its own stream), bundled the way the
// CDN ships it: the loader and every widget in ONE build (esbuild --bundle --minify --splitting,
// ESM, Lit and the SDK included), so code that widgets share lands in shared chunks as it does on
// the CDN. Seconds to run, no `npm run build` needed; `npm run size` measures the real dist/cdn.
//
// Per widget: the page (loader + widget chunk + its static imports), and the widget beyond the
// shared Lit + SDK core (built alone with lit, src/ and npm packages external: its folder and the
// shared foundation it uses, statically imported). For
// <sx-countdown>, also what it fetches on demand and where its bytes come from; and a check that
// no module of the programme (events, labs, stories, ICS, event queries, map links) is in its graph.
//
//   node bench/countdown-size.mjs                (--json for machine-readable figures,
//                                                 --root DIR to measure another checkout)

import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import {
  cssPlugins,
  gz,
  litAloneGzip,
  outputClosure,
  pageBuildOptions,
} from '../scripts/size-common.mjs';

const rootArg = process.argv.indexOf('--root');
const root =
  rootArg > 0 ? resolve(process.argv[rootArg + 1]) : fileURLToPath(new URL('..', import.meta.url));
const { discoverWidgets } = await import(pathToFileURL(join(root, 'scripts/widgets.mjs')).href);
// The styles minified as the library build minifies them (when the checkout has that step).
const minifyCss = await cssPlugins(root);

/** Budgets from the issues: the countdown's whole page; the others beyond the core. */
const BUDGETS = {
  page: { 'sx-countdown': 12 * 1024 },
  beyondCore: { 'sx-story-card': 8 * 1024, 'sx-lab-map': 10 * 1024 },
};
const FORBIDDEN = [
  /src\/data\/shanxi-2025\/(events|labs|stories|feed|manifest)\.json$/,
  /src\/ics\.ts$/,
  /src\/map-links\.ts$/,
  /src\/query\/(events|labs|stories|event-search|event-times)\.ts$/,
  /node_modules\/ical/,
];

const widgets = discoverWidgets(root);
const options = { ...pageBuildOptions(root), loader: { '.json': 'json' }, plugins: minifyCss };
// The loader is built on its own, as on the CDN (in one build with the widgets, esbuild would hand
// it a chunk of helpers the widgets share).
const loaderBuild = await esbuild.build({
  ...options,
  entryPoints: { loader: 'cdn/loader.ts' },
  outdir: join(root, '.bench-out/loader'),
});
const loaderSize = gz(loaderBuild.outputFiles[0].contents);
const result = await esbuild.build({
  ...options,
  entryPoints: Object.fromEntries(widgets.map(({ name, source }) => [`widgets/${name}`, source])),
  outdir: join(root, '.bench-out/pages'),
});
const outputs = result.metafile.outputs;
const contents = new Map(
  result.outputFiles.map((file) => [relative(root, file.path), file.contents]),
);

const closure = (start, kinds) => outputClosure(outputs, start, kinds);
const entry = (name) =>
  Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith(`/${name}.js`));
const sizes = (paths) => [...paths].reduce((sum, path) => sum + gz(contents.get(path)), 0);
const inputsOf = (paths) => [...paths].flatMap((path) => Object.keys(outputs[path].inputs));
const holds = (path, pattern) => inputsOf([path]).some((input) => pattern.test(input));

const initialOf = Object.fromEntries(
  widgets.map(({ name, tag }) => [tag, closure(entry(`widgets/${name}`))]),
);
// What every widget's page loads (Lit and the part of the foundation all widgets use).
const core = [...Object.values(initialOf)[0]].filter((path) =>
  Object.values(initialOf).every((set) => set.has(path)),
);

/**
 * The widget beyond a shared core: the widget bundled alone with everything outside `own` left
 * external (Lit, src/, npm packages; and widgets/shared when `own` is the widget's folder); the
 * gzipped size of its static graph.
 */
async function beyondCore(source, own) {
  const external = {
    name: 'lit-and-sdk-external',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.')) return { path: args.path, external: true };
        const path = resolve(args.resolveDir, args.path);
        return relative(root, path).startsWith(own) ? undefined : { path, external: true };
      });
    },
  };
  const built = await esbuild.build({
    ...pageBuildOptions(root),
    entryPoints: { widget: source },
    outdir: join(root, '.bench-out/alone'),
    plugins: [external, ...minifyCss],
  });
  const files = new Map(
    built.outputFiles.map((file) => [relative(root, file.path), file.contents]),
  );
  const outs = built.metafile.outputs;
  const start = Object.keys(outs).find((path) => outs[path].entryPoint);
  return [...outputClosure(outs, start)].reduce((sum, path) => sum + gz(files.get(path)), 0);
}

const pages = {};
for (const { tag, source } of widgets) {
  pages[tag] = {
    page: loaderSize + sizes(initialOf[tag]),
    core: sizes(core),
    // The widget's folder alone (Lit, the SDK and the foundation are the core): how the widget
    // briefs measured their chunks.
    beyondCore: await beyondCore(source, dirname(source) + '/'),
    // The folder and the foundation it uses (only Lit and the SDK are the core).
    beyondLitAndSdk: await beyondCore(source, 'widgets/'),
  };
}

// --- the countdown in detail -------------------------------------------------------------------
const countdown = initialOf['sx-countdown'];
const report = { pages };
if (countdown) {
  const all = closure(entry('widgets/countdown'), ['import-statement', 'dynamic-import']);
  const lazy = [...all].filter((path) => !countdown.has(path));
  const dataChunk = lazy.find((path) => holds(path, /shanxi-2025\/edition\.json$/));
  // With `src`, the client is imported on demand: its chunk, and what it needs to fetch and
  // validate a feed (its own lazy fetch and validation chunks), with their static imports.
  const clientEntry = lazy.find((path) => holds(path, /src\/client\/client\.ts$/));
  const clientNeeds = clientEntry
    ? [clientEntry, ...outputs[clientEntry].imports.map((i) => i.path)].filter(
        (path) =>
          outputs[path] &&
          (path === clientEntry ||
            holds(path, /src\/client\/fetch-feed\.ts$|src\/feed\/validate\.ts$/)),
      )
    : [];
  const clientChunks = [...new Set(clientNeeds.flatMap((path) => [...closure(path)]))].filter(
    (path) => !countdown.has(path),
  );
  const litFiles = /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;
  const byInput = {};
  for (const path of countdown) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const group = input.includes('node_modules/')
        ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        : input;
      byInput[group] = (byInput[group] ?? 0) + bytesInOutput;
    }
  }
  // Lit alone, gzipped the same way, to tell the library from our code (its decorators only when
  // the countdown's graph has them).
  const decorators = inputsOf(countdown).some((input) => /lit\/.*decorators\//.test(input));
  const forbidden = inputsOf([...countdown, ...(dataChunk ? [dataChunk] : [])]).filter((input) =>
    FORBIDDEN.some((re) => re.test(input)),
  );
  report.countdown = {
    loader: loaderSize,
    staticGraph: sizes(countdown),
    lit: await litAloneGzip(root, { decorators }),
    litInGraph: Object.entries(byInput)
      .filter(([input]) => litFiles.test(`node_modules/${input}/`))
      .reduce((sum, [, bytes]) => sum + bytes, 0),
    editionData: dataChunk ? gz(contents.get(dataChunk)) : 0,
    clientOnDemand: sizes(clientChunks),
    byInput,
    forbidden: [...new Set(forbidden)],
  };
}

// --- print ---------------------------------------------------------------------------------------
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const budget = (tag, kind) => (BUDGETS[kind][tag] ? ` (budget ${kb(BUDGETS[kind][tag])})` : '');
  console.log('One widget on a page (gzip -9, each file its own stream, code only)');
  console.log(
    '  widget             page (loader + chunk + static imports)  own folder  + foundation',
  );
  for (const [tag, { page, beyondCore, beyondLitAndSdk }] of Object.entries(pages)) {
    console.log(
      `  <${tag}>`.padEnd(20) +
        `${kb(page).padStart(9)}${budget(tag, 'page').padEnd(30)}` +
        `${kb(beyondCore).padStart(9)}${kb(beyondLitAndSdk).padStart(12)}` +
        budget(tag, 'beyondCore'),
    );
  }
  console.log(
    `  shared by every widget's page (Lit + common foundation): ${kb(Object.values(pages)[0].core)}`,
  );
  console.log('  own folder: the widget alone, Lit, src/, packages and widgets/shared external;');
  console.log(
    '  + foundation: the same with widgets/shared bundled (only Lit and the SDK external).',
  );
  const c = report.countdown;
  if (c) {
    console.log('\n<sx-countdown> in detail');
    console.log(`  loader                           ${kb(c.loader)}`);
    console.log(`  countdown chunk + static imports ${kb(c.staticGraph)}`);
    console.log(`    of which Lit (alone, gzipped)  ${kb(c.lit)}`);
    console.log(`    foundation + SDK + countdown   ≈ ${kb(c.staticGraph - c.lit)}`);
    console.log(`  embedded edition data chunk      ${kb(c.editionData)} (on demand, data)`);
    console.log(
      `  with src: + client on demand     ${kb(c.clientOnDemand)} = ${kb(c.loader + c.staticGraph + c.clientOnDemand)}`,
    );
    console.log('  Minified bytes in the static graph, by module:');
    for (const [input, bytes] of Object.entries(c.byInput).sort((a, b) => b[1] - a[1])) {
      console.log(`    ${String(bytes).padStart(7)}  ${input}`);
    }
    console.log(
      c.forbidden.length
        ? `  PROGRAMME MODULES IN THE GRAPH: ${c.forbidden.join(', ')}`
        : '  No events/labs/stories data, ICS, event queries or map links in the graph.',
    );
  }
}
