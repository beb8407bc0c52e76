/**
 * SDK validation against ajv 8 on the same feed, same run (issue #16: "at least as fast as ajv").
 * Both read one parsed document (parsing is not timed): ours with `validateFeed` (reads, repairs,
 * normalises instants, applies the edition's rules and builds new records), ajv with the shipped
 * `schema/feed.schema.json` (checks only). Runs alternate, so load on a shared machine hits both.
 *
 *   npx tsx bench/validate-vs-ajv.ts            # 5,000 and 100,000 events
 *   npx tsx bench/validate-vs-ajv.ts 20000      # other sizes
 *
 * Prints median wall and CPU time per run; the ratio is ours / ajv (≤ 1 means as fast or faster).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { validateEdition, validateFeed } from '../src/feed/validate.js';
import { testEdition } from '../test/support/fixture-edition.js';
// validate.ts loads its generated readers in Node by itself, asynchronously; this script validates
// synchronously from the start, so it waits for them as the CLI does.
await import('../src/feed/fast-reader.js');
import { generateRawEvents } from '../test/support/generate-events.js';

const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
const SIZES = sizes.length > 0 ? sizes : [5_000, 100_000];

const schema = JSON.parse(
  readFileSync(new URL('../schema/feed.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: false });
// The one format the schema names, checked by its pattern (as test/node/json-schema.test.ts does).
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const ajvValidate = ajv.compile(schema);

const edition = validateEdition(JSON.parse(JSON.stringify(testEdition()))).value;

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

function time(run: () => void): { wall: number; cpu: number } {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpuStarted);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

for (const count of SIZES) {
  const feed = JSON.parse(
    JSON.stringify({
      schemaVersion: '1.0',
      edition,
      events: generateRawEvents(edition, count, 2025),
      labs: [],
      stories: [],
    }),
  ) as Record<string, unknown>;
  const runs = count >= 50_000 ? 9 : 31;
  const ours = { wall: [] as number[], cpu: [] as number[] };
  const theirs = { wall: [] as number[], cpu: [] as number[] };
  let kept = 0;
  let ajvOk = false;
  for (let i = 0; i < runs + 3; i++) {
    const a = time(() => {
      const result = validateFeed(feed);
      kept = (result.value as { events: unknown[] }).events.length;
    });
    const b = time(() => {
      ajvOk = ajvValidate(feed);
    });
    if (i < 3) continue; // JIT warm-up
    ours.wall.push(a.wall);
    ours.cpu.push(a.cpu);
    theirs.wall.push(b.wall);
    theirs.cpu.push(b.cpu);
  }
  if (kept !== count) throw new Error(`validateFeed kept ${kept} of ${count} events`);
  if (!ajvOk) throw new Error(`ajv rejected the feed: ${JSON.stringify(ajvValidate.errors)}`);
  const line = (label: string, t: typeof ours) =>
    `  ${label.padEnd(26)} median ${median(t.wall).toFixed(1).padStart(7)} ms  CPU ${median(t.cpu)
      .toFixed(1)
      .padStart(7)} ms`;
  console.log(`${count} events, ${runs} runs each (alternating)`);
  console.log(line('validateFeed (SDK)', ours));
  console.log(line('ajv 8 (feed.schema.json)', theirs));
  console.log(
    `  ratio ours/ajv: wall ${(median(ours.wall) / median(theirs.wall)).toFixed(2)}, CPU ${(
      median(ours.cpu) / median(theirs.cpu)
    ).toFixed(2)}`,
  );
}
