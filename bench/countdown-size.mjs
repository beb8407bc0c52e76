// What a page with only <sx-countdown> downloads, gzip -9, bundled the way the CDN ships it
// (esbuild --bundle --minify --splitting, ESM, Lit and the SDK included): the loader, then the
// countdown chunk and everything it imports statically, then what it imports on demand (the
// embedded edition's data chunk; with `src`, the client). Also checks that no module of the
// programme (events, labs, stories, ICS, event queries, map links) is in the countdown's graph.
//
//   node bench/countdown-size.mjs          (add --json for machine-readable figures)
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = 12 * 1024;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const FORBIDDEN = [
  /src\/data\/shanxi-2025\/(events|labs|stories|feed|manifest)\.json$/,
  /src\/ics\.ts$/,
  /src\/map-links\.ts$/,
  /src\/query\/(events|labs|stories|event-search|event-times)\.ts$/,
  /node_modules\/ical/,
];

async function build(entryPoints) {
  const result = await esbuild.build({
    entryPoints,
    absWorkingDir: root,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    tsconfig: join(root, 'tsconfig.build.json'),
    outdir: join(root, '.bench-out/countdown'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The library build keeps tslib helpers; Lit's decorators need them.
    loader: { '.json': 'json' },
  });
  const contents = new Map(
    result.outputFiles.map((file) => [relative(root, file.path), file.contents]),
  );
  return { outputs: result.metafile.outputs, contents };
}

/** An output and what it imports statically (the JS that runs before anything shows). */
function closure(outputs, start, kinds = ['import-statement']) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { path: next, kind } of outputs[path].imports) {
      if (kinds.includes(kind) && outputs[next]) visit(next);
    }
  };
  visit(start);
  return seen;
}

const { outputs, contents } = await build({
  loader: 'cdn/loader.ts',
  countdown: 'widgets/countdown/countdown.ts',
});
const entry = (name) =>
  Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith(`/${name}.js`));
const sizes = (paths) => [...paths].reduce((sum, path) => sum + gz(contents.get(path)), 0);

const loaderFiles = closure(outputs, entry('loader'));
const initial = closure(outputs, entry('countdown'));
const all = closure(outputs, entry('countdown'), ['import-statement', 'dynamic-import']);
const lazy = [...all].filter((path) => !initial.has(path));
const inputsOf = (paths) => [...paths].flatMap((path) => Object.keys(outputs[path].inputs));
const dataChunk = lazy.find((path) =>
  inputsOf([path]).some((input) => input.endsWith('shanxi-2025/edition.json')),
);
// With `src`, the client is imported on demand: its chunk, and what it needs to fetch and validate
// a feed (its own lazy fetch and validation chunks), with their static imports; never the query
// modules or the embedded data of the programme.
const holds = (path, pattern) => inputsOf([path]).some((input) => pattern.test(input));
const clientEntry = lazy.find((path) => holds(path, /src\/client\/client\.ts$/));
const clientNeeds = clientEntry
  ? [clientEntry, ...outputs[clientEntry].imports.map((i) => i.path)].filter(
      (path) =>
        outputs[path] &&
        (path === clientEntry ||
          holds(path, /src\/client\/fetch-feed\.ts$|src\/feed\/validate\.ts$/)),
    )
  : [];
const clientChunks = [
  ...new Set(clientNeeds.flatMap((path) => [...closure(outputs, path)])),
].filter((path) => !initial.has(path));

const report = {
  loader: sizes(loaderFiles),
  countdown: sizes(initial),
  editionData: dataChunk ? gz(contents.get(dataChunk)) : 0,
  clientOnDemand: sizes(clientChunks),
};
report.embeddedPage = report.loader + report.countdown + report.editionData;
report.embeddedPageCodeOnly = report.loader + report.countdown;
report.srcPage = report.loader + report.countdown + report.clientOnDemand;

// Where the bytes of the countdown's static graph come from (minified bytes before gzip).
const byInput = {};
for (const path of initial) {
  for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
    const group = input.includes('node_modules/')
      ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : input;
    byInput[group] = (byInput[group] ?? 0) + bytesInOutput;
  }
}
const forbidden = inputsOf(initial).filter((input) => FORBIDDEN.some((re) => re.test(input)));
const forbiddenAnywhere = inputsOf([...initial, ...(dataChunk ? [dataChunk] : [])]).filter(
  (input) => FORBIDDEN.some((re) => re.test(input)),
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...report, byInput, forbidden }, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  console.log('Page with only <sx-countdown> (gzip -9, each file its own stream)');
  console.log(`  loader                         ${kb(report.loader)}`);
  console.log(
    `  countdown chunk + static imports ${kb(report.countdown)}  (Lit, foundation, SDK part)`,
  );
  console.log(`  embedded edition data chunk    ${kb(report.editionData)}`);
  console.log(
    `  = embedded default edition     ${kb(report.embeddedPage)}  (code only: ${kb(report.embeddedPageCodeOnly)}; budget ${kb(BUDGET)})`,
  );
  console.log(
    `  with src: + client on demand   ${kb(report.clientOnDemand)}  = ${kb(report.srcPage)} (no data chunk)`,
  );
  console.log('Minified bytes in the static graph, by module:');
  for (const [input, bytes] of Object.entries(byInput).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(bytes).padStart(7)}  ${input}`);
  }
  console.log(
    forbidden.length || forbiddenAnywhere.length
      ? `PROGRAMME MODULES IN THE GRAPH: ${[...new Set([...forbidden, ...forbiddenAnywhere])].join(', ')}`
      : 'No events/labs/stories data, ICS, event queries or map links in the graph (client chunk aside).',
  );
}
