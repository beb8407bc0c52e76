/**
 * Reads untrusted JSON with a spec from `schema/runtime-spec.ts`, tolerantly: a value that breaks
 * a rule is dropped as small as possible. An invalid optional field or list entry is left out with
 * a warning; an invalid required field makes the whole value invalid, for the caller to drop.
 * Strings are trimmed and cleaned of control and bidi-override characters (with a warning);
 * over-long plain text is shortened with a warning (ids, links and dates are never shortened:
 * cut, they would point elsewhere). Unknown fields are ignored.
 *
 * Only own properties are read, and what comes out inherits nothing: a host page that adds
 * `registration` or `image` to `Object.prototype` can neither add data to a record nor hide any.
 * Every object read gets a constructor of its own (one per spec node) whose prototype is empty and
 * has no prototype, so V8 gives records of one kind one compact shape.
 *
 * Adding a rule: the steps are listed once, in `spec-types.ts`.
 *
 * Hand-written rather than valibot's `safeParse` for speed and size; see bench/validate-vs-ajv.ts.
 */
import { cleanText } from '../text/unsafe-chars.js';
import type { FastReader, ShapeOf } from './fast-reader.js';
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

export type IssueParams = Record<string, string | number>;

export interface ReadContext {
  /** Instants without an offset are read in this zone. */
  timeZone: string;
  issues: FeedIssue[];
  /** Path of the value being read, e.g. `events[3]`. */
  base: string;
  /** Keys from `base` down to the value being read now. */
  keys: (string | number)[];
  /** Set when `Object.prototype` or `Array.prototype` carries keys that feeds use. */
  careful: boolean;
}

/**
 * A value that cannot be used: where (`rel`, below `base`), why (completing "<rel> …"), and the
 * stable `code` with its `params` for translations (see issue-messages.ts).
 */
export class Invalid {
  constructor(
    readonly path: string,
    readonly rel: string,
    readonly reason: string,
    readonly code: string,
    readonly params: IssueParams = {},
  ) {}
}

/** What an optional empty string reads as: the field is left out, silently. */
const ABSENT = Symbol('absent');

/** The prototype of every object the reader builds: nothing to inherit, nothing to pollute. */
const NOTHING: object = Object.freeze(Object.create(null) as object);

/** `fields` as an object that inherits nothing (for the parts of a feed built outside a spec). */
export function cleanObject<T extends object>(fields: T): T {
  return Object.assign(Object.create(NOTHING) as T, fields);
}

const { hasOwn } = Object as unknown as { hasOwn(o: object, key: PropertyKey): boolean };
const { getPrototypeOf } = Object;
const OBJECT_PROTOTYPE = Object.prototype;

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

export function issue(
  ctx: ReadContext,
  rel: string,
  message: string,
  severity: Severity,
  code: string,
  params: IssueParams = {},
): void {
  const path = joinPath(ctx.base, rel);
  ctx.issues.push({ path, message, severity, code, params: { field: rel, ...params } });
}

function fail(ctx: ReadContext, reason: string, code: string, params: IssueParams = {}): Invalid {
  const rel = relPath(ctx.keys);
  return new Invalid(joinPath(ctx.base, rel), rel, reason, code, { field: rel, ...params });
}

/** Reports that the value at the current keys was left out because of `cause`. */
function ignored(ctx: ReadContext, cause: Invalid): void {
  const rel = relPath(ctx.keys);
  const what = cause.rel === rel ? 'it' : rel;
  ctx.issues.push({
    path: cause.path,
    message: `${cause.rel} ${cause.reason}, so ${what} was ignored.`,
    severity: 'warning',
    code: cause.code,
    params: { ...cause.params, outcome: 'ignored', ignored: rel },
  });
}

/** A value for the issue's params: short text, never an object (which may not even stringify). */
export function shown(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  if (typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'list' : typeof value;
}

/** A key a feed's object may not have as its own even though a lookup finds it. */
const isInheritedOnly = (value: object, key: PropertyKey) => !hasOwn(value, key);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Reader = (value: unknown, ctx: ReadContext) => unknown;

let readers = new WeakMap<Spec, Reader>();

export type FastReaderFactory = (
  spec: ObjectSpec,
  absent: symbol,
  shapeOf: ShapeOf,
) => FastReader | undefined;

let fastFactory: FastReaderFactory | undefined;

/**
 * Installs the generated readers of fast-reader.ts (Node only; browsers never load that module,
 * so they never download it). Readers compiled before are compiled again, with them.
 */
export function useFastReaders(factory: FastReaderFactory): void {
  fastFactory = factory;
  readers = new WeakMap();
}

/** The reader of `spec`: built once per spec node, so a feed's hot loop does no dispatching. */
function readerFor(spec: Spec): Reader {
  let reader = readers.get(spec);
  if (!reader) {
    reader = compile(spec);
    readers.set(spec, reader);
  }
  return reader;
}

const EXPECTED = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
} as const;

const wrongType = (ctx: ReadContext, value: unknown, expected: keyof typeof EXPECTED) =>
  fail(
    ctx,
    expected === 'boolean'
      ? 'must be true or false'
      : expected === 'array'
        ? 'must be a list'
        : expected === 'string'
          ? 'must be text'
          : `must be ${expected === 'object' ? 'an object' : 'a number'}`,
    'value.type',
    { expected: EXPECTED[expected], value: shown(value) },
  );

function compile(spec: Spec): Reader {
  switch (spec.type) {
    case 'string':
      return compileString(spec);
    case 'number': {
      // Rules copied into the closure: spec nodes have many shapes, closures have one.
      const { min = -Infinity, max = Infinity, integer } = spec;
      const limits: IssueParams = {};
      if (min !== -Infinity) limits.min = min;
      if (max !== Infinity) limits.max = max;
      return (value, ctx) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          return wrongType(ctx, value, 'number');
        }
        if (value < min || value > max) {
          const range =
            max === Infinity
              ? `at least ${min}`
              : min === -Infinity
                ? `at most ${max}`
                : `between ${min} and ${max}`;
          return fail(ctx, `must be ${range}`, 'number.range', { ...limits, value });
        }
        // `+ 0` turns -0 (which JSON can carry) into 0.
        return integer && !Number.isInteger(value)
          ? fail(ctx, 'must be a whole number', 'number.integer', { value })
          : value + 0;
      };
    }
    case 'boolean':
      return (value, ctx) =>
        typeof value === 'boolean' ? value : wrongType(ctx, value, 'boolean');
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
        return fail(ctx, 'has none of the allowed forms', 'value.form', { value: shown(value) });
      };
    }
  }
}

/** Why a link was refused, as precisely as can be said: the fix differs. */
function urlProblem(text: string): { code: string; reason: string } {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme && !/^(?:https?|mailto|tel)$/.test(scheme) && !/^[\w-]+\.[a-z]/i.test(text)) {
    return {
      code: 'url.scheme',
      reason: `uses "${scheme}:", but only http, https, mailto and tel links are kept`,
    };
  }
  // `www.example.org/x` or `example.org`: a web address without its scheme.
  if (!scheme && /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/:?#]|$)/i.test(text)) {
    return {
      code: 'url.no-scheme',
      reason: 'has no https:// in front, so it is not an absolute link',
    };
  }
  return { code: 'url.invalid', reason: 'is not an absolute http, https, mailto or tel link' };
}

const FORMATS: Record<FormatName, (value: string, timeZone: string) => string | undefined> = {
  url: (value) => safeUrl(value),
  instant: normaliseInstant,
  date: (value) => (isIsoDate(value) ? value : undefined),
  timeZone: (value) => (isTimeZone(value) ? value : undefined),
};

function compileString(spec: StringSpec): Reader {
  const { optional, max = Infinity, pattern, reason = 'is not valid' } = spec;
  const formatName = spec.format;
  const format = formatName && FORMATS[formatName];
  const code = formatName ? `format.${formatName}` : (spec.code ?? 'text.pattern');
  return (value, ctx) => {
    if (typeof value !== 'string') return wrongType(ctx, value, 'string');
    let text = value.trim();
    const cleaned = cleanText(text);
    if (cleaned) {
      text = cleaned.text.trim();
      if (cleaned.removed.length > 0) {
        const rel = relPath(ctx.keys);
        const chars = cleaned.removed.join(', ');
        issue(
          ctx,
          rel,
          `${rel} contained control or text-direction characters (${chars}), which were removed.`,
          'warning',
          'text.control-chars',
          { chars, count: cleaned.removed.length },
        );
      }
    }
    if (text === '') return optional ? ABSENT : fail(ctx, 'is empty', 'text.empty');
    if (text.length > max) {
      // Ids, links and dates are never cut: shortened, they would name something else.
      if (pattern || format) {
        return fail(ctx, `is longer than ${max} characters`, 'text.too-long', {
          max,
          length: text.length,
        });
      }
      // Cut before a lone high surrogate, and show that the text goes on.
      const cut = text.charCodeAt(max - 2) >> 10 === 0x36 ? max - 2 : max - 1;
      const length = text.length;
      text = `${text.slice(0, cut)}…`;
      const rel = relPath(ctx.keys);
      issue(
        ctx,
        rel,
        `${rel} was longer than ${max} characters and was shortened.`,
        'warning',
        'text.shortened',
        { max, length },
      );
    }
    if (format) {
      const normalised = format(text, ctx.timeZone);
      if (normalised !== undefined) return normalised;
      if (formatName === 'url') {
        const problem = urlProblem(text);
        return fail(ctx, problem.reason, problem.code, { value: shown(text) });
      }
      return fail(ctx, reason, code, { value: shown(text) });
    }
    return pattern && !pattern.test(text) ? fail(ctx, reason, code, { value: shown(text) }) : text;
  };
}

function compileArray(spec: ArraySpec): Reader {
  const readItem = readerFor(spec.item);
  const min = spec.min ?? 0;
  return (value, ctx) => {
    if (!Array.isArray(value)) return wrongType(ctx, value, 'array');
    const { keys } = ctx;
    const { length } = value;
    // Sized up front: `[]` grown by push reserves 17 slots for a list of two topics, and a feed's
    // records keep their lists, so that waste would be held 100,000 times over.
    const out: unknown[] = new Array(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      let raw: unknown = value[i];
      // A hole reads through to Array.prototype, which a host page may have filled.
      if (ctx.careful && !hasOwn(value, i)) raw = undefined;
      keys.push(i);
      const item =
        raw === undefined || raw === null
          ? fail(ctx, 'is missing', 'value.missing')
          : readItem(raw, ctx);
      if (item instanceof Invalid) ignored(ctx, item);
      else if (item !== ABSENT) out[count++] = item;
      keys.pop();
    }
    if (count < length) out.length = count;
    if (count < min) {
      return fail(
        ctx,
        `needs at least ${min} valid ${min === 1 ? 'entry' : 'entries'}`,
        'list.too-short',
        { min },
      );
    }
    return out;
  };
}

interface Field {
  key: string;
  optional: boolean;
  fallback: false | [] | undefined;
  read: Reader;
}

/** Latitude out of range while the longitude would fit as one: the two were swapped. */
const looksSwapped = (lat: unknown, lng: unknown) =>
  typeof lat === 'number' &&
  typeof lng === 'number' &&
  Math.abs(lat) > 90 &&
  Math.abs(lat) <= 180 &&
  Math.abs(lng) <= 90;

const shapes = new WeakMap<ObjectSpec, new () => Record<string, unknown>>();

/** One constructor per object spec: its objects share one shape, and inherit nothing. */
function shapeOf(spec: ObjectSpec): new () => Record<string, unknown> {
  let Shape = shapes.get(spec);
  if (!Shape) {
    Shape = function (this: object) {} as unknown as new () => Record<string, unknown>;
    Shape.prototype = NOTHING;
    shapes.set(spec, Shape);
  }
  return Shape;
}

function compileObject(spec: ObjectSpec): Reader {
  const fields: Field[] = Object.keys(spec.entries).map((key) => {
    const entry = spec.entries[key]!;
    return {
      key,
      optional: entry.optional === true,
      fallback: entry.default,
      read: readerFor(entry),
    };
  });
  const hasCoordinates = 'lat' in spec.entries && 'lng' in spec.entries;
  const Shape = shapeOf(spec);
  // Where code can be generated (Node), a clean record is read by straight-line code first.
  const fast = fastFactory?.(spec, ABSENT, shapeOf);
  // Generated accessors read and write fields by name (fast); without them, by key.
  const pick =
    spec.pick ??
    ((o: Record<string, unknown>, v: unknown[]) => {
      for (let f = 0; f < fields.length; f++) v[f] = o[fields[f]!.key];
    });
  const put =
    spec.put ??
    ((o: Record<string, unknown>, v: unknown[], absent: unknown) => {
      for (let f = 0; f < fields.length; f++) if (v[f] !== absent) o[fields[f]!.key] = v[f];
    });
  // Values between `pick` and `put`. One per spec node: a spec never contains itself.
  const slots: unknown[] = fields.map(() => undefined);
  return (value, ctx) => {
    if (!isObject(value)) return wrongType(ctx, value, 'object');
    // JSON gives plain objects: their only source of inherited keys is Object.prototype, which
    // `careful` watches. Anything else (a class instance, another realm's object) is checked key
    // by key.
    const checkOwn = ctx.careful || getPrototypeOf(value) !== OBJECT_PROTOTYPE;
    if (fast && !checkOwn) {
      const read = fast(value, ctx.timeZone);
      if (read !== undefined) return read;
    }
    const { keys } = ctx;
    pick(value, slots);
    for (let f = 0; f < fields.length; f++) {
      const { key, optional, fallback, read } = fields[f]!;
      let raw = slots[f];
      if (checkOwn && raw !== undefined && isInheritedOnly(value, key)) raw = undefined;
      keys.push(key);
      let result: unknown;
      if (raw === undefined || raw === null) {
        result = optional ? ABSENT : fail(ctx, 'is missing', 'value.missing');
      } else {
        result = read(raw, ctx);
        if (result instanceof Invalid) {
          let cause: Invalid = result;
          if (hasCoordinates && key === 'lat' && looksSwapped(raw, value.lng)) {
            cause = new Invalid(
              cause.path,
              cause.rel,
              `${cause.reason}; lat and lng look swapped`,
              'coordinates.swapped',
              { ...cause.params, lng: value.lng as number },
            );
          }
          result = cause;
          if (optional) {
            ignored(ctx, cause);
            result = ABSENT;
          }
        }
      }
      keys.pop();
      if (result === ABSENT) {
        slots[f] = fallback === undefined ? ABSENT : fallback === false ? false : [];
      } else if (result instanceof Invalid) {
        return result;
      } else {
        slots[f] = result;
      }
    }
    const out = new Shape();
    put(out, slots, ABSENT);
    // The slots keep this record's values until the next record overwrites them: one record,
    // cheaper than clearing 24 slots for each of 100,000.
    return out;
  };
}

function compileRecord(spec: RecordSpec): Reader {
  const readKey = readerFor(spec.key);
  const readItem = readerFor(spec.value);
  return (value, ctx) => {
    if (!isObject(value)) return wrongType(ctx, value, 'object');
    const out = Object.create(NOTHING) as Record<string, unknown>;
    const { keys } = ctx;
    // Object.keys lists own enumerable keys only: nothing inherited is read here.
    for (const key of Object.keys(value)) {
      keys.push(key);
      const name = readKey(key, ctx);
      const item = name instanceof Invalid ? name : readItem(value[key], ctx);
      if (item instanceof Invalid) ignored(ctx, item);
      else if (name !== ABSENT) out[name as string] = item;
      keys.pop();
    }
    return out;
  };
}

/** Every key a feed's objects are read by: a prototype carrying one of them is polluted. */
const fieldNames = new Set<string>();
const collected = new WeakSet<Spec>();
function collectNames(spec: Spec): void {
  if (collected.has(spec)) return;
  collected.add(spec);
  if (spec.type === 'object') {
    for (const [key, entry] of Object.entries(spec.entries)) {
      fieldNames.add(key);
      collectNames(entry);
    }
  } else if (spec.type === 'array') collectNames(spec.item);
  else if (spec.type === 'union') spec.options.forEach(collectNames);
  else if (spec.type === 'record') collectNames(spec.value);
}

const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * True when a host page has put data keys on the prototypes plain JSON inherits from: then every
 * key is checked with `Object.hasOwn`. Asked again for every slice of work, since a page may
 * change its prototypes at any time.
 */
export function prototypesPolluted(specs: readonly Spec[]): boolean {
  for (const spec of specs) collectNames(spec);
  for (const proto of [OBJECT_PROTOTYPE, Array.prototype]) {
    for (const key of Reflect.ownKeys(proto)) {
      if (typeof key === 'string' && (fieldNames.has(key) || INDEX.test(key))) return true;
    }
  }
  return false;
}

/**
 * Reads one value at `base` (a record, or the edition); an `Invalid` when it cannot be used, and
 * then only the returned `Invalid` explains why (warnings about its parts are withdrawn).
 */
export function readAt<T>(spec: Spec, value: unknown, base: string, ctx: ReadContext): T | Invalid {
  ctx.base = base;
  ctx.keys.length = 0;
  const mark = ctx.issues.length;
  const result = readerFor(spec)(value, ctx);
  if (result instanceof Invalid) ctx.issues.length = mark;
  return result as T | Invalid;
}
