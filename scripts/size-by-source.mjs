// Which source files a widget page's minified bytes come from, read from the CDN build's source
// maps (as source-map-explorer does): the diet plan for a page over its size budget.
//
//   npm run build && node scripts/size-by-source.mjs events [--top 40]
//
// The page is the widget chunk and its static imports (what .size-limit.js budgets); bytes are
// minified, before gzip, attributed to the original module of each mapped segment.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { init, parse } from 'es-module-lexer';
import { SourceMapConsumer } from 'source-map-js';

const cdn = fileURLToPath(new URL('../dist/cdn', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' } },
});
const widget = positionals[0];
if (!widget) {
  console.error('usage: node scripts/size-by-source.mjs <widget> [--top N]');
  process.exit(1);
}

await init;

/** The file and every file it imports statically, transitively (dynamic imports excluded). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const { n: specifier, d: dynamic } of parse(readFileSync(file, 'utf8'))[0]) {
    if (dynamic === -1 && specifier?.startsWith('.')) {
      staticClosure(join(dirname(file), specifier), seen);
    }
  }
  return seen;
}

const bySource = new Map();
for (const file of staticClosure(join(cdn, `widgets/${widget}.js`))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const mappings = [];
  map.eachMapping((mapping) => mappings.push(mapping));
  mappings.sort(
    (a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn,
  );
  // A segment runs to the next mapping on its line, or to the line's end.
  mappings.forEach((mapping, i) => {
    const next = mappings[i + 1];
    const end =
      next && next.generatedLine === mapping.generatedLine
        ? next.generatedColumn
        : lines[mapping.generatedLine - 1].length;
    const source = (mapping.source ?? '(unmapped)').replace(
      /^.*?(?=node_modules\/|widgets\/|src\/)/,
      '',
    );
    bySource.set(source, (bySource.get(source) ?? 0) + end - mapping.generatedColumn);
  });
}

const total = [...bySource.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log(`<sx-${widget}> page: ${(total / 1024).toFixed(1)} KB minified, by source`);
for (const [source, bytes] of [...bySource]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(values.top))) {
  console.log(`${(bytes / 1024).toFixed(2).padStart(7)} KB  ${source}`);
}
