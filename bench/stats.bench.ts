/**
 * `sx-feed stats` on a 100,000-event feed (budget: ≤ 2 s for the whole command).
 * Run: npx tsx bench/stats.bench.ts
 *
 * Writes a generated feed (seeded, so every run reads the same file) and runs the command
 * in-process as the binary does: read, validate, count, and render the table, the CSV and the HTML.
 * Then the same work in phases (JSON.parse, validation, counting, the three renderings), to show
 * where the time goes: reading and validating the feed is most of it, and is shared with
 * `validate`, `ics` and `html`. Medians over a few runs; CPU time too, as the machine is shared.
 * Last, the whole command as an organiser runs it (a fresh process: start-up, cold code, and the
 * first use of anything, such as ICU's data, which the in-process warm runs no longer pay), with
 * the compiled CLI when dist/cli is newer than cli/ (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { MESSAGES } from '../cli/messages.js';
import { computeStats, type FeedStats } from '../cli/stats/compute.js';
import { renderStatsCsv } from '../cli/stats/render-csv.js';
import { renderStatsHtml } from '../cli/stats/render-html.js';
import { renderStatsText } from '../cli/stats/render-text.js';
import type { FeedDocument } from '../src/feed/types.js';
import { validateEdition, validateFeed } from '../src/feed/validate.js';
import { testEdition } from '../test/support/fixture-edition.js';
import { generateRawEvents } from '../test/support/generate-events.js';

const COUNT = 100_000;
const RUNS = 5;

const edition = { ...validateEdition(testEdition()).value, sample: false };
const events = generateRawEvents(edition, COUNT, 2025).map((e) => ({
  ...(e as object),
  sample: false,
}));
const dir = await mkdtemp(join(tmpdir(), 'sx-stats-bench-'));
await writeFile(
  join(dir, 'feed.json'),
  JSON.stringify({ schemaVersion: '1.0', edition, events, labs: [], stories: [] }),
);

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

async function time(label: string, run: () => Promise<void> | void): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpuStarted);
    if (i === 0) continue; // warm-up
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${label}: median ${median(wall).toFixed(0)} ms wall (max ${Math.max(...wall).toFixed(0)}), ${median(cpu).toFixed(0)} ms CPU, over ${RUNS} runs`,
  );
}

try {
  let lines = 0;
  await time(
    `sx-feed stats, ${COUNT.toLocaleString('en')} events, table + CSV + HTML`,
    async () => {
      const { io, stdout } = memoryIo(MESSAGES['zh-CN'], () => new Date(), dir);
      const code = await main(['stats', 'feed.json', '--csv', 's.csv', '--html', 's.html'], io);
      if (code !== 0) throw new Error(`exit ${code}`);
      lines = stdout().split('\n').length;
    },
  );
  const text = await readFile(join(dir, 'feed.json'), 'utf8');
  let json: unknown;
  let feed: FeedDocument | undefined;
  let stats: FeedStats | undefined;
  await time('  JSON.parse', () => void (json = JSON.parse(text)));
  await time('  validateFeed', () => void (feed = validateFeed(json).value as FeedDocument));
  await time('  computeStats (the counting)', () => void (stats = computeStats(feed!)));
  await time('  table + CSV + HTML', () => {
    renderStatsText(stats!, 'zh-CN');
    renderStatsCsv(stats!, 'zh-CN');
    renderStatsHtml(stats!, 'zh-CN');
  });
  console.log(
    `(${feed!.events.length} valid events, ${(text.length / 1e6).toFixed(0)} MB; terminal table ${lines} lines)`,
  );
  wholeCommand();
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** `node dist/cli/sx-feed.js stats …` three times, under GNU time (wall, CPU, peak RSS). */
function wholeCommand(): void {
  const root = join(import.meta.dirname, '..');
  const bundled = join(root, 'dist/cli/sx-feed.js');
  const newestSource = Math.max(
    ...readdirSync(join(root, 'cli'), { recursive: true })
      .filter((name) => String(name).endsWith('.ts'))
      .map((name) => statSync(join(root, 'cli', String(name))).mtimeMs),
  );
  if (!existsSync(bundled) || statSync(bundled).mtimeMs < newestSource) {
    console.log('dist/cli is missing or older than cli/: run `npm run build` to time the command');
    return;
  }
  if (!existsSync('/usr/bin/time')) return;
  const args = ['stats', 'feed.json', '--csv', 's.csv', '--html', 's.html'];
  const runs: [wall: number, cpu: number, mb: number][] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%U %S %M', process.execPath, bundled, ...args],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`sx-feed stats failed: ${result.stderr.toString()}`);
    const [user, system, kb] = result.stderr.toString().trim().split('\n').pop()!.split(' ');
    runs.push([wall, (Number(user) + Number(system)) * 1000, Number(kb) / 1024]);
  }
  console.log(
    `whole command, node dist/cli/sx-feed.js stats: median ${median(runs.map(([w]) => w)).toFixed(0)} ms wall of 3, ` +
      `CPU median ${median(runs.map(([, c]) => c)).toFixed(0)} ms, peak RSS ${Math.max(...runs.map(([, , m]) => m)).toFixed(0)} MB`,
  );
}
