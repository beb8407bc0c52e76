/**
 * Could a maintained CSV parser replace cli/csv.ts (#17 item 11)? Two questions, answered by
 * running them, not by reading their docs:
 *
 * 1. What each reports for the quotes #11 asks about: a quote never closed, and a quote closed only
 *    after it swallowed lines that look like rows. #11 wants the row where the quote opens and
 *    every row it swallowed, by line.
 * 2. How fast each reads the 10,000-row events sheet of bench/cli-build.bench.ts (2.3 MB, one
 *    multi-line quoted field per row), median of warm runs.
 *
 * Run: npx tsx bench/cli-build.bench.ts   (writes .bench-out/cli-build/events.csv, if missing)
 *      npm install --no-save csv-parse papaparse   (not dependencies of the package)
 *      npx tsx bench/csv-parsers.mjs [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { parseCsv } from '../cli/csv.ts';

const RUNS = Number(process.argv[2] ?? 15);
const sheet = join(import.meta.dirname, '..', '.bench-out', 'cli-build', 'events.csv');

const parsers = {
  'cli/csv.ts': (text) => {
    const table = parseCsv(text);
    return { rows: table.rows.length, problems: table.quoteProblems ?? [] };
  },
  // As the CLI would need it: a BOM, rows of uneven length kept (the CLI reports them itself).
  'csv-parse 7 (sync)': (text) => {
    const rows = csvParse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
    return { rows: rows.length - 1, problems: [] };
  },
  'papaparse 5': (text) => {
    const result = Papa.parse(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    return { rows: result.data.length - 1, problems: result.errors };
  },
};

// ---- 1. what each says about a quote that swallows rows ----------------------------------------

const header = '编号,标题,城市,日期,开始时间,结束时间,简介';
const row = (id, title = `活动${id}`) => `${id},${title},太原,2025-05-24,9:00,10:30,面向公众。`;
const cases = {
  // Row 3 opens a quote in its title and never closes it: rows 4–6 are swallowed (lines 4–6).
  unclosed: [header, row('e1'), row('e2', '"走进实验室'), row('e3'), row('e4'), row('e5')],
  // Row 3's quote closes only on line 5: rows 4 and 5 are swallowed, row 6 is read again.
  swallowed: [header, row('e1'), row('e2', '"走进实验室'), row('e3'), 'e4",x,太原', row('e5')],
};

function outcome(parse, text) {
  try {
    const { rows, problems } = parse(text);
    const said = problems.map((p) =>
      p.kind
        ? `${p.kind} at row ${p.row}, swallowed lines ${p.swallowed.map((s) => s.line).join(', ')}`
        : `${p.code} "${p.message}" row index ${p.row}, offset ${p.index}`,
    );
    return `${rows} rows; ${said.length ? said.join('; ') : 'no problem reported'}`;
  } catch (error) {
    return `throws ${error.code ?? error.name}: "${error.message}" (lines ${error.lines ?? '?'})`;
  }
}

console.log(
  'Quotes that swallow rows (#11: name the row where the quote opens and each swallowed row)',
);
for (const [name, lines] of Object.entries(cases)) {
  const text = lines.join('\r\n') + '\r\n';
  for (const [parser, parse] of Object.entries(parsers)) {
    console.log(`  ${name.padEnd(9)} ${parser.padEnd(19)} ${outcome(parse, text)}`);
  }
}

// ---- 2. speed on the 10,000-row sheet ----------------------------------------------------------

let text;
try {
  text = readFileSync(sheet, 'utf8');
} catch {
  console.error(`\n${sheet} is missing: run npx tsx bench/cli-build.bench.ts first.`);
  process.exit(1);
}
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
console.log(
  `\nReading ${sheet} (${(text.length / 1e6).toFixed(1)} M characters), ${RUNS} warm runs each, interleaved`,
);
const times = Object.fromEntries(Object.keys(parsers).map((name) => [name, []]));
const counts = {};
for (const parse of Object.values(parsers)) parse(text); // warm-up: JIT, lazy module state
for (let run = 0; run < RUNS; run++) {
  // Interleaved, so a busy moment of the shared machine falls on every parser alike.
  for (const [name, parse] of Object.entries(parsers)) {
    const started = performance.now();
    counts[name] = parse(text).rows;
    times[name].push(performance.now() - started);
  }
}
const ours = median([...times['cli/csv.ts']]);
for (const [name, list] of Object.entries(times)) {
  const ms = median([...list]);
  const ratio = (ms / ours).toFixed(2);
  console.log(
    `  ${name.padEnd(19)} median ${ms.toFixed(1)} ms (min ${Math.min(...list).toFixed(1)}), ` +
      `${ratio}× cli/csv.ts, ${counts[name]} rows`,
  );
}
