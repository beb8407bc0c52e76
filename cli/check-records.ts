/**
 * Runs the SDK's validators over the converted records and points every issue back at its sheet
 * row and column. Then it accounts for every row: written, or reported with an error. A row the
 * validator dropped without an issue we can place still gets one, so nothing vanishes unreported.
 */
import type {
  Edition,
  FeedIssue,
  Lab,
  Story,
  ProgrammeEvent,
  Validated,
} from '../src/feed/types.js';
import { issueText } from '../src/feed/issue-messages.js';
import { validateEvents, validateLabs, validateStories } from '../src/feed/validate.js';
import { columnForField } from './columns.js';
import type { Messages } from './messages.js';
import type { Candidate, Converted, SheetIssue } from './rows-to-records.js';

export interface SheetStats {
  file: string;
  /** Data rows in the sheet (blank rows are not counted). */
  total: number;
  written: number;
  rejected: number;
  /** Sheet rows whose content did not reach the output, each with at least one error reported. */
  rejectedRows: number[];
}

export interface Checked<T> {
  records: T[];
  issues: SheetIssue[];
  stats: SheetStats;
}

/** `events[12].venue.lat` → record 12, field `venue.lat`; `labs[3].openings[1].end` → opening 1. */
const ISSUE_PATH = /^[a-z]+\[(\d+)\](?:\.(.*))?$/;

interface PlacedIssue {
  index: number;
  opening?: number;
  field: string;
}

function place(path: string): PlacedIssue | undefined {
  const match = ISSUE_PATH.exec(path);
  if (!match) return undefined;
  const rest = match[2] ?? '';
  const opening = /^openings\[(\d+)\]/.exec(rest);
  const placed: PlacedIssue = { index: Number(match[1]), field: rest.replace(/\[\d+\]/g, '') };
  if (opening) placed.opening = Number(opening[1]);
  return placed;
}

const openingKey = (o: { start: string; end: string }) => `${o.start}|${o.end}`;

/**
 * The rows whose record the validator kept. Events and stories: the validator keeps records in
 * the order given and a sheet's ids are unique (a repeated one is refused before), so one walk
 * pairs them, without a map of every id (100,000 entries for a big sheet); should the walk not
 * pair every record, the map decides, as it does for labs (a lab keeps only some openings).
 */
function writtenRows<T extends { id: string }, C extends { id: string }>(
  converted: Converted<C>,
  values: T[],
): Set<number> {
  const { candidates, kind } = converted;
  if (kind !== 'labs') {
    const written = new Set<number>();
    let next = 0;
    // Indexed loops in this file: they run once per build, mostly before V8 optimises them,
    // and `for…of` then allocates an iterator result per row.
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[k]!;
      if (next < values.length && values[next]!.id === candidate.record.id) {
        written.add(candidate.row);
        next += 1;
      }
    }
    if (next === values.length) return written;
  }
  const kept = new Map(values.map((record) => [record.id, record]));
  const written = new Set<number>();
  for (const candidate of candidates) {
    const out = kept.get(candidate.record.id);
    if (!out) continue;
    if (kind !== 'labs') {
      written.add(candidate.row);
      continue;
    }
    const lab = candidate.record as unknown as Lab;
    const outOpenings = new Set((out as unknown as Lab).openings.map(openingKey));
    const rows = candidate.openingRows ?? [];
    lab.openings.forEach((opening, i) => {
      if (outOpenings.has(openingKey(opening))) written.add(rows[i]!);
    });
    // The row that names the lab is written with the lab, unless its own opening was lost.
    if (!rows.includes(candidate.row)) written.add(candidate.row);
  }
  return written;
}

function check<T extends { id: string }, C extends { id: string } = T>(
  converted: Converted<C>,
  validated: Validated<T[]>,
  m: Messages,
): Checked<T> {
  const { file, candidates, kind, header } = converted;
  const issues = [...converted.issues];
  for (const issue of validated.issues) {
    issues.push(toSheetIssue(issue, candidates, header, kind, file, m));
  }

  // Which rows reached the output.
  const written = writtenRows(converted, validated.value);
  const erroredRows = new Set<number>();
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k]!;
    if (issue.severity === 'error' && issue.row !== undefined) erroredRows.add(issue.row);
  }
  const rejectedRows: number[] = [];
  const { rows } = converted;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    // A row with an error counts as not written even when part of it (a lab's name) was.
    if (written.has(row) && !erroredRows.has(row)) continue;
    rejectedRows.push(row);
    if (!erroredRows.has(row)) {
      issues.push({ file, row, message: m.droppedByValidator(), severity: 'error' });
    }
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    records: validated.value,
    issues,
    stats: {
      file,
      total: converted.rows.length,
      written: converted.rows.length - rejectedRows.length,
      rejected: rejectedRows.length,
      rejectedRows,
    },
  };
}

function toSheetIssue<T>(
  issue: FeedIssue,
  candidates: Candidate<T>[],
  header: Converted<T>['header'],
  kind: Converted<T>['kind'],
  file: string,
  m: Messages,
): SheetIssue {
  const placed = place(issue.path);
  const candidate = placed ? candidates[placed.index] : undefined;
  const text = issueText(issue, m.lang);
  const result: SheetIssue = { file, message: text, severity: issue.severity };
  if (!placed || !candidate) {
    // Not about one record (should not happen for arrays we built): keep the SDK's path.
    result.message = m.issueAt(issue.path, text);
    return result;
  }
  const openingRow =
    placed.opening === undefined ? undefined : candidate.openingRows?.[placed.opening];
  result.row = openingRow ?? candidate.row;
  const column = columnForField(kind, header, placed.field);
  if (column) result.column = column;
  else if (placed.field) result.message = m.issueAt(placed.field, text);
  return result;
}

export function checkEvents(
  converted: Converted<ProgrammeEvent>,
  edition: Edition,
  m: Messages,
): Checked<ProgrammeEvent> {
  const records = converted.candidates.map((c) => c.record);
  return check(converted, validateEvents(records, edition, 'events'), m);
}

/**
 * `checkEvents` for events validated as they were read (`rowsToEventsKept` with an
 * `eventsValidator`): the same result, without holding every event as read until the end.
 */
export function checkValidatedEvents(
  converted: Converted<{ id: string }>,
  validated: Validated<ProgrammeEvent[]>,
  m: Messages,
): Checked<ProgrammeEvent> {
  return check(converted, validated, m);
}

export function checkLabs(converted: Converted<Lab>, edition: Edition, m: Messages): Checked<Lab> {
  const records = converted.candidates.map((c) => c.record);
  return check(converted, validateLabs(records, edition, 'labs'), m);
}

export function checkStories(
  converted: Converted<Story>,
  edition: Edition,
  m: Messages,
): Checked<Story> {
  const records = converted.candidates.map((c) => c.record);
  return check(converted, validateStories(records, edition, 'stories'), m);
}
