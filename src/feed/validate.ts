/**
 * Validation of untrusted feeds. Tolerant: one bad record never blanks the feed. Every problem is
 * reported as a `FeedIssue` (a path such as `events[17].start`, an English sentence, a severity,
 * a stable `code` with `params`; `issueText` in issue-messages.ts says it in zh-CN or en):
 * - `error`: the record was dropped (one of its own required fields is missing or wrong, an
 *   unknown city, end before start, no venue and no online location, a duplicate id);
 * - `warning`: the record was kept, repaired (an unsafe optional link or an image without alt text
 *   left out, an unknown topic id removed from a list, over-long text shortened, control and
 *   text-direction characters removed).
 * Only a missing or invalid edition and an unknown schema major are fatal: they throw
 * `FeedValidationError` / `FeedVersionError`. Nothing else throws, whatever the input.
 *
 * Each function has a `…Chunked` twin for big feeds in a browser: the same result, computed in
 * slices of a few milliseconds with the main thread given back in between (issue #14: 20,000
 * events must never block a page for more than 50 ms).
 */
import { FeedValidationError, FeedVersionError } from '../errors.js';
import { editionIndex } from './edition-index.js';
import { isTimeZone } from './zone-offset.js';
export { isManifest } from './resources.js';
import { Invalid, cleanObject, prototypesPolluted, readAt, type ReadContext } from './read-spec.js';
import { eventRule, labRule, storyRule, type RecordRule } from './record-rules.js';
import {
  EDITION_SPEC,
  EVENT_SPEC,
  INSTANT_SPEC,
  LAB_SPEC,
  RESOURCES_SPEC,
  STORY_SPEC,
} from './schema/runtime-spec.js';
import { SCHEMA_MAJOR, SCHEMA_VERSION } from './types.js';
import type {
  Edition,
  FeedDocument,
  FeedIssue,
  FeedManifest,
  Lab,
  SchemaVersion,
  Story,
  ProgrammeEvent,
  Term,
  Validated,
} from './types.js';
import type { Spec } from './spec-types.js';
import { runSliced, type SliceOptions } from './slices.js';
import { canGenerateCode } from './can-generate.js';

export type { SliceOptions } from './slices.js';

// In Node, the generated readers for clean records (fast-reader.ts: validation as fast as ajv).
// Loaded lazily so that browsers never download them; results are the same with or without.
if (canGenerateCode()) void import('./fast-reader.js');

/**
 * What the duplicate check uses of a `Set<string>`. Declared here, not in id-set.ts, so that the
 * package's declarations do not reach id-set.ts (Node's implementation, no public API).
 */
export interface SeenIds {
  readonly size: number;
  add(id: string): SeenIds;
  delete(id: string): boolean;
}

/**
 * What records the ids seen in a list (the duplicate check): a `Set`; in Node, where bytes do not
 * count, fast-reader.ts puts `IdSet` here (id-set.ts: the same methods, a table sized from the
 * list), which saves a fifth of `validateFeed` at 100,000 events (#16) but would cost a page with
 * `src` 0.7 KiB gz. Browsers read a big feed a city file at a time, where a `Set` is no bottleneck.
 */
export const seenIds = {
  // `expected` (the list's length) is a sizing hint, which a Set has no use for.
  make: (_expected: number): SeenIds => new Set<string>(),
};

const ALL_SPECS = [EDITION_SPEC, EVENT_SPEC, LAB_SPEC, STORY_SPEC, RESOURCES_SPEC, INSTANT_SPEC];

const { hasOwn } = Object as unknown as { hasOwn(o: object, key: PropertyKey): boolean };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `input[key]` only when `input` has it as its own: never what a polluted prototype adds. */
const own = (input: Record<string, unknown>, key: string): unknown =>
  hasOwn(input, key) ? input[key] : undefined;

const context = (timeZone: string, issues: FeedIssue[] = []): ReadContext => ({
  timeZone,
  issues,
  base: '',
  keys: [],
  careful: prototypesPolluted(ALL_SPECS),
});

/** Drops entries whose `key` repeats an earlier one, with a warning each. */
function unique<T>(list: T[], key: (item: T) => string, path: string, issues: FeedIssue[]): T[] {
  const seen = new Set<string>();
  return list.filter((item, i) => {
    const id = key(item);
    if (!seen.has(id)) return seen.add(id);
    issues.push({
      path: `${path}[${i}]`,
      message: `${path}[${i}] repeats "${id}", so it was ignored.`,
      severity: 'warning',
      code: 'list.duplicate',
      params: { field: `${path}[${i}]`, value: id, outcome: 'ignored' },
    });
    return false;
  });
}

const TERM_LISTS = [
  'topics',
  'categories',
  'audiences',
  'labKinds',
  'awards',
  'spiritFacets',
] as const;

/**
 * The edition, validated and normalised. Throws `FeedValidationError` (naming the path) when it is
 * missing or a required field is invalid, or when it ends before it starts.
 */
export function validateEdition(input: unknown, path = 'edition'): Validated<Edition> {
  const issues: FeedIssue[] = [];
  const rawZone = isObject(input) ? own(input, 'timeZone') : undefined;
  const zone = typeof rawZone === 'string' ? rawZone.trim() : '';
  // Instants in the edition are read in its own zone; a bad zone fails below anyway.
  const ctx = context(isTimeZone(zone) ? zone : 'UTC', issues);
  const result = readAt<Edition>(EDITION_SPEC, input, path, ctx);
  if (result instanceof Invalid) {
    const reason =
      result.rel === '' ? `the edition ${result.reason}` : `the value ${result.reason}`;
    issues.push({
      path: result.path,
      message: `${reason}.`,
      severity: 'error',
      code: result.code,
      params: { ...result.params, field: result.path, outcome: 'fatal' },
    });
    throw new FeedValidationError(result.path, reason, issues);
  }
  const edition = result;
  if (edition.end < edition.start) {
    const message = 'the edition ends before it starts';
    issues.push({
      path: `${path}.end`,
      message: `${message}.`,
      severity: 'error',
      code: 'time.end-before-start',
      params: { field: `${path}.end`, value: edition.end, start: edition.start, outcome: 'fatal' },
    });
    throw new FeedValidationError(`${path}.end`, message, issues);
  }
  for (const list of TERM_LISTS) {
    edition[list] = unique<Term>(edition[list], (term) => term.id, `${path}.${list}`, issues);
  }
  edition.cities = unique(edition.cities, (city) => city.code, `${path}.cities`, issues);
  edition.milestones = unique(edition.milestones, (m) => m.id, `${path}.milestones`, issues);
  return { value: edition, issues };
}

/**
 * One list of records being validated, a slice at a time: `step(deadline)` reads records until
 * `performance.now()` passes `deadline` (checked every few records) and says whether it is done.
 */
interface Job<T> {
  step(deadline: number): boolean;
  result(): Validated<T>;
}

/** Records read between two looks at the clock: about 0.1–0.5 ms of work. */
const CLOCK_EVERY = 64;

function recordsJob<T extends { id: string }>(
  input: unknown,
  edition: Edition,
  path: string,
  spec: Spec,
  rule: RecordRule<T>,
  kind: string,
): Job<T[]> {
  const issues: FeedIssue[] = [];
  const records: T[] = [];
  const result = () => ({ value: records, issues });
  if (!Array.isArray(input)) {
    issues.push({
      path,
      message: `${path} must be a list, so no ${kind}s were read.`,
      severity: 'error',
      code: 'list.type',
      params: { field: path, kind, value: input === null ? 'null' : typeof input },
    });
    return { step: () => true, result };
  }
  const ctx = context(edition.timeZone, issues);
  const index = editionIndex(edition);
  const seen = seenIds.make(input.length);
  let i = 0;
  const readOne = (): void => {
    const base = `${path}[${i}]`;
    // A hole in the list reads through to Array.prototype.
    const raw: unknown = ctx.careful && !hasOwn(input, i) ? undefined : input[i];
    let result = readAt<T>(spec, raw, base, ctx);
    if (!(result instanceof Invalid)) {
      // Added first and taken back if the rules drop the record: one hash lookup per record.
      const { id } = result;
      const before = seen.size;
      if (seen.add(id).size === before) {
        result = new Invalid(
          `${base}.id`,
          'id',
          `repeats "${id}" from an earlier ${kind}`,
          'record.duplicate-id',
          { field: 'id', value: id },
        );
      } else {
        result = rule(result, ctx, index) ?? result;
        if (result instanceof Invalid) seen.delete(id);
      }
    }
    if (result instanceof Invalid) {
      const subject = result.rel === '' ? 'it' : `the ${kind}`;
      const what =
        result.rel === '' ? `${base} ${result.reason}` : `${result.rel} ${result.reason}`;
      issues.push({
        path: result.path,
        message: `${what}, so ${subject} was dropped.`,
        severity: 'error',
        code: result.code,
        params: { ...result.params, kind, record: base, outcome: 'dropped' },
      });
    } else {
      records.push(result);
    }
    i++;
  };
  return {
    step(deadline) {
      // A host page may change its prototypes between two slices.
      ctx.careful = prototypesPolluted(ALL_SPECS);
      const { length } = input;
      if (deadline === Infinity) {
        while (i < length) readOne();
        return true;
      }
      while (i < length) {
        const stop = Math.min(length, i + CLOCK_EVERY);
        while (i < stop) readOne();
        if (performance.now() >= deadline) break;
      }
      return i >= length;
    },
    result,
  };
}

const eventsJob = (input: unknown, edition: Edition, path = 'events') =>
  recordsJob<ProgrammeEvent>(input, edition, path, EVENT_SPEC, eventRule, 'event');
const labsJob = (input: unknown, edition: Edition, path = 'labs') =>
  recordsJob<Lab>(input, edition, path, LAB_SPEC, labRule, 'lab');
const storiesJob = (input: unknown, edition: Edition, path = 'stories') =>
  recordsJob<Story>(input, edition, path, STORY_SPEC, storyRule, 'story');

function runNow<T>(job: Job<T>): Validated<T> {
  job.step(Infinity);
  return job.result();
}

async function runChunked<T>(job: Job<T>, options: SliceOptions): Promise<Validated<T>> {
  await runSliced((deadline) => job.step(deadline), options);
  return job.result();
}

/** Every valid event of `input` (a list), and what was wrong with the others. Never throws. */
export function validateEvents(
  input: unknown,
  edition: Edition,
  path = 'events',
): Validated<ProgrammeEvent[]> {
  return runNow(eventsJob(input, edition, path));
}

/** Every valid lab of `input` (a list), and what was wrong with the others. Never throws. */
export function validateLabs(input: unknown, edition: Edition, path = 'labs'): Validated<Lab[]> {
  return runNow(labsJob(input, edition, path));
}

/** Every valid story of `input` (a list), and what was wrong with the others. Never throws. */
export function validateStories(
  input: unknown,
  edition: Edition,
  path = 'stories',
): Validated<Story[]> {
  return runNow(storiesJob(input, edition, path));
}

/** Records added between two validation steps of an `EventsValidator`. */
const ADDED_PER_STEP = 256;

/** Events validated as they are handed over; see `eventsValidator`. */
export interface EventsValidator {
  add(record: unknown): void;
  /** What `validateEvents` returns for every record added, in order. */
  finish(): Validated<ProgrammeEvent[]>;
}

/**
 * `validateEvents` for a producer that makes events one at a time (`sx-feed build` reading rows):
 * the same records and issues, paths counting records in the order added. Each record is read
 * soon after it is added and then let go, so a producer need never hold every record as made.
 */
export function eventsValidator(edition: Edition, path = 'events'): EventsValidator {
  const pending: unknown[] = [];
  const job = eventsJob(pending, edition, path);
  let read = 0;
  const step = () => {
    job.step(Infinity);
    // Read once, never again: the job's list need not keep them.
    for (; read < pending.length; read++) pending[read] = undefined;
  };
  return {
    add(record) {
      pending.push(record);
      if (pending.length - read >= ADDED_PER_STEP) step();
    },
    finish() {
      step();
      return job.result();
    },
  };
}

/**
 * `validateEvents` in slices of `sliceMs` (default 8 ms), giving the main thread back between
 * them. Rejects only when `signal` aborts.
 */
export function validateEventsChunked(
  input: unknown,
  edition: Edition,
  path = 'events',
  options: SliceOptions = {},
): Promise<Validated<ProgrammeEvent[]>> {
  return runChunked(eventsJob(input, edition, path), options);
}

/** `validateLabs` in slices; see `validateEventsChunked`. */
export function validateLabsChunked(
  input: unknown,
  edition: Edition,
  path = 'labs',
  options: SliceOptions = {},
): Promise<Validated<Lab[]>> {
  return runChunked(labsJob(input, edition, path), options);
}

/** `validateStories` in slices; see `validateEventsChunked`. */
export function validateStoriesChunked(
  input: unknown,
  edition: Edition,
  path = 'stories',
  options: SliceOptions = {},
): Promise<Validated<Story[]>> {
  return runChunked(storiesJob(input, edition, path), options);
}

/** `1.3` for "1.3" (or the number 1.3); throws `FeedVersionError` for another major or no version. */
function readSchemaVersion(raw: unknown, issues: FeedIssue[]): SchemaVersion {
  if (raw === undefined || raw === null) {
    issues.push({
      path: 'schemaVersion',
      message: `schemaVersion is missing, so the feed was read as version ${SCHEMA_VERSION}.`,
      severity: 'warning',
      code: 'feed.version-missing',
      params: { field: 'schemaVersion', version: SCHEMA_VERSION },
    });
    return SCHEMA_VERSION;
  }
  const text = typeof raw === 'number' ? (Number.isInteger(raw) ? `${raw}.0` : `${raw}`) : raw;
  const match = typeof text === 'string' ? /^(\d+)\.(\d+)$/.exec(text.trim()) : null;
  if (!match || Number(match[1]) !== SCHEMA_MAJOR) {
    // Never String() an arbitrary value: an object without a prototype throws.
    const shown = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : typeof raw;
    throw new FeedVersionError(shown, SCHEMA_MAJOR);
  }
  return `${Number(match[1])}.${Number(match[2])}`;
}

type Head = { schemaVersion: SchemaVersion; edition: Edition; updatedAt?: string };

/** What a feed is, read synchronously (it throws the fatal errors): a manifest, or the jobs. */
type FeedPlan =
  | { manifest: Validated<FeedManifest> }
  | {
      head: Head;
      issues: FeedIssue[];
      jobs: [Job<ProgrammeEvent[]>, Job<Lab[]>, Job<Story[]>];
    };

function planFeed(input: unknown): FeedPlan {
  if (!isObject(input)) {
    const message = 'the feed is not a JSON object, so it has no edition';
    const issue: FeedIssue = {
      path: 'edition',
      message: `${message}.`,
      severity: 'error',
      code: 'feed.not-object',
      params: { field: 'edition', value: Array.isArray(input) ? 'list' : typeof input },
    };
    throw new FeedValidationError('edition', message, [issue]);
  }
  const issues: FeedIssue[] = [];
  const schemaVersion = readSchemaVersion(own(input, 'schemaVersion'), issues);
  const editionResult = validateEdition(own(input, 'edition'), 'edition');
  const edition = editionResult.value;
  issues.push(...editionResult.issues);

  const head = cleanObject<Head>({ schemaVersion, edition });
  const ctx = context(edition.timeZone, issues);
  const rawUpdatedAt = own(input, 'updatedAt');
  if (rawUpdatedAt !== undefined && rawUpdatedAt !== null) {
    const updatedAt = readAt<string>(INSTANT_SPEC, rawUpdatedAt, 'updatedAt', ctx);
    if (updatedAt instanceof Invalid) {
      issues.push({
        path: 'updatedAt',
        message: `updatedAt ${updatedAt.reason}, so it was ignored.`,
        severity: 'warning',
        code: updatedAt.code,
        params: { ...updatedAt.params, field: 'updatedAt', outcome: 'ignored' },
      });
    } else head.updatedAt = updatedAt;
  }

  const events = own(input, 'events');
  const labs = own(input, 'labs');
  const stories = own(input, 'stories');
  const resources = own(input, 'resources');
  const isDocument = [events, labs, stories].some(Array.isArray);
  if (!isDocument && isObject(resources)) {
    const read = readAt<FeedManifest['resources']>(RESOURCES_SPEC, resources, 'resources', ctx);
    const value = cleanObject<FeedManifest>({
      ...head,
      resources: read instanceof Invalid ? cleanObject({}) : read,
    });
    return { manifest: { value, issues } };
  }
  if (resources !== undefined && !isObject(resources)) {
    issues.push({
      path: 'resources',
      message:
        'resources must be an object naming where events, labs and stories are, so it was ignored.',
      severity: 'warning',
      code: 'feed.resources-type',
      params: { field: 'resources', value: resources === null ? 'null' : typeof resources },
    });
  } else if (!isDocument && resources === undefined) {
    issues.push({
      path: 'events',
      message: 'The feed has neither resources nor events, labs or stories, so it lists nothing.',
      severity: 'warning',
      code: 'feed.empty',
      params: { field: 'events' },
    });
  }
  return {
    head,
    issues,
    jobs: [
      eventsJob(events ?? [], edition),
      labsJob(labs ?? [], edition),
      storiesJob(stories ?? [], edition),
    ],
  };
}

function finishDocument(plan: Exclude<FeedPlan, { manifest: unknown }>): Validated<FeedDocument> {
  const { head, issues, jobs } = plan;
  const [events, labs, stories] = jobs.map((job) => {
    const result = job.result();
    issues.push(...result.issues);
    return result.value;
  }) as [ProgrammeEvent[], Lab[], Story[]];
  return { value: cleanObject<FeedDocument>({ ...head, events, labs, stories }), issues };
}

/**
 * A whole feed: a manifest (with `resources`) or a document (with `events`, `labs`, `stories`;
 * a list left out reads as empty). Throws `FeedVersionError` for an unknown schema major and
 * `FeedValidationError` for a missing or invalid edition; never anything else.
 */
export function validateFeed(input: unknown): Validated<FeedDocument | FeedManifest> {
  const plan = planFeed(input);
  if ('manifest' in plan) return plan.manifest;
  for (const job of plan.jobs) job.step(Infinity);
  return finishDocument(plan);
}

/**
 * `validateFeed` in slices (see `validateEventsChunked`). The fatal errors are thrown at once,
 * synchronously, before any slice: a caller may use the call as its check that a feed is usable.
 */
export function validateFeedChunked(
  input: unknown,
  options: SliceOptions = {},
): Promise<Validated<FeedDocument | FeedManifest>> {
  const plan = planFeed(input);
  if ('manifest' in plan) return Promise.resolve(plan.manifest);
  let current = 0;
  const step = (deadline: number): boolean => {
    while (current < plan.jobs.length) {
      if (!plan.jobs[current]!.step(deadline)) return false;
      current++;
    }
    return true;
  };
  return runSliced(step, options).then(() => finishDocument(plan));
}
