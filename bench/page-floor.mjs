// Each widget's page against the floor every widget stands on, and what the widget adds beyond it,
// by source module: the figures behind "which requirement must give" when a page budget and the
// features the issues ask for cannot both hold (the countdown's 12 KB budget was restated that way
// as "≤ 6 KB beyond Lit and the shared foundation").
//
// The floor page is bench/size/floor-countdown.entry.ts (the base element, the one feed controller,
// the shared clock and tokens; nothing a real widget shows). Every page is built alone the way the
// CDN ships a widget (esbuild, minified, split, literals minified) and measured with the loader,
// gzip -9, each file its own stream. A module's share of the gzip bytes beyond the floor is
// estimated from its share of the minified bytes (gzip cannot be split by module exactly).
//
//   node bench/page-floor.mjs [events|countdown|story-card|lab-map ...] [--top 25] [--json]
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { cssPlugins, gz, outputClosure, pageBuildOptions } from '../scripts/size-common.mjs';

/** The issues' page budgets (gzip of code without data, loader included). */
const BUDGETS = { events: 30 * 1024, countdown: 12 * 1024 };
/** Budgets of what a widget adds beyond the floor (#15/#16 restated the countdown's so). */
const BEYOND_BUDGETS = { countdown: 6 * 1024 };
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const named = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--top');
const widgets = named.length > 0 ? named : ['events', 'countdown', 'story-card', 'lab-map'];
const options = {
  ...pageBuildOptions(root),
  loader: { '.json': 'json' },
  plugins: await cssPlugins(root),
};

/** gzip bytes of the entry's page (its output and static imports) and minified bytes by module. */
async function page(entryPoint, name) {
  const outdir = join(root, '.bench-out/page-floor', name);
  const built = await esbuild.build({ ...options, entryPoints: { page: entryPoint }, outdir });
  const outputs = built.metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint);
  const files = new Map(built.outputFiles.map((file) => [relative(root, file.path), file]));
  const modules = new Map();
  let gzip = 0;
  for (const path of outputClosure(outputs, start)) {
    gzip += gz(files.get(path).contents);
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      modules.set(input, (modules.get(input) ?? 0) + bytesInOutput);
    }
  }
  return { gzip, modules };
}

const loader = (await page('cdn/loader.ts', 'loader')).gzip;
const floor = await page('bench/size/floor-countdown.entry.ts', 'floor');
const report = { loader, floorPage: loader + floor.gzip, widgets: {} };
for (const widget of widgets) {
  const built = await page(`widgets/${widget}/${widget}.ts`, widget);
  const beyond = [...built.modules].filter(([input]) => !floor.modules.has(input));
  const minifiedBeyond = beyond.reduce((sum, [, bytes]) => sum + bytes, 0);
  const gzipBeyond = built.gzip - floor.gzip;
  report.widgets[widget] = {
    page: loader + built.gzip,
    beyondFloor: gzipBeyond,
    budget: BUDGETS[widget],
    beyondBudget: BEYOND_BUDGETS[widget],
    modules: beyond
      .sort((a, b) => b[1] - a[1])
      .map(([input, minified]) => ({
        module: input.replace(/^node_modules\//, ''),
        minified,
        gzipShare: Math.round((gzipBeyond * minified) / minifiedBeyond),
      })),
  };
}

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
  console.log(
    'Pages built alone as the CDN ships them (gzip -9, each file its own stream, loader included)',
  );
  console.log(`  loader                                   ${kb(report.loader)}`);
  console.log(`  floor: loader + Lit + shared foundation  ${kb(report.floorPage)}`);
  for (const [widget, figures] of Object.entries(report.widgets)) {
    console.log(`\n<sx-${widget}> page                        ${kb(figures.page)}`);
    const beyondBudget = figures.beyondBudget
      ? `  (budget ${kb(figures.beyondBudget).trim()})`
      : '';
    console.log(
      `  beyond the floor                         ${kb(figures.beyondFloor)}${beyondBudget}`,
    );
    if (figures.budget) {
      const room = figures.budget - report.floorPage;
      console.log(
        `  budget ${kb(figures.budget).trim()}: room beyond the floor ${kb(room).trim()}, over by ${kb(figures.page - figures.budget).trim()}`,
      );
    }
    console.log(`  what it adds, by module (minified B, ≈ gzip B):`);
    for (const { module, minified, gzipShare } of figures.modules.slice(0, top)) {
      console.log(
        `    ${String(minified).padStart(6)}  ${String(gzipShare).padStart(5)}  ${module}`,
      );
    }
    const rest = figures.modules.slice(top);
    if (rest.length > 0) {
      const sum = (key) => rest.reduce((total, entry) => total + entry[key], 0);
      console.log(
        `    ${String(sum('minified')).padStart(6)}  ${String(sum('gzipShare')).padStart(5)}  (${rest.length} more)`,
      );
    }
  }
}
