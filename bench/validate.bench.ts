/**
 * How long validating and normalising a large programme takes.
 * Run: npx tsx bench/validate.bench.ts   (goal: 5,000 events in ≤ 30 ms, median)
 *
 * Also times valibot's own `safeParse` over the same records (checking only: no repairs, no
 * time-zone normalisation, no edition rules) as the reference the hand-written reader replaced.
 */
import * as v from 'valibot';
import { eventSchema } from '../src/feed/schema/event.js';
import { validateEdition, validateEvents } from '../src/feed/validate.js';
import { testEdition } from '../test/support/fixture-edition.js';
import { generateRawEvents } from '../test/support/generate-events.js';

const COUNT = 5000;
const RUNS = 21;

const edition = validateEdition(testEdition()).value;
const json = JSON.stringify(generateRawEvents(edition, COUNT, 2025));

function measure(label: string, run: (events: unknown[]) => number): void {
  const times: number[] = [];
  const cpu: number[] = [];
  let kept = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const events = JSON.parse(json) as unknown[]; // fresh input each run, parse not timed
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    kept = run(events);
    const used = process.cpuUsage(cpuStarted);
    if (i >= 3) {
      // The first runs warm the JIT up.
      times.push(performance.now() - started);
      // CPU time too: on a shared 2-core machine the wall clock also counts other processes.
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  console.log(
    `${label}: median ${median(times).toFixed(1)} ms (min ${times[0]!.toFixed(1)}; CPU median ${median(cpu).toFixed(1)} ms) over ${RUNS} runs, ${kept}/${COUNT} kept`,
  );
}

measure('validateEvents (read + normalise + edition rules)', (events) => {
  const result = validateEvents(events, edition);
  if (result.issues.length > 0) throw new Error(result.issues[0]!.message);
  return result.value.length;
});
measure('valibot safeParse per event (checks only)', (events) => {
  let ok = 0;
  for (const event of events) if (v.safeParse(eventSchema, event).success) ok++;
  return ok;
});
