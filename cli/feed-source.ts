/** Loading a feed for the export commands, with the failures turned into messages and exit codes. */
import { FeedValidationError } from '../src/errors.js';
import type { CliIo } from './io.js';
import type { Messages } from './messages.js';
import { INPUT_MESSAGES } from './messages-input.js';
import { FeedReadError, loadFeed, type LoadedFeed } from './read-feed.js';

/** The feed could not be used: print `message`, exit with `exitCode`. */
export class FeedUnavailable extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'FeedUnavailable';
  }
}

/** What to tell the user when a file or URL cannot be read, in their language. */
export function readFailure(error: FeedReadError, m: Messages): string {
  const im = INPUT_MESSAGES[m.lang];
  if (error.reason === 'json') return m.notJson(error.location);
  if (error.net) return im.netFailed(error.location, error.net);
  return im.fsError(error.code ?? 'EIO', error.location);
}

/**
 * The feed at `source`, or FeedUnavailable: 2 when it cannot be read, 1 when it is unusable or a
 * resource is missing (an export without part of the programme would mislead). Record-level
 * issues only warn on stderr: the good records are exported.
 */
export async function feedForExport(source: string, io: CliIo): Promise<LoadedFeed> {
  const { m } = io;
  let feed: LoadedFeed;
  try {
    feed = await loadFeed(source, {
      cwd: io.cwd,
      describeFailure: (error) => readFailure(error, m),
    });
  } catch (error) {
    if (error instanceof FeedReadError) throw new FeedUnavailable(readFailure(error, m), 2);
    if (error instanceof FeedValidationError) {
      throw new FeedUnavailable(m.feedUnusable(error.message), 1);
    }
    throw error;
  }
  // A resource that could not be read is reported under its bare path (`events.byCity.140100`).
  const missing = feed.issues.find(
    (issue) => issue.severity === 'error' && /^[a-z]+(\.byCity\.\d+)?$/.test(issue.path),
  );
  if (missing) throw new FeedUnavailable(missing.message, 1);
  const errors = feed.issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) {
    io.err(`${m.issueCount(errors, feed.issues.length - errors)} (sx-feed validate ${source})\n`);
  }
  return feed;
}
