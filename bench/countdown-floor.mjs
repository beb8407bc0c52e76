// How much of #4's 12 KB page budget is left for the countdown itself once the shared foundation
// is on the page: a page with bench/size/floor-countdown.entry.ts (the base element, the feed
// controller, the shared clock and tokens, and a render of the seconds left; nothing else) is
// bundled as the CDN ships a widget (esbuild, minified, split) and measured with the loader,
// gzip -9, each file its own stream. Everything a real countdown adds (phases, words, formats,
// layouts, announcements, the end event, sync-clock) has to fit in what remains.
//
// The real countdown's page is built the same way (alone, same options), so the two differ only
// by what the countdown adds: #15/#16's budget is "≤ 6 KB beyond Lit and the shared foundation".
// (bench/countdown-size.mjs builds all four widgets in one esbuild run, whose many small shared
// chunks each cost a gzip stream; the CDN's rollup build groups chunks by page: `npm run size`.)
//
//   node bench/countdown-floor.mjs        (--json for machine-readable figures)
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import {
  cssPlugins,
  gz,
  litAloneGzip,
  outputClosure,
  pageBuildOptions,
} from '../scripts/size-common.mjs';

const BUDGET = 12 * 1024;
const BEYOND_FLOOR = 6 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const options = {
  ...pageBuildOptions(root),
  loader: { '.json': 'json' },
  plugins: await cssPlugins(root),
};

/** gzip bytes of the entry's output and its static imports, and the files counted. */
async function page(entryPoint, outdir) {
  const built = await esbuild.build({ ...options, entryPoints: { page: entryPoint }, outdir });
  const outputs = built.metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint);
  const files = new Map(built.outputFiles.map((file) => [relative(root, file.path), file]));
  const closure = [...outputClosure(outputs, start)];
  return {
    gzip: closure.reduce((sum, path) => sum + gz(files.get(path).contents), 0),
    files: closure.length,
  };
}

const out = (name) => join(root, '.bench-out/floor', name);
const loader = await page('cdn/loader.ts', out('loader'));
const floor = await page('bench/size/floor-countdown.entry.ts', out('page'));
const countdown = await page('widgets/countdown/countdown.ts', out('countdown'));
const report = {
  budget: BUDGET,
  loader: loader.gzip,
  lit: await litAloneGzip(root),
  floorPage: loader.gzip + floor.gzip,
  floorFiles: floor.files + 1,
  leftForCountdown: BUDGET - loader.gzip - floor.gzip,
  countdownPage: loader.gzip + countdown.gzip,
  beyondFloor: countdown.gzip - floor.gzip,
  beyondFloorBudget: BEYOND_FLOOR,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
  console.log('A countdown page with nothing but the shared foundation (gzip -9, per file)');
  console.log(`  loader                                  ${kb(report.loader)}`);
  console.log(`  Lit alone                               ${kb(report.lit)}`);
  console.log(
    `  floor page: loader + Lit + foundation   ${kb(report.floorPage)}  (${report.floorFiles} files)`,
  );
  console.log(`  left of the 12 KB budget                ${kb(report.leftForCountdown)}`);
  console.log(`  <sx-countdown> page, built the same way ${kb(report.countdownPage)}`);
  console.log(
    `  beyond the floor                        ${kb(report.beyondFloor)}  (budget ${kb(BEYOND_FLOOR).trim()})`,
  );
}
