/**
 * Gzip size of the validation layer as a browser bundle (esbuild, minified ESM, gzip -9): only
 * validateEdition (what a countdown needs), and everything.
 * Run: npx tsx bench/validate-size.ts
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = {
  'validateEdition only': 'bench/size/validate-edition.entry.ts',
  'whole validation layer': 'bench/size/validate-all.entry.ts',
};

for (const [label, entry] of Object.entries(entries)) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(`${label}: ${code.length} B minified, ${gzipped} B gzip -9`);
}
