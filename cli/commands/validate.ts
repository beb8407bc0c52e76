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
import type { Lang } from '../messages.js';
import { INPUT_MESSAGES } from '../messages-input.js';
import { DEFAULT_TIMEOUT_SECONDS, FeedReadError, loadFeed } from '../read-feed.js';
import { countIssues, formatReport, jsonReport, type ReportIssue } from '../report.js';

export interface ValidateResult {
  exitCode: 0 | 1 | 2;
  location: string;
  issues: ReportIssue[];
}

const reportIn =
  (lang: Lang) =>
  (issue: FeedIssue): ReportIssue => ({
    path: issue.path,
    message: issueText(issue, lang),
    severity: issue.severity,
  });

export async function validateSource(
  source: string,
  io: CliIo,
  fetchImpl?: typeof fetch,
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
): Promise<ValidateResult> {
  const { m } = io;
  const toReport = reportIn(m.lang);
  try {
    const feed = await loadFeed(source, {
      cwd: io.cwd,
      timeoutSeconds,
      describeFailure: (error) => readFailure(error, m),
      ...(fetchImpl && { fetch: fetchImpl }),
    });
    const issues = feed.issues.map(toReport);
    return { exitCode: countIssues(issues).errors > 0 ? 1 : 0, location: feed.location, issues };
  } catch (error) {
    if (error instanceof FeedReadError) {
      const issues: ReportIssue[] = [{ message: readFailure(error, m), severity: 'error' }];
      return { exitCode: 2, location: error.location, issues };
    }
    if (error instanceof FeedValidationError) {
      const issues = error.issues.length > 0 ? error.issues.map(toReport) : [];
      if (!issues.some((issue) => issue.severity === 'error')) {
        issues.push({ path: error.path, message: error.message, severity: 'error' });
      }
      return { exitCode: 1, location: source, issues };
    }
    throw error;
  }
}

export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const im = INPUT_MESSAGES[m.lang];
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    timeout: { type: 'string' },
  });
  const [source, ...extra] = positionals;
  if (!source) throw new UsageError(m.missingOption('<file|dir|url>'));
  if (extra.length > 0) throw new UsageError(extra.map((a) => im.unusedArgument(a)).join('\n'));
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!(timeout > 0 && Number.isFinite(timeout))) {
    throw new UsageError(im.badSeconds('--timeout', values.timeout ?? ''));
  }
  const result = await validateSource(source, io, undefined, timeout);
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
