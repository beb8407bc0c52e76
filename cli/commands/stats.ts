/**
 * `sx-feed stats <feed> [--csv f] [--html f]`: the week's figures for the 15 June summary. One
 * computation (stats/compute.ts), shown in the terminal and optionally written as CSV and HTML.
 */
import { parseCommandArgs, UsageError } from '../args.js';
import { feedForExport } from '../feed-source.js';
import type { CliIo } from '../io.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import { computeStats } from '../stats/compute.js';
import { renderStatsCsv } from '../stats/render-csv.js';
import { renderStatsHtml } from '../stats/render-html.js';
import { renderStatsText } from '../stats/render-text.js';
import { writeOutput } from '../write-output.js';

const OPTIONS = { csv: { type: 'string' }, html: { type: 'string' } } as const;

export async function runStats(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const om = ORGANISER_MESSAGES[m.lang];
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new UsageError(m.missingOption('<feed>'));
  const stats = computeStats(await feedForExport(source, io));
  io.out(renderStatsText(stats, m.lang));
  if (values.csv) {
    await writeOutput(io, values.csv, renderStatsCsv(stats, m.lang));
    io.err(om.stats.wrote(values.csv) + '\n');
  }
  if (values.html) {
    await writeOutput(io, values.html, renderStatsHtml(stats, m.lang));
    io.err(om.stats.wrote(values.html) + '\n');
  }
  return 0;
}
