/**
 * `sx-feed build`: sheets in, feed out. Reads the edition and the sheets, converts and validates
 * every row, writes every good record, and reports every bad row by file, row and column.
 *
 * Exit codes: 0 every row written (warnings allowed); 1 some row not written, or any warning with
 * `--strict`; 2 the edition or a sheet cannot be read (nothing is written then).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { FeedValidationError } from '../../src/errors.js';
import type { Edition, FeedIssue } from '../../src/feed/types.js';
import { validateEdition } from '../../src/feed/validate.js';
import { issueText } from '../../src/feed/issue-messages.js';
import { listOption, parseCommandArgs, UsageError } from '../args.js';
import {
  checkEvents,
  checkLabs,
  checkStories,
  type Checked,
  type SheetStats,
} from '../check-records.js';
import { ENCODING_CHOICES, type EncodingChoice } from '../encoding.js';
import type { CliIo } from '../io.js';
import { readSheet } from '../read-sheet.js';
import { countIssues, formatReport, jsonReport, type ReportIssue } from '../report.js';
import { NearDuplicateIndex } from '../near-duplicates.js';
import {
  rowsToEvents,
  rowsToLabs,
  rowsToStories,
  type RowOptions,
  type SheetIssue,
} from '../rows-to-records.js';
import { writeFeed, type FeedContent, type WrittenFeed } from '../write-feed.js';

export interface BuildOptions {
  edition: string;
  events?: string;
  labs?: string;
  stories?: string;
  out: string;
  split?: 'city';
  encoding?: EncodingChoice;
  strict?: boolean;
  json?: boolean;
  progress?: boolean;
  /** Columns whose blank cells take the value above (merged cells in the organisers' sheets). */
  fillDown?: string[];
}

export interface BuildResult {
  exitCode: 0 | 1 | 2;
  issues: ReportIssue[];
  sheets: SheetStats[];
  written?: WrittenFeed;
}

const OPTIONS = {
  edition: { type: 'string' },
  events: { type: 'string' },
  labs: { type: 'string' },
  stories: { type: 'string' },
  out: { type: 'string', short: 'o' },
  split: { type: 'string' },
  encoding: { type: 'string' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  progress: { type: 'boolean' },
  'fill-down': { type: 'string', multiple: true },
} as const;

export function parseBuildArgs(args: string[], io: CliIo): BuildOptions {
  const { m } = io;
  const { values } = parseCommandArgs(args, OPTIONS);
  if (!values.edition) throw new UsageError(m.missingOption('--edition'));
  if (!values.out) throw new UsageError(m.missingOption('--out'));
  if (values.split !== undefined && values.split !== 'city') {
    throw new UsageError(m.badChoice('--split', values.split, ['city']));
  }
  const encoding = values.encoding ?? 'auto';
  if (!(ENCODING_CHOICES as readonly string[]).includes(encoding)) {
    throw new UsageError(m.badChoice('--encoding', encoding, ENCODING_CHOICES));
  }
  const options: BuildOptions = {
    edition: values.edition,
    out: values.out,
    encoding: encoding as EncodingChoice,
    strict: values.strict ?? false,
    json: values.json ?? false,
    progress: values.progress ?? false,
  };
  if (values.events) options.events = values.events;
  if (values.labs) options.labs = values.labs;
  if (values.stories) options.stories = values.stories;
  if (values.split === 'city') options.split = 'city';
  const fillDown = listOption(values['fill-down']);
  if (fillDown.length > 0) options.fillDown = fillDown;
  return options;
}

const fromFeedIssue = (file: string, issue: FeedIssue, io: CliIo): ReportIssue => ({
  file,
  path: issue.path,
  message: issueText(issue, io.m.lang),
  severity: issue.severity,
});

const fromSheetIssue = (issue: SheetIssue): ReportIssue => ({ ...issue });

class CannotRead extends Error {}

async function loadEdition(
  path: string,
  io: CliIo,
  issues: ReportIssue[],
  strict = false,
): Promise<Edition> {
  const { m } = io;
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CannotRead(m.cannotRead(path, (error as Error).message));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CannotRead(m.notJson(path));
  }
  // A published manifest or feed document works too: its edition is taken.
  const holder = json as { schemaVersion?: unknown; edition?: unknown } | null;
  if (
    holder &&
    typeof holder === 'object' &&
    holder.schemaVersion !== undefined &&
    holder.edition
  ) {
    json = holder.edition;
  }
  try {
    const { value, issues: found } = validateEdition(json);
    issues.push(...found.map((issue) => fromFeedIssue(file, issue, io)));
    // A real programme built from the template's edition would show the sample notice everywhere.
    if (value.sample) {
      const severity = strict ? 'error' : 'warning';
      issues.push({ file, path: 'sample', message: m.sampleEdition(strict), severity });
    }
    return value;
  } catch (error) {
    if (!(error instanceof FeedValidationError)) throw error;
    issues.push(...error.issues.map((issue) => fromFeedIssue(file, issue, io)));
    throw new CannotRead(m.feedUnusable(error.message));
  }
}

/** Prints progress on stderr: redrawn in place on a terminal, one line per step otherwise. */
function progressPrinter(io: CliIo, enabled: boolean) {
  if (!enabled) return undefined;
  return (file: string) => (done: number, total: number) => {
    const line = io.m.progress(file, done, total);
    io.err(io.errIsTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

export async function build(options: BuildOptions, io: CliIo): Promise<BuildResult> {
  const { m } = io;
  const issues: ReportIssue[] = [];
  const sheets: SheetStats[] = [];
  const at = (path: string) => resolve(io.cwd, path);
  const progress = progressPrinter(io, options.progress || io.errIsTTY);

  let edition: Edition;
  const content: Partial<FeedContent> = {};
  try {
    edition = await loadEdition(at(options.edition), io, issues, options.strict);
    // One index for every events sheet, so the same activity sent twice is caught across files.
    const rowOptions: RowOptions = {
      strict: options.strict ?? false,
      duplicates: new NearDuplicateIndex(),
      ...(options.fillDown && { fillDown: options.fillDown }),
    };
    content.edition = edition;
    const read = async (path: string) => {
      try {
        const sheet = await readSheet(at(path), options.encoding ?? 'auto');
        if (progress)
          io.err(`${m.readingSheet(basename(path), sheet.encoding, sheet.table.rows.length)}\n`);
        return sheet;
      } catch (error) {
        if (error instanceof TypeError) throw new CannotRead(m.notUtf8(path));
        throw new CannotRead(m.cannotRead(path, (error as Error).message));
      }
    };
    // Read every sheet before converting any, so an unreadable file stops the build early.
    const eventsSheet = options.events ? await read(options.events) : undefined;
    const labsSheet = options.labs ? await read(options.labs) : undefined;
    const storiesSheet = options.stories ? await read(options.stories) : undefined;

    const take = <T>(checked: Checked<T>, header: string[]) => {
      if (header.length === 0) {
        issues.push({ file: checked.stats.file, message: m.emptySheet(), severity: 'warning' });
      }
      issues.push(...checked.issues.map(fromSheetIssue));
      sheets.push(checked.stats);
      return checked.records;
    };
    if (options.events && eventsSheet) {
      const file = basename(options.events);
      const converted = rowsToEvents(
        eventsSheet.table,
        file,
        edition,
        m,
        progress?.(file),
        rowOptions,
      );
      content.events = take(checkEvents(converted, edition, m), eventsSheet.table.header);
    }
    if (options.labs && labsSheet) {
      const file = basename(options.labs);
      content.labs = take(
        checkLabs(rowsToLabs(labsSheet.table, file, edition, m, rowOptions), edition, m),
        labsSheet.table.header,
      );
    }
    if (options.stories && storiesSheet) {
      const file = basename(options.stories);
      content.stories = take(
        checkStories(rowsToStories(storiesSheet.table, file, edition, m, rowOptions), edition, m),
        storiesSheet.table.header,
      );
    }
  } catch (error) {
    if (!(error instanceof CannotRead)) throw error;
    issues.push({ message: error.message, severity: 'error' });
    return { exitCode: 2, issues, sheets };
  }

  const written = await writeFeed(at(options.out), content as FeedContent, {
    now: io.now(),
    ...(options.split && { split: options.split }),
  });
  const { errors, warnings } = countIssues(issues);
  const exitCode = errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
  return { exitCode, issues, sheets, written };
}

function printResult(result: BuildResult, options: BuildOptions, io: CliIo): void {
  const { m } = io;
  if (options.json) {
    io.out(
      jsonReport(result.issues, {
        exitCode: result.exitCode,
        sheets: result.sheets,
        files: result.written?.files ?? [],
      }) + '\n',
    );
    return;
  }
  const report = formatReport(result.issues, m);
  if (report) io.out(report + '\n\n');
  for (const sheet of result.sheets) {
    io.out(m.sheetSummary(sheet.file, sheet.total, sheet.written, sheet.rejected) + '\n');
  }
  if (!result.written) return;
  for (const file of result.written.files) io.out(m.wrote(file) + '\n');
  io.out('\n' + m.cachingAdvice() + '\n\n');
  const rejected = result.sheets.reduce((sum, sheet) => sum + sheet.rejected, 0);
  const { errors, warnings } = countIssues(result.issues);
  if (rejected > 0 || errors > 0) io.out(m.buildRejected(rejected) + '\n');
  else if (result.exitCode === 1) io.out(m.buildStrictWarnings(warnings) + '\n');
  else io.out(m.buildOk() + '\n');
}

export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const options = parseBuildArgs(args, io);
  const result = await build(options, io);
  printResult(result, options, io);
  return result.exitCode;
}
