/**
 * Reads untrusted JSON with a spec from `schema/runtime-spec.ts`, tolerantly: a value that breaks
 * a rule is dropped as small as possible. An invalid optional field or list entry is left out with
 * a warning; an invalid required field makes the whole value invalid, for the caller to drop.
 * Strings are trimmed; over-long plain text is shortened with a warning (ids, links and dates are
 * never shortened: cut, they would point elsewhere). Unknown fields are ignored.
 *
 * Hand-written rather than valibot's `safeParse` for speed and size; see bench/validate.bench.ts.
 */
import { isIsoDate, normaliseInstant } from './instant.js';
import { safeUrl } from './safe-url.js';
import { isTimeZone } from './zone-offset.js';
import type { FeedIssue, Severity } from './types.js';
import type {
  ArraySpec,
  FormatName,
  ObjectSpec,
  RecordSpec,
  Spec,
  StringSpec,
} from './spec-types.js';

export interface ReadContext {
  /** Instants without an offset are read in this zone. */
  timeZone: string;
  issues: FeedIssue[];
  /** Path of the value being read, e.g. `events[3]`. */
  base: string;
  /** Keys from `base` down to the value being read now. */
  keys: (string | number)[];
}

/** A value that cannot be used: where (`rel`, below `base`) and why (completing "<rel> …"). */
export class Invalid {
  constructor(
    readonly path: string,
    readonly rel: string,
    readonly reason: string,
  ) {}
}

/** What an optional empty string reads as: the field is left out, silently. */
const ABSENT = Symbol('absent');

const FORMATS: Record<FormatName, (value: string, timeZone: string) => string | undefined> = {
  url: (value) => safeUrl(value),
  instant: normaliseInstant,
  date: (value) => (isIsoDate(value) ? value : undefined),
  timeZone: (value) => (isTimeZone(value) ? value : undefined),
};

/** `image.alt`, `topics[2]`; '' for the value at `base` itself. */
function relPath(keys: (string | number)[], length = keys.length): string {
  let rel = '';
  for (let i = 0; i < length; i++) {
    const key = keys[i];
    rel += typeof key === 'number' ? `[${key}]` : rel === '' ? key : `.${key}`;
  }
  return rel;
}

export function joinPath(base: string, rel: string): string {
  return rel === '' ? base : rel.startsWith('[') ? base + rel : `${base}.${rel}`;
}

export function issue(ctx: ReadContext, rel: string, message: string, severity: Severity): void {
  ctx.issues.push({ path: joinPath(ctx.base, rel), message, severity });
}

function fail(ctx: ReadContext, reason: string): Invalid {
  const rel = relPath(ctx.keys);
  return new Invalid(joinPath(ctx.base, rel), rel, reason);
}

/** Reports that the value at the current keys was left out because of `cause`. */
function ignored(ctx: ReadContext, cause: Invalid): void {
  const rel = relPath(ctx.keys);
  const what = cause.rel === rel ? 'it' : rel;
  ctx.issues.push({
    path: cause.path,
    message: `${cause.rel} ${cause.reason}, so ${what} was ignored.`,
    severity: 'warning',
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Reader = (value: unknown, ctx: ReadContext) => unknown;

const readers = new WeakMap<Spec, Reader>();

/** The reader of `spec`: built once per spec node, so a feed's hot loop does no dispatching. */
function readerFor(spec: Spec): Reader {
  let reader = readers.get(spec);
  if (!reader) {
    reader = compile(spec);
    readers.set(spec, reader);
  }
  return reader;
}

function compile(spec: Spec): Reader {
  switch (spec.type) {
    case 'string':
      return compileString(spec);
    case 'number': {
      // Rules copied into the closure: spec nodes have many shapes, closures have one.
      const { min = -Infinity, max = Infinity, integer } = spec;
      return (value, ctx) => {
        if (typeof value !== 'number' || !Number.isFinite(value))
          return fail(ctx, 'must be a number');
        if (value < min || value > max) {
          const range =
            max === Infinity
              ? `at least ${min}`
              : min === -Infinity
                ? `at most ${max}`
                : `between ${min} and ${max}`;
          return fail(ctx, `must be ${range}`);
        }
        // `+ 0` turns -0 (which JSON can carry) into 0.
        return integer && !Number.isInteger(value)
          ? fail(ctx, 'must be a whole number')
          : value + 0;
      };
    }
    case 'boolean':
      return (value, ctx) =>
        typeof value === 'boolean' ? value : fail(ctx, 'must be true or false');
    case 'array':
      return compileArray(spec);
    case 'object':
      return compileObject(spec);
    case 'record':
      return compileRecord(spec);
    case 'union': {
      const options = spec.options.map(readerFor);
      return (value, ctx) => {
        const mark = ctx.issues.length;
        for (const option of options) {
          const result = option(value, ctx);
          if (!(result instanceof Invalid)) return result;
          ctx.issues.length = mark;
        }
        return fail(ctx, 'has none of the allowed forms');
      };
    }
  }
}

function compileString(spec: StringSpec): Reader {
  const { optional, max = Infinity, pattern, reason = 'is not valid' } = spec;
  const format = spec.format && FORMATS[spec.format];
  return (value, ctx) => {
    if (typeof value !== 'string') return fail(ctx, 'must be text');
    let text = value.trim();
    if (text === '') return optional ? ABSENT : fail(ctx, 'is empty');
    if (text.length > max) {
      // Ids, links and dates are never cut: shortened, they would name something else.
      if (pattern || format) return fail(ctx, `is longer than ${max} characters`);
      // Cut before a lone high surrogate, and show that the text goes on.
      const cut = text.charCodeAt(max - 2) >> 10 === 0x36 ? max - 2 : max - 1;
      text = `${text.slice(0, cut)}…`;
      const rel = relPath(ctx.keys);
      issue(ctx, rel, `${rel} was longer than ${max} characters and was shortened.`, 'warning');
    }
    if (format) {
      const normalised = format(text, ctx.timeZone);
      return normalised === undefined ? fail(ctx, reason) : normalised;
    }
    return pattern && !pattern.test(text) ? fail(ctx, reason) : text;
  };
}

function compileArray(spec: ArraySpec): Reader {
  const readItem = readerFor(spec.item);
  const min = spec.min ?? 0;
  return (value, ctx) => {
    if (!Array.isArray(value)) return fail(ctx, 'must be a list');
    const out: unknown[] = [];
    const { keys } = ctx;
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      const item = readItem(value[i], ctx);
      if (item instanceof Invalid) ignored(ctx, item);
      else out.push(item);
      keys.pop();
    }
    if (out.length < min) {
      return fail(ctx, `needs at least ${min} valid ${min === 1 ? 'entry' : 'entries'}`);
    }
    return out;
  };
}

function compileObject(spec: ObjectSpec): Reader {
  const fields = Object.keys(spec.entries).map((key) => {
    const entry = spec.entries[key]!;
    return { key, optional: entry.optional, fallback: entry.default, read: readerFor(entry) };
  });
  return (value, ctx) => {
    if (!isObject(value)) return fail(ctx, 'must be an object');
    const out: Record<string, unknown> = {};
    const { keys } = ctx;
    for (const { key, optional, fallback, read } of fields) {
      const raw = value[key];
      keys.push(key);
      let result: unknown;
      if (raw === undefined || raw === null) {
        result = optional ? ABSENT : fail(ctx, 'is missing');
      } else {
        result = read(raw, ctx);
        if (optional && result instanceof Invalid) {
          ignored(ctx, result);
          result = ABSENT;
        }
      }
      keys.pop();
      if (result === ABSENT) {
        if (fallback !== undefined) out[key] = fallback === false ? false : [];
      } else if (result instanceof Invalid) {
        return result;
      } else {
        out[key] = result;
      }
    }
    return out;
  };
}

function compileRecord(spec: RecordSpec): Reader {
  const readKey = readerFor(spec.key);
  const readItem = readerFor(spec.value);
  return (value, ctx) => {
    if (!isObject(value)) return fail(ctx, 'must be an object');
    const out: Record<string, unknown> = {};
    const { keys } = ctx;
    for (const key of Object.keys(value)) {
      keys.push(key);
      const name = readKey(key, ctx);
      const item = name instanceof Invalid ? name : readItem(value[key], ctx);
      if (item instanceof Invalid) ignored(ctx, item);
      else if (name !== '__proto__') out[name as string] = item;
      keys.pop();
    }
    return out;
  };
}

/**
 * Reads one value at `base` (a record, or the edition); `undefined` when it is invalid, and then
 * only the returned `Invalid` explains why (warnings about its parts are withdrawn).
 */
export function readAt<T>(spec: Spec, value: unknown, base: string, ctx: ReadContext): T | Invalid {
  ctx.base = base;
  ctx.keys.length = 0;
  const mark = ctx.issues.length;
  const result = readerFor(spec)(value, ctx);
  if (result instanceof Invalid) ctx.issues.length = mark;
  return result as T | Invalid;
}
