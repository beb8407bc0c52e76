// Runs every bench/*.bench.ts, one after the other (they measure time: never in parallel), with
// tsx. Arguments filter by file name: `node scripts/run-benches.mjs validate`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filters = process.argv.slice(2);
const benches = existsSync(join(root, 'bench'))
  ? readdirSync(join(root, 'bench'))
      .filter((name) => name.endsWith('.bench.ts') || name === 'time-to-content.mjs')
      .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
      .sort()
  : [];

if (benches.length === 0) console.log('No bench/*.bench.ts to run.');

let failed = 0;
for (const name of benches) {
  console.log(`\n=== bench/${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('bench', name)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench/${name} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
