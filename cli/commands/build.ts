/**
 * `sx-feed build`: sheets in, feed out. Reads the edition and every sheet (several files, globs,
 * directories, workbooks), converts and validates every row, writes every good record, and reports
 * every bad row by file, sheet, row and column.
 *
 * It never publishes a worse feed: an unreadable input stops it before anything is written, a
 * kind with no record left stops it, and so does a feed that would shrink too far compared with
 * the one already in `--out` (unless `--allow-shrink`). Files are written atomically.
 *
 * Exit codes: 0 every row written (warnings allowed); 1 some row not written, any warning with
 * `--strict`, or the build stopped by the guard; 2 an input cannot be read or the output cannot
 * be written (the previous feed is left as it was).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { FeedValidationError } from '../../src/errors.js';
import { issueText } from '../../src/feed/issue-messages.js';
import type { Edition, FeedIssue } from '../../src/feed/types.js';
import { eventsValidator, validateEdition } from '../../src/feed/validate.js';
import { listOption, parseListArgs, UsageError } from '../args.js';
import {
  checkLabs,
  checkStories,
  checkValidatedEvents,
  type Checked,
  type SheetStats,
} from '../check-records.js';
import type { SheetKind } from '../columns.js';
import { ENCODING_CHOICES, type EncodingChoice } from '../encoding.js';
import { expandInputs } from '../expand-inputs.js';
import { fsCode } from '../fs-errors.js';
import type { CliIo } from '../io.js';
import { mergeSheets, rowsById, type SheetResult } from '../merge-sources.js';
import type { Lang } from '../messages.js';
import { INPUT_MESSAGES, type InputMessages } from '../messages-input.js';
import { IssuePlacer } from '../place-issues.js';
import { InputError, readSheetFile, type ReadIssue, type SheetSource } from '../read-sheet.js';
import { countIssues, formatReport, jsonReport, type ReportIssue } from '../report.js';
import { NearDuplicateIndex } from '../near-duplicates.js';
import { problemsCsv } from '../report-csv.js';
import {
  rowsToEventsKept,
  rowsToLabs,
  rowsToStories,
  type Candidate,
  type ProgressFn,
  type RowOptions,
} from '../rows-to-records.js';
import { DEFAULT_MAX_SHRINK, previousCounts, shrinkProblems } from '../shrink-guard.js';
import {
  FeedWriteError,
  stageFeed,
  writeAtomic,
  type FeedContent,
  type StagedFeed,
  type WrittenFeed,
} from '../write-feed.js';

export interface BuildOptions {
  edition: string;
  /** Files, globs, directories or `book.xlsx#sheet`; one or several. */
  events?: string | string[];
  labs?: string | string[];
  stories?: string | string[];
  out: string;
  split?: 'city';
  encoding?: EncodingChoice;
  strict?: boolean;
  json?: boolean;
  progress?: boolean;
  /** Where to write the problem list (CSV). */
  report?: string;
  /** Largest share of the previous feed's records a build may drop, in percent. @default 50 */
  maxShrink?: number;
  /** Publish even when the guard would stop the build. */
  allowShrink?: boolean;
  /** Columns whose blank cells take the value above (merged cells in the organisers' sheets). */
  fillDown?: string[];
}

export interface BuildResult {
  exitCode: 0 | 1 | 2;
  issues: ReportIssue[];
  sheets: SheetStats[];
  written?: WrittenFeed;
  /** Where the problem list was written, when asked for. */
  report?: string;
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
  report: { type: 'string' },
  'max-shrink': { type: 'string' },
  'allow-shrink': { type: 'boolean' },
  'fill-down': { type: 'string', multiple: true },
} as const;

const KINDS: SheetKind[] = ['events', 'labs', 'stories'];

export function parseBuildArgs(args: string[], io: CliIo): BuildOptions {
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  const { values, lists, positionals } = parseListArgs(args, OPTIONS, KINDS);
  if (positionals.length > 0) {
    throw new UsageError(positionals.map((arg) => im.unusedArgument(arg)).join('\n'));
  }
  if (!values.edition) throw new UsageError(m.missingOption('--edition'));
  if (!values.out) throw new UsageError(m.missingOption('--out'));
  if (values.split !== undefined && values.split !== 'city') {
    throw new UsageError(m.badChoice('--split', values.split, ['city']));
  }
  const encoding = values.encoding ?? 'auto';
  if (!(ENCODING_CHOICES as readonly string[]).includes(encoding)) {
    throw new UsageError(m.badChoice('--encoding', encoding, ENCODING_CHOICES));
  }
  const shrink = values['max-shrink'];
  const maxShrink = shrink === undefined ? DEFAULT_MAX_SHRINK : Number(shrink.replace(/%$/, ''));
  if (shrink !== undefined && !(shrink.trim() !== '' && maxShrink >= 0 && maxShrink <= 100)) {
    throw new UsageError(im.badPercent('--max-shrink', shrink));
  }
  const options: BuildOptions = {
    edition: values.edition,
    out: values.out,
    encoding: encoding as EncodingChoice,
    strict: values.strict ?? false,
    json: values.json ?? false,
    progress: values.progress ?? false,
    maxShrink,
    allowShrink: values['allow-shrink'] ?? false,
  };
  for (const kind of KINDS) if (lists[kind]!.length > 0) options[kind] = lists[kind];
  if (values.split === 'city') options.split = 'city';
  if (values.report) options.report = values.report;
  const fillDown = listOption(values['fill-down']);
  if (fillDown.length > 0) options.fillDown = fillDown;
  return options;
}

const fromFeedIssue = (file: string, issue: FeedIssue, lang: Lang): ReportIssue => ({
  file,
  path: issue.path,
  message: issueText(issue, lang),
  severity: issue.severity,
});

/** The build cannot go on: an input is unusable (exit 2) or the guard stopped it (exit 1). */
class Stop extends Error {
  constructor(
    readonly messages: string[],
    readonly exitCode: 1 | 2,
  ) {
    super(messages.join('\n'));
  }
}

async function loadEdition(
  path: string,
  display: string,
  io: CliIo,
  issues: ReportIssue[],
  strict = false,
): Promise<Edition> {
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Stop([im.fsError(fsCode(error), display)], 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Stop([m.notJson(display)], 2);
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
    issues.push(...found.map((issue) => fromFeedIssue(display, issue, m.lang)));
    // A real programme built from the template's edition would show the sample notice everywhere.
    if (value.sample) {
      const severity = strict ? 'error' : 'warning';
      issues.push({ file: display, path: 'sample', message: m.sampleEdition(strict), severity });
    }
    return value;
  } catch (error) {
    if (!(error instanceof FeedValidationError)) throw error;
    issues.push(...error.issues.map((issue) => fromFeedIssue(display, issue, m.lang)));
    throw new Stop([m.feedUnusable(error.message)], 2);
  }
}

/** Prints progress on stderr: redrawn in place on a terminal, one line per step otherwise. */
function progressPrinter(io: CliIo, enabled: boolean) {
  if (!enabled) return undefined;
  return (file: string): ProgressFn =>
    (done: number, total: number) => {
      const line = io.m.progress(file, done, total);
      io.err(io.errIsTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
    };
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : [value].flat();

/**
 * Every sheet of every kind, read before any is converted, so an unreadable file stops the build
 * early. Every unreadable file is named (not only the first), each with what to do.
 */
async function readAll(
  options: BuildOptions,
  io: CliIo,
  im: InputMessages,
  warnings: ReadIssue[],
): Promise<Map<SheetKind, SheetSource[]>> {
  const sources = new Map<SheetKind, SheetSource[]>();
  const problems: string[] = [];
  for (const kind of KINDS) {
    const values = asList(options[kind]);
    if (values.length === 0) continue;
    const list: SheetSource[] = [];
    sources.set(kind, list);
    let files;
    try {
      files = await expandInputs(values, io.cwd, im);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
      continue;
    }
    for (const file of files) {
      try {
        const read = await readSheetFile(
          file.path,
          file.display,
          kind,
          {
            encoding: options.encoding ?? 'auto',
            ...(file.sheet !== undefined && { sheet: file.sheet }),
          },
          im,
          warnings,
        );
        list.push(...read);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push(error.message);
      }
    }
  }
  if (problems.length > 0) throw new Stop(problems, 2);
  return sources;
}

type Convert = (
  table: SheetSource['table'],
  file: string,
  edition: Edition,
  io: CliIo,
  progress: ProgressFn | undefined,
  options: RowOptions,
) => Checked<{ id: string }> & { rowOf: () => Map<string, number> };

/** The rows by id, made only if merging several sheets asks (holding the candidates alone). */
const lazyRows = (candidates: Candidate<{ id: string }>[]) => () => rowsById(candidates);

// Only the row of each id is kept from the conversion: the records as read are garbage once
// validated, which keeps a 100,000-row build well under its memory budget.
const CONVERT: Record<SheetKind, Convert> = {
  events: (t, f, e, io, p, o) => {
    // Each event is validated as soon as it is read, and only its id kept for the report: a big
    // sheet never holds all its events twice (as read and as validated).
    const validator = eventsValidator(e, 'events');
    const converted = rowsToEventsKept(
      t,
      f,
      e,
      io.m,
      (event) => {
        validator.add(event);
        return { id: event.id };
      },
      p,
      o,
    );
    return {
      ...checkValidatedEvents(converted, validator.finish(), io.m),
      rowOf: lazyRows(converted.candidates),
    };
  },
  labs: (t, f, e, io, _p, o) => {
    const converted = rowsToLabs(t, f, e, io.m, o);
    return { ...checkLabs(converted, e, io.m), rowOf: lazyRows(converted.candidates) };
  },
  stories: (t, f, e, io, _p, o) => {
    const converted = rowsToStories(t, f, e, io.m, o);
    return { ...checkStories(converted, e, io.m), rowOf: lazyRows(converted.candidates) };
  },
};

/** Converts and checks every sheet of a kind, then merges them into one list of records. */
function convertKind(
  kind: SheetKind,
  list: SheetSource[],
  edition: Edition,
  io: CliIo,
  placer: IssuePlacer,
  issues: ReportIssue[],
  sheets: SheetStats[],
  progress: ((file: string) => ProgressFn) | undefined,
  rowOptions: RowOptions,
): { id: string }[] {
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  const results: SheetResult<{ id: string }>[] = [];
  for (const source of list) {
    if (progress) {
      const format = source.encoding ?? source.format;
      io.err(`${m.readingSheet(source.label, format, source.table.rows.length)}\n`);
    }
    const { rowOf, ...checked } = CONVERT[kind](
      source.table,
      source.label,
      edition,
      io,
      progress?.(source.label),
      rowOptions,
    );
    // Rows a quote mistake made unreadable count as rows not written.
    for (const row of source.dropped) {
      checked.stats.total += 1;
      checked.stats.rejected += 1;
      checked.stats.rejectedRows.push(row);
    }
    results.push({ label: source.label, checked, rowOf });
  }
  const records = mergeSheets(results, im);
  list.forEach((source, i) => {
    const { checked } = results[i]!;
    const placed = [
      ...source.issues.map((issue) => placer.fromRead(source, issue)),
      ...checked.issues.map((issue) => placer.fromSheet(issue)),
    ];
    placed.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    issues.push(...placed);
    sheets.push(checked.stats);
    // Every issue of this sheet is placed: its cells are not needed again, and on a big sheet
    // they weigh more than the records written from them.
    source.table.rows = [];
  });
  return records;
}

/** What the steps of one build share: its options and where they report. */
interface BuildRun {
  options: BuildOptions;
  io: CliIo;
  im: InputMessages;
  issues: ReportIssue[];
  sheets: SheetStats[];
  /** The input files in the order they were read, for the problem list. */
  order: string[];
  /** A path of the command line, resolved against the working directory. */
  at: (path: string) => string;
}

/** The feed written under temporary names, or why it could not be (reported after the guard). */
interface Staged {
  staged?: StagedFeed;
  failure?: FeedWriteError;
}

export async function build(options: BuildOptions, io: CliIo): Promise<BuildResult> {
  const run: BuildRun = {
    options,
    io,
    im: INPUT_MESSAGES[io.m.lang],
    issues: [],
    sheets: [],
    order: [],
    at: (path) => resolve(io.cwd, path),
  };
  let staged: Staged;
  try {
    const edition = await loadEdition(
      run.at(options.edition),
      options.edition,
      io,
      run.issues,
      options.strict,
    );
    staged = await stageGuarded(run, await convertSheets(run, edition));
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    for (const message of error.messages) run.issues.push({ message, severity: 'error' });
    return finish(run, error.exitCode);
  }
  return publish(run, staged);
}

/** Reads every sheet, converts and checks its rows; stops when a kind has no record left. */
async function convertSheets(run: BuildRun, edition: Edition): Promise<FeedContent> {
  const { options, io, im, issues } = run;
  // One index for every events sheet of every file, so an activity sent twice is caught.
  const rowOptions: RowOptions = {
    strict: options.strict ?? false,
    duplicates: new NearDuplicateIndex(),
    ...(options.fillDown && { fillDown: options.fillDown }),
  };
  const fileWarnings: ReadIssue[] = [];
  const sources = await readAll(options, io, im, fileWarnings);
  for (const w of fileWarnings) issues.push({ message: w.message, severity: w.severity });
  const all = [...sources.values()].flat();
  for (const source of all) if (!run.order.includes(source.path)) run.order.push(source.path);
  const placer = new IssuePlacer(all);
  const progress = progressPrinter(io, Boolean(options.progress) || io.errIsTTY);
  const content: FeedContent = { edition };
  const stops: string[] = [];
  for (const [kind, list] of sources) {
    const records = convertKind(
      kind,
      list,
      edition,
      io,
      placer,
      issues,
      run.sheets,
      progress,
      rowOptions,
    );
    // Never an empty resource: it would replace whatever partners show with nothing.
    if (records.length === 0) stops.push(im.zeroRecords(kind));
    (content as Record<SheetKind, unknown[]>)[kind] = records;
  }
  if (stops.length > 0) throw new Stop(stops, 1);
  return content;
}

/**
 * Writes the data files under temporary names first, so the guard knows each new file's name and
 * records: a previous file of the same name (and so the same bytes) needs no counting, which was
 * most of a rebuild's guard. Nothing in `--out` changes before the guard has passed.
 */
async function stageGuarded(run: BuildRun, content: FeedContent): Promise<Staged> {
  const { options, im, issues } = run;
  const out = run.at(options.out);
  const result: Staged = {};
  try {
    result.staged = await stageFeed(out, content, {
      now: run.io.now(),
      ...(options.split && { split: options.split }),
    });
  } catch (error) {
    if (!(error instanceof FeedWriteError)) throw error;
    // Reported after the guard, which decides first, as when it ran before any writing.
    result.failure = error;
  }
  try {
    await guardShrink(out, content, options, im, issues, result.staged?.records);
  } catch (error) {
    await result.staged?.discard();
    throw error;
  }
  return result;
}

/** Moves the staged files into `--out`, and says how the build went. */
async function publish(run: BuildRun, { staged, failure }: Staged): Promise<BuildResult> {
  let written: WrittenFeed;
  try {
    if (failure) throw failure;
    written = await staged!.commit();
  } catch (error) {
    if (!(error instanceof FeedWriteError)) throw error;
    run.issues.push({ message: run.im.writeFailed(error.code, error.path), severity: 'error' });
    return finish(run, 2);
  }
  const { errors, warnings } = countIssues(run.issues);
  return finish(run, errors > 0 || (run.options.strict && warnings > 0) ? 1 : 0, written);
}

/** The result of the build, with the problem list written when asked for. */
function finish(
  run: BuildRun,
  exitCode: BuildResult['exitCode'],
  written?: WrittenFeed,
): Promise<BuildResult> {
  const { issues, sheets, options, io, order } = run;
  const result: BuildResult = { exitCode, issues, sheets, ...(written && { written }) };
  return withReport(result, options, io, order);
}

/** Stops the build when the feed in `--out` would lose too many records (see shrink-guard.ts). */
async function guardShrink(
  out: string,
  content: FeedContent,
  options: BuildOptions,
  im: InputMessages,
  issues: ReportIssue[],
  known?: ReadonlyMap<string, number>,
): Promise<void> {
  const before = await previousCounts(out, known);
  if (before === 'unreadable') {
    issues.push({ message: im.previousFeedUnreadable(out), severity: 'warning' });
    return;
  }
  if (!before || options.allowShrink) return;
  const after = {
    events: content.events?.length ?? 0,
    labs: content.labs?.length ?? 0,
    stories: content.stories?.length ?? 0,
  };
  const problems = shrinkProblems(before, after, options.maxShrink ?? DEFAULT_MAX_SHRINK, im);
  if (problems.length > 0) throw new Stop(problems, 1);
}

/** Writes the problem list when asked for, whatever the outcome: it is what goes back to cities. */
async function withReport(
  result: BuildResult,
  options: BuildOptions,
  io: CliIo,
  order: string[],
): Promise<BuildResult> {
  if (!options.report) return result;
  const path = resolve(io.cwd, options.report);
  try {
    await writeAtomic(dirname(path), basename(path), problemsCsv(result.issues, io.m, order));
    result.report = options.report;
  } catch (error) {
    if (!(error instanceof FeedWriteError)) throw error;
    const im = INPUT_MESSAGES[io.m.lang];
    result.issues.push({ message: im.writeFailed(error.code, options.report), severity: 'error' });
    if (result.exitCode === 0) result.exitCode = 1;
  }
  return result;
}

function printResult(result: BuildResult, options: BuildOptions, io: CliIo): void {
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  if (options.json) {
    io.out(
      jsonReport(result.issues, {
        exitCode: result.exitCode,
        sheets: result.sheets,
        files: result.written?.files ?? [],
        ...(result.report && { report: result.report }),
      }) + '\n',
    );
    return;
  }
  const report = formatReport(result.issues, m, result.report);
  if (report) io.out(report + '\n\n');
  for (const sheet of result.sheets) {
    io.out(m.sheetSummary(sheet.file, sheet.total, sheet.written, sheet.rejected) + '\n');
  }
  if (result.report) io.out(im.reportWritten(result.report, result.issues.length) + '\n');
  if (!result.written) {
    io.out(im.nothingWritten() + '\n');
    return;
  }
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
