/**
 * `sx-feed validate <file|dir|url>`: checks a feed with the SDK's validators, the way a widget
 * would read it, manifest resources included.
 *
 * Exit codes: 0 no errors (warnings alone still give 0: the feed works, with repairs);
 * 1 errors (records dropped, a resource missing, or the feed unusable); 2 cannot read the input.
 */
import { FeedValidationError } from '../../src/errors.js';
import { issueText } from '../../src/feed/issue-messages.js';
import type { FeedIssue } from '../../src/feed/types.js';
import { parseCommandArgs, UsageError } from '../args.js';
import { readFailure } from '../feed-source.js';
import type { CliIo } from '../io.js';
import { FeedReadError, loadFeed } from '../read-feed.js';
import { countIssues, formatReport, jsonReport, type ReportIssue } from '../report.js';

export interface ValidateResult {
  exitCode: 0 | 1 | 2;
  location: string;
  issues: ReportIssue[];
}

const toReport = (issue: FeedIssue, io: CliIo): ReportIssue => ({
  path: issue.path,
  message: issueText(issue, io.m.lang),
  severity: issue.severity,
});

export async function validateSource(
  source: string,
  io: CliIo,
  fetchImpl?: typeof fetch,
): Promise<ValidateResult> {
  const { m } = io;
  try {
    const feed = await loadFeed(source, { cwd: io.cwd, ...(fetchImpl && { fetch: fetchImpl }) });
    const issues = feed.issues.map((issue) => toReport(issue, io));
    return { exitCode: countIssues(issues).errors > 0 ? 1 : 0, location: feed.location, issues };
  } catch (error) {
    if (error instanceof FeedReadError) {
      const issues: ReportIssue[] = [{ message: readFailure(error, m), severity: 'error' }];
      return { exitCode: 2, location: error.location, issues };
    }
    if (error instanceof FeedValidationError) {
      const issues = error.issues.map((issue) => toReport(issue, io));
      if (!issues.some((issue) => issue.severity === 'error')) {
        const issue: FeedIssue = { path: error.path, message: error.message, severity: 'error' };
        issues.push(toReport(issue, io));
      }
      return { exitCode: 1, location: source, issues };
    }
    throw error;
  }
}

export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  const [source, ...extra] = positionals;
  if (!source) throw new UsageError(m.missingOption('<file|dir|url>'));
  if (extra.length > 0) throw new UsageError(m.badArguments(extra.join(' ')));
  const result = await validateSource(source, io);
  if (values.json) {
    io.out(
      jsonReport(result.issues, { exitCode: result.exitCode, location: result.location }) + '\n',
    );
    return result.exitCode;
  }
  const report = formatReport(result.issues, m);
  if (report) io.out(report + '\n');
  const verdict =
    result.exitCode === 0
      ? result.issues.length === 0
        ? m.validateClean(result.location)
        : m.validateWarningsOnly(result.location)
      : result.exitCode === 1
        ? m.validateErrors(result.location)
        : '';
  if (verdict) io.out(verdict + '\n');
  return result.exitCode;
}
