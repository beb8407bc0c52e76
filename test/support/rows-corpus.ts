/**
 * Reads the organiser sheets of test/fixtures/sheets/rows/ the way `sx-feed build` does, sheet
 * after sheet with one near-duplicate index, and returns the records written and the report
 * lines, so a test (and `npx tsx test/support/rows-corpus.ts --write`) can compare them exactly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEvents } from '../../cli/check-records.js';
import { parseCsv } from '../../cli/csv.js';
import { MESSAGES, type Lang } from '../../cli/messages.js';
import { NearDuplicateIndex } from '../../cli/near-duplicates.js';
import { formatIssue } from '../../cli/report.js';
import { rowsToEvents, type RowOptions } from '../../cli/rows-to-records.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { testEdition } from './fixture-edition.js';

export const ROWS_DIR = fileURLToPath(new URL('../fixtures/sheets/rows/', import.meta.url));

/** The corpus: each case a list of sheets read in order by one build, with its options. */
export const ROW_CASES: Record<string, { files: string[]; options?: RowOptions }> = {
  'two-offices': { files: ['events-taiyuan.csv', 'events-museum.csv'] },
  merged: { files: ['events-merged.csv'] },
  'merged-filled': { files: ['events-merged.csv'], options: { fillDown: ['城市', 'organizer'] } },
};

export function buildRows(
  name: string,
  lang: Lang,
): { events: ProgrammeEvent[]; report: string[] } {
  const { files, options } = ROW_CASES[name]!;
  const edition = { ...testEdition(), sample: false };
  const m = MESSAGES[lang];
  const duplicates = new NearDuplicateIndex();
  const events: ProgrammeEvent[] = [];
  const report: string[] = [];
  for (const file of files) {
    const table = parseCsv(readFileSync(join(ROWS_DIR, file), 'utf8'));
    const converted = rowsToEvents(table, file, edition, m, undefined, { ...options, duplicates });
    const checked = checkEvents(converted, edition, m);
    events.push(...checked.records);
    report.push(...checked.issues.map((issue) => formatIssue(issue, m)));
  }
  return { events, report };
}

export const expectedPath = (name: string, what: 'events' | 'zh-CN' | 'en') =>
  join(ROWS_DIR, 'expected', `${name}.${what === 'events' ? 'events.json' : `${what}.txt`}`);

// `npx tsx test/support/rows-corpus.ts --write` rewrites the expected files (review the diff).
if (process.argv.includes('--write')) {
  for (const name of Object.keys(ROW_CASES)) {
    writeFileSync(
      expectedPath(name, 'events'),
      JSON.stringify(buildRows(name, 'en').events, null, 2) + '\n',
    );
    for (const lang of ['zh-CN', 'en'] as const) {
      writeFileSync(expectedPath(name, lang), buildRows(name, lang).report.join('\n') + '\n');
    }
  }
}
