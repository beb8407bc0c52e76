/**
 * Validation of untrusted feeds. Tolerant: one bad record never blanks the feed. Every problem is
 * reported as a `FeedIssue` (a path such as `events[17].start`, an English sentence, a severity):
 * - `error`: the record was dropped (a required field is missing or wrong, an unknown city, end
 *   before start, no venue and no online location, a duplicate id);
 * - `warning`: the record was kept, repaired (an unsafe optional link or an image without alt text
 *   left out, an unknown topic id removed from a list, over-long text shortened).
 * Only a missing or invalid edition and an unknown schema major are fatal: they throw
 * `FeedValidationError` / `FeedVersionError`. Nothing else throws, whatever the input.
 */
import { FeedValidationError, FeedVersionError } from '../errors.js';
import { editionIndex } from './edition-index.js';
import { isTimeZone } from './zone-offset.js';
export { isManifest } from './resources.js';
import { Invalid, readAt, type ReadContext } from './read-spec.js';
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
  SxEvent,
  Term,
  Validated,
} from './types.js';
import type { Spec } from './spec-types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const context = (timeZone: string, issues: FeedIssue[] = []): ReadContext => ({
  timeZone,
  issues,
  base: '',
  keys: [],
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
  const zone = isObject(input) && typeof input.timeZone === 'string' ? input.timeZone.trim() : '';
  // Instants in the edition are read in its own zone; a bad zone fails below anyway.
  const ctx = context(isTimeZone(zone) ? zone : 'UTC', issues);
  const result = readAt<Edition>(EDITION_SPEC, input, path, ctx);
  if (result instanceof Invalid) {
    const reason =
      result.rel === '' ? `the edition ${result.reason}` : `the value ${result.reason}`;
    issues.push({ path: result.path, message: `${reason}.`, severity: 'error' });
    throw new FeedValidationError(result.path, reason, issues);
  }
  const edition = result;
  if (edition.end < edition.start) {
    const message = 'the edition ends before it starts';
    issues.push({ path: `${path}.end`, message: `${message}.`, severity: 'error' });
    throw new FeedValidationError(`${path}.end`, message, issues);
  }
  for (const list of TERM_LISTS) {
    edition[list] = unique<Term>(edition[list], (term) => term.id, `${path}.${list}`, issues);
  }
  edition.cities = unique(edition.cities, (city) => city.code, `${path}.cities`, issues);
  edition.milestones = unique(edition.milestones, (m) => m.id, `${path}.milestones`, issues);
  return { value: edition, issues };
}

function validateRecords<T extends { id: string }>(
  input: unknown,
  edition: Edition,
  path: string,
  spec: Spec,
  rule: RecordRule<T>,
  kind: string,
): Validated<T[]> {
  const issues: FeedIssue[] = [];
  const records: T[] = [];
  if (!Array.isArray(input)) {
    issues.push({
      path,
      message: `${path} must be a list, so no ${kind}s were read.`,
      severity: 'error',
    });
    return { value: records, issues };
  }
  const ctx = context(edition.timeZone, issues);
  const index = editionIndex(edition);
  const seen = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const base = `${path}[${i}]`;
    let result = readAt<T>(spec, input[i], base, ctx);
    if (!(result instanceof Invalid)) {
      if (seen.has(result.id)) {
        result = new Invalid(`${base}.id`, 'id', `repeats "${result.id}" from an earlier ${kind}`);
      } else {
        result = rule(result, ctx, index) ?? result;
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
      });
    } else {
      seen.add(result.id);
      records.push(result);
    }
  }
  return { value: records, issues };
}

/** Every valid event of `input` (a list), and what was wrong with the others. Never throws. */
export function validateEvents(
  input: unknown,
  edition: Edition,
  path = 'events',
): Validated<SxEvent[]> {
  return validateRecords(input, edition, path, EVENT_SPEC, eventRule, 'event');
}

/** Every valid lab of `input` (a list), and what was wrong with the others. Never throws. */
export function validateLabs(input: unknown, edition: Edition, path = 'labs'): Validated<Lab[]> {
  return validateRecords(input, edition, path, LAB_SPEC, labRule, 'lab');
}

/** Every valid story of `input` (a list), and what was wrong with the others. Never throws. */
export function validateStories(
  input: unknown,
  edition: Edition,
  path = 'stories',
): Validated<Story[]> {
  return validateRecords(input, edition, path, STORY_SPEC, storyRule, 'story');
}

/** `1.3` for "1.3" (or the number 1.3); throws `FeedVersionError` for another major or no version. */
function readSchemaVersion(raw: unknown, issues: FeedIssue[]): SchemaVersion {
  if (raw === undefined || raw === null) {
    issues.push({
      path: 'schemaVersion',
      message: `schemaVersion is missing, so the feed was read as version ${SCHEMA_VERSION}.`,
      severity: 'warning',
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

/**
 * A whole feed: a manifest (with `resources`) or a document (with `events`, `labs`, `stories`;
 * a list left out reads as empty). Throws `FeedVersionError` for an unknown schema major and
 * `FeedValidationError` for a missing or invalid edition; never anything else.
 */
export function validateFeed(input: unknown): Validated<FeedDocument | FeedManifest> {
  if (!isObject(input)) {
    throw new FeedValidationError('edition', 'the feed is not a JSON object, so it has no edition');
  }
  const issues: FeedIssue[] = [];
  const schemaVersion = readSchemaVersion(input.schemaVersion, issues);
  const editionResult = validateEdition(input.edition, 'edition');
  const edition = editionResult.value;
  issues.push(...editionResult.issues);

  const head: { schemaVersion: SchemaVersion; edition: Edition; updatedAt?: string } = {
    schemaVersion,
    edition,
  };
  const ctx = context(edition.timeZone, issues);
  if (input.updatedAt !== undefined && input.updatedAt !== null) {
    const updatedAt = readAt<string>(INSTANT_SPEC, input.updatedAt, 'updatedAt', ctx);
    if (updatedAt instanceof Invalid) {
      issues.push({
        path: 'updatedAt',
        message: `updatedAt ${updatedAt.reason}, so it was ignored.`,
        severity: 'warning',
      });
    } else head.updatedAt = updatedAt;
  }

  const { events, labs, stories, resources } = input;
  const isDocument = [events, labs, stories].some(Array.isArray);
  if (!isDocument && isObject(resources)) {
    const read = readAt<FeedManifest['resources']>(RESOURCES_SPEC, resources, 'resources', ctx);
    return { value: { ...head, resources: read instanceof Invalid ? {} : read }, issues };
  }
  if (resources !== undefined && !isObject(resources)) {
    issues.push({
      path: 'resources',
      message:
        'resources must be an object naming where events, labs and stories are, so it was ignored.',
      severity: 'warning',
    });
  } else if (!isDocument && resources === undefined) {
    issues.push({
      path: 'events',
      message: 'The feed has neither resources nor events, labs or stories, so it lists nothing.',
      severity: 'warning',
    });
  }
  const part = <T>(result: Validated<T>): T => {
    issues.push(...result.issues);
    return result.value;
  };
  return {
    value: {
      ...head,
      events: part(validateEvents(events ?? [], edition)),
      labs: part(validateLabs(labs ?? [], edition)),
      stories: part(validateStories(stories ?? [], edition)),
    },
    issues,
  };
}
