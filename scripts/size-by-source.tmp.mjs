import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { SourceMapConsumer } from 'source-map-js';
await init;
const root = '/work/wt/redesign-perf/dist/cdn';
function closure(file, seen = new Set()) { if (seen.has(file)) return seen; seen.add(file);
  for (const { n, d } of parse(readFileSync(file, 'utf8'))[0]) if (d === -1 && n?.startsWith('.')) closure(join(dirname(file), n), seen); return seen; }
const widget = process.argv[2];
const files = process.argv[3] ? process.argv.slice(3).map((f) => join(root, f)) : [...closure(join(root, `widgets/${widget}.js`))];
const agg = new Map();
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
  const ms = []; map.eachMapping((m) => ms.push(m));
  ms.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i], n = ms[i + 1];
    const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : lines[m.generatedLine - 1].length;
    const src = (m.source ?? '?').replace(/^.*?(dist|node_modules)\//, '$1/');
    agg.set(src, (agg.get(src) ?? 0) + (end - m.generatedColumn));
  }
}
const total = [...agg.values()].reduce((a, b) => a + b, 0);
console.log('total', total);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(String(v).padStart(7), k);
