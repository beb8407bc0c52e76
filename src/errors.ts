import type { FeedIssue } from './feed/types.js';

/** Base class of every error the SDK throws: `instanceof FeedError` catches them all. */
export class FeedError extends Error {
  /**
   * The feed URL involved, when there is one. Not `readonly`: a body is validated before the
   * client names the file it came from, so the client fills this in on the validation error it
   * passes on (an error of the SDK's own validators, called directly, has none).
   */
  url: string | undefined;

  constructor(message: string, url?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedError';
    this.url = url;
  }
}

/** The server answered with a status that is not 2xx/304. */
export class FeedHttpError extends FeedError {
  readonly status: number;

  constructor(url: string, status: number, statusText = '') {
    super(
      `The feed server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}`,
      url,
    );
    this.name = 'FeedHttpError';
    this.status = status;
  }
}

/** No complete answer within the timeout. */
export class FeedTimeoutError extends FeedError {
  readonly timeout: number;

  constructor(url: string, timeout: number) {
    super(`The feed did not arrive within ${timeout} ms: ${url}`, url);
    this.name = 'FeedTimeoutError';
    this.timeout = timeout;
  }
}

/** The network failed before any answer (offline, refused, DNS, CORS). */
export class FeedNetworkError extends FeedError {
  constructor(url: string, cause?: unknown) {
    super(`The feed could not be reached: ${url}`, url, { cause });
    this.name = 'FeedNetworkError';
  }
}

/** The body is not JSON (or was cut off). */
export class FeedParseError extends FeedError {
  constructor(url: string | undefined, cause?: unknown) {
    super(`The feed is not valid JSON${url ? `: ${url}` : ''}`, url, { cause });
    this.name = 'FeedParseError';
  }
}

/** The feed cannot be used at all: a missing or invalid edition, or an unknown schema major. */
export class FeedValidationError extends FeedError {
  /** Where the fatal problem is, e.g. `edition.timeZone`. */
  readonly path: string;
  /** Every issue found, the fatal ones included. */
  readonly issues: FeedIssue[];

  constructor(path: string, message: string, issues: FeedIssue[] = [], url?: string) {
    super(`Invalid feed at ${path}: ${message}${url ? ` (${url})` : ''}`, url);
    this.name = 'FeedValidationError';
    this.path = path;
    this.issues = issues;
  }
}

/** The feed's `schemaVersion` has a major this SDK does not read. */
export class FeedVersionError extends FeedValidationError {
  readonly schemaVersion: string;

  constructor(schemaVersion: string, supportedMajor: number, url?: string) {
    super(
      'schemaVersion',
      `schema version ${schemaVersion} is not supported (this SDK reads ${supportedMajor}.x)`,
      [],
      url,
    );
    this.name = 'FeedVersionError';
    this.schemaVersion = schemaVersion;
  }
}
