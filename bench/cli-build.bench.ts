/**
 * How long `sx-feed build` takes, and its peak memory. Budgets: 10,000 rows ≤ 0.5 s; 100,000 rows
 * ≤ 3 s and ≤ 300 MB peak RSS.
 * Run: npx tsx bench/cli-build.bench.ts            (10,000 rows, in-process and whole command)
 *      npx tsx bench/cli-build.bench.ts 100000     (any row count)
 *
 * Times the build in-process (the first, cold run and the median of warm ones) and, what the budgets
 * are about, the whole command as an organiser runs it: a fresh process (the compiled CLI, and the
 * sources through tsx) reading a UTF-8 sheet with a BOM and writing the feed split by city, with
 * its wall time, CPU time and peak RSS. Files go to .bench-out/ (git-ignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../cli/commands/build.js';
import { toCsv } from '../cli/csv.js';
import { memoryIo } from '../cli/io.js';
import { MESSAGES } from '../cli/messages.js';
import { EVENT_HEADER, eventRow } from '../test/support/cli-harness.js';
import { testEdition } from '../test/support/fixture-edition.js';

const COUNT = Number(process.argv[2] ?? 10_000);
// Fewer warm runs for big sheets: each takes seconds, and the whole command is what counts.
const WARM_RUNS = COUNT >= 50_000 ? 2 : 7;
const root = join(import.meta.dirname, '..');
const dir = join(root, '.bench-out', 'cli-build');

const CITIES = testEdition().cities.map((city) => city.short);
const FORMS = ['专家讲座', '展览展示', '互动体验', '开放日', '科普讲解/大赛'];
const DATES = ['2025-05-24', '5月25日', '2025/5/26', '2025年5月27日'];

function sheet(): string {
  const rows = [EVENT_HEADER];
  for (let i = 0; i < COUNT; i++) {
    rows.push(
      eventRow(`ev${i}`, {
        标题: `第${i}场:走进实验室, "科学之夜"`,
        城市: CITIES[i % CITIES.length]!,
        活动形式: FORMS[i % FORMS.length]!,
        主题: i % 3 === 0 ? '人工智能、航空航天' : '生命健康',
        日期: DATES[i % DATES.length]!,
        开始时间: `${8 + (i % 10)}:00`,
        结束时间: `${9 + (i % 10)}:30`,
        简介: `面向公众的科普活动,第${i}场。\n欢迎参加。`,
      }),
    );
  }
  return '\uFEFF' + toCsv(rows);
}

/** Wall-clock ms and CPU ms (user + system: less disturbed by other processes on the machine). */
async function timeBuild(out: string): Promise<[wall: number, cpu: number]> {
  const { io } = memoryIo(MESSAGES.en, () => new Date('2025-05-20T00:00:00+08:00'), dir);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await build(
    { edition: 'edition.json', events: 'events.csv', out, split: 'city' },
    io,
  );
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (result.exitCode !== 0) throw new Error(`build failed: ${result.issues[0]?.message}`);
  return [ms, (used.user + used.system) / 1000];
}

await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'edition.json'), JSON.stringify(testEdition()));
await writeFile(join(dir, 'events.csv'), sheet());

const [cold, coldCpu] = await timeBuild('out-cold');
const warm: [number, number][] = [];
for (let i = 0; i < WARM_RUNS; i++) warm.push(await timeBuild(`out-${i}`));
const medianOf = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
console.log(
  `in-process build, ${COUNT} events, --split city: cold ${cold.toFixed(0)} ms (CPU ${coldCpu.toFixed(0)} ms), ` +
    `warm median ${medianOf(warm.map(([w]) => w)).toFixed(0)} ms (CPU ${medianOf(warm.map(([, c]) => c)).toFixed(0)} ms)`,
);

// The whole command, as run from a shell: process start, module loading, build, exit. The
// compiled CLI when dist/ is newer than every CLI source (`npm run bench` builds first), and the
// TypeScript sources through tsx in any case (tsx adds its own start-up cost).
const newestSource = Math.max(
  ...readdirSync(join(root, 'cli'), { recursive: true })
    .filter((name) => String(name).endsWith('.ts'))
    .map((name) => statSync(join(root, 'cli', String(name))).mtimeMs),
);
const bundled = join(root, 'dist/cli/sx-feed.js');
const commands: [label: string, command: string, prefix: string[]][] = [
  ['tsx cli/sx-feed.ts', process.execPath, ['--import', 'tsx', join(root, 'cli/sx-feed.ts')]],
];
if (existsSync(bundled) && statSync(bundled).mtimeMs >= newestSource) {
  commands.unshift(['node dist/cli/sx-feed.js', process.execPath, [bundled]]);
} else {
  console.log(
    'dist/cli is missing or older than cli/: run `npm run build` to time the compiled CLI',
  );
}
const args = [
  'build',
  '--edition',
  'edition.json',
  '--events',
  'events.csv',
  '--out',
  'out-cli',
  '--split',
  'city',
];
// Each run under GNU time when it is there: wall time, CPU time (user + system, which load from
// other processes on a shared machine disturbs far less than wall time) and peak resident memory
// as the kernel counts it (%M, in KB), all of the same process.
const hasTime = existsSync('/usr/bin/time');
interface Run {
  wall: number;
  cpu?: number;
  peakMb?: number;
}
function runCommand(command: string, prefix: string[]): Run {
  if (!hasTime) {
    const started = performance.now();
    execFileSync(command, [...prefix, ...args], { cwd: dir, stdio: 'ignore' });
    return { wall: performance.now() - started };
  }
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...prefix, ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  const [user, system, kb] = result.stderr.toString().trim().split('\n').pop()!.split(' ');
  return { wall, cpu: (Number(user) + Number(system)) * 1000, peakMb: Number(kb) / 1024 };
}
for (const [label, command, prefix] of commands) {
  const runs: Run[] = [];
  for (let i = 0; i < 3; i++) runs.push(runCommand(command, prefix));
  const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
  const cpus = runs.map((r) => r.cpu ?? NaN).sort((a, b) => a - b);
  const peak = Math.max(...runs.map((r) => r.peakMb ?? NaN));
  console.log(
    `whole command, ${label}, ${COUNT} rows: median ${walls[1]!.toFixed(0)} ms of 3 (min ${walls[0]!.toFixed(0)})` +
      (hasTime
        ? `, CPU median ${cpus[1]!.toFixed(0)} ms (min ${cpus[0]!.toFixed(0)}), peak RSS ${peak.toFixed(0)} MB`
        : ''),
  );
}
