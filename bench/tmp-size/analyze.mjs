import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', splitting: true, outdir: '/tmp/szc/out', metafile: true, write: true, absWorkingDir: '/work/main', logLevel: 'error', charset: 'utf8', tsconfig: '/work/main/tsconfig.json' });
// initial closure: entry + static imports
const outs = r.metafile.outputs;
const entryOut = Object.keys(outs).find((k) => outs[k].entryPoint === entry);
const seen = new Set();
const walk = (k) => { if (seen.has(k)) return; seen.add(k); for (const i of outs[k].imports) if (i.kind === 'import-statement') walk(i.path); };
walk(entryOut);
let total = 0; const bySrc = {};
for (const k of seen) { const gz = gzipSync(fs.readFileSync('/work/main/' + k), { level: 9 }).length; total += gz;
  for (const [src, v] of Object.entries(outs[k].inputs)) { const key = src.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1').replace(/^(widgets\/[^/]+|src\/[^/]+).*/, '$1'); bySrc[key] = (bySrc[key] ?? 0) + v.bytesInOutput; } }
console.log('initial gz total', total, 'files', seen.size);
console.log(Object.entries(bySrc).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('\n'));
