/**
 * A straight-line reader for the common case of a record that is already clean, generated from a
 * spec once, in Node only (issue #16: validation at least as fast as ajv, which compiles its
 * schemas the same way). It reads each field by name with its type, length, pattern and format
 * checks inlined and builds the output record directly: no per-field dispatch, no path keeping.
 *
 * It never decides anything the interpreter in read-spec.ts would decide differently: on the first
 * thing that would need a repair, a warning or an error (text to trim or clean, too long, a bad
 * format, a wrong type, a missing required field, an empty string…) it gives up, returning
 * `undefined`, and the caller reads the record with the interpreter, which says exactly what it
 * always said. So it returns either what the interpreter would return, or nothing.
 *
 * Browsers keep the interpreter: generating code needs `new Function`, which a page's
 * Content-Security-Policy may forbid (and would report). The generated code holds no feed data:
 * only field names (JSON-quoted) and the spec's limits.
 */
import { isIsoDate, normaliseInstant } from './instant.js';
import { useFastReaders } from './read-spec.js';
import { canGenerateCode } from './can-generate.js';
import { safeUrl } from './safe-url.js';
import { isTimeZone } from './zone-offset.js';
import { patternCode } from './pattern-code.js';
import { IdSet } from './id-set.js';
import { seenIds } from './validate.js';
import type { FormatName, ObjectSpec, Spec, StringSpec } from './spec-types.js';

/**
 * `true` for text the interpreter keeps as it is: no character it would remove or warn about (see
 * unsafe-chars.ts's SUSPECT), and nothing `trim()` would remove (`\s` is the set `trim` removes)
 * at either end. One pass over the text instead of a SUSPECT search and a `trim()`.
 */
// The class is written as text (no control character in the source), for the three uses below.
const SUSPECT_CLASS =
  '\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF\\uFEFF\\uFFF9-\\uFFFB';
const CLEAN = new RegExp(`^[^\\s${SUSPECT_CLASS}](?:[^${SUSPECT_CLASS}]*[^\\s${SUSPECT_CLASS}])?$`);

/**
 * A link that CLEAN accepts and that `safeUrl` keeps as it is (see its PLAIN_SAFE_URL): a
 * lower-case allowed scheme, then no space, no suspect character and nothing a browser would
 * change. Other links take both tests, as the interpreter does.
 */
const PLAIN_URL = new RegExp(`^(?:https?://|mailto:|tel:)[^\\s"<>\\\\^\`{|}${SUSPECT_CLASS}]+$`);

const FORMATS: Record<FormatName, (value: string, timeZone: string) => string | undefined> = {
  url: (value) => safeUrl(value),
  instant: normaliseInstant,
  date: (value) => (isIsoDate(value) ? value : undefined),
  timeZone: (value) => (isTimeZone(value) ? value : undefined),
};

export type FastReader = (value: object, timeZone: string) => unknown;

const canGenerate = canGenerateCode;

/** Specs the generator can inline; a union or a record anywhere keeps the interpreter. */
function supported(spec: Spec): boolean {
  switch (spec.type) {
    case 'object':
      return Object.values(spec.entries).every(supported);
    case 'array':
      return supported(spec.item);
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    default:
      return false;
  }
}

export type ShapeOf = (spec: ObjectSpec) => new () => Record<string, unknown>;

/** A pattern made only of anchors, counts, `\d` and classes of ASCII letters, digits and `._:-`. */
const PRINTABLE_PATTERN = /^\^(?:\[[A-Za-z0-9._:-]+\]|\\d|\{\d+(?:,\d+)?\}|[+*?])+\$$/;

/**
 * True when the value's own check accepts no space and no suspect character, so the
 * CLEAN test can be skipped: instants and dates are read character by character, and a
 * pattern such as `^[a-z0-9][a-z0-9-]{0,49}$` admits only printable ASCII.
 */
function selfChecking(spec: StringSpec): boolean {
  if (spec.format) return spec.format === 'instant' || spec.format === 'date';
  return (
    spec.pattern !== undefined &&
    spec.pattern.flags === '' &&
    PRINTABLE_PATTERN.test(spec.pattern.source)
  );
}

interface Env {
  /** Values the generated code refers to by index: regular expressions, constructors. */
  refs: unknown[];
  next: number;
  shapeOf: ShapeOf;
  /** Source of the constructors of the records the reader builds. */
  constructors: string[];
}

const ref = (env: Env, value: unknown) => `r[${env.refs.push(value) - 1}]`;
const fresh = (env: Env) => `v${env.next++}`;

/**
 * Code that reads the present (non-null) value `src` of `spec` into `dst`, or returns (gives up).
 */
function readValue(spec: Spec, src: string, dst: string, env: Env): string {
  switch (spec.type) {
    case 'string': {
      const max = spec.max ?? Infinity;
      const typed =
        `if (typeof ${src} !== 'string' || ${src}.length === 0` +
        (max === Infinity ? '' : ` || ${src}.length > ${max}`);
      const clean = ` || !${ref(env, CLEAN)}.test(${src})`;
      if (spec.format === 'url') {
        // One test for the common link, which both CLEAN and safeUrl accept as it is.
        return (
          `${typed}) return;\nif (${ref(env, PLAIN_URL)}.test(${src})) ${dst} = ${src};\nelse {\n` +
          `if (!${ref(env, CLEAN)}.test(${src})) return;\n` +
          `${dst} = ${ref(env, FORMATS.url)}(${src}, tz);\nif (${dst} === undefined) return;\n}\n`
        );
      }
      let code = `${typed}${selfChecking(spec) ? '' : clean}) return;\n`;
      if (spec.format) {
        code += `${dst} = ${ref(env, FORMATS[spec.format])}(${src}, tz);\nif (${dst} === undefined) return;\n`;
      } else {
        if (spec.pattern) {
          code +=
            patternCode(spec.pattern, src, 'return;', () => fresh(env)) ??
            `if (!${ref(env, spec.pattern)}.test(${src})) return;\n`;
        }
        code += `${dst} = ${src};\n`;
      }
      return code;
    }
    case 'number': {
      const checks = [`typeof ${src} !== 'number'`, `!Number.isFinite(${src})`];
      if (spec.min !== undefined) checks.push(`${src} < ${spec.min}`);
      if (spec.max !== undefined) checks.push(`${src} > ${spec.max}`);
      if (spec.integer) checks.push(`!Number.isInteger(${src})`);
      // `+ 0` turns -0 into 0, as the interpreter does.
      return `if (${checks.join(' || ')}) return;\n${dst} = ${src} + 0;\n`;
    }
    case 'boolean':
      return `if (typeof ${src} !== 'boolean') return;\n${dst} = ${src};\n`;
    case 'array': {
      const list = fresh(env);
      const i = fresh(env);
      const item = fresh(env);
      const read = fresh(env);
      const readItem = (from: string, to: string) =>
        `if (${from} === undefined || ${from} === null) return;\n${readValue(spec.item, from, to, env)}`;
      // Short lists of plain values (topics, audiences) as array literals: exactly sized, and V8
      // allocates a literal that always survives straight into the old generation instead of
      // copying it through the young one, which was most of the garbage collector's work.
      let short = '';
      if (spec.item.type !== 'object' && spec.item.type !== 'array') {
        const cases = [0, 1, 2].map((n) => {
          const names = Array.from({ length: n }, () => fresh(env));
          const reads = names.map((name, k) => {
            const raw = fresh(env);
            return `const ${raw} = ${src}[${k}];\nlet ${name};\n${readItem(raw, name)}`;
          });
          return `case ${n}: {\n${reads.join('')}${list} = [${names.join(', ')}];\nbreak;\n}\n`;
        });
        short = cases.join('');
      }
      // Otherwise sized up front, like the interpreter's list.
      return (
        `if (!Array.isArray(${src})) return;\n` +
        `let ${list};\nswitch (${src}.length) {\n${short}default:\n` +
        `${list} = new Array(${src}.length);\n` +
        `for (let ${i} = 0; ${i} < ${src}.length; ${i}++) {\n` +
        `const ${item} = ${src}[${i}];\nlet ${read};\n${readItem(item, read)}${list}[${i}] = ${read};\n}\n}\n` +
        (spec.min ? `if (${list}.length < ${spec.min}) return;\n` : '') +
        `${dst} = ${list};\n`
      );
    }
    case 'object':
      return readObject(spec, src, dst, env);
    default:
      throw new Error(`fast-reader: unsupported spec ${spec.type}`);
  }
}

function readObject(spec: ObjectSpec, src: string, dst: string, env: Env): string {
  const shape = ref(env, env.shapeOf(spec));
  let code = `if (typeof ${src} !== 'object' || ${src} === null || getPrototypeOf(${src}) !== OBJECT_PROTOTYPE) return;\n`;
  const values: [key: string, name: string][] = [];
  for (const [key, entry] of Object.entries(spec.entries)) {
    const raw = fresh(env);
    const value = fresh(env);
    values.push([key, value]);
    const absent =
      entry.optional !== true
        ? 'return;'
        : entry.default === false
          ? `${value} = false;`
          : Array.isArray(entry.default)
            ? `${value} = [];`
            : `${value} = ABSENT;`;
    code +=
      `const ${raw} = ${src}[${JSON.stringify(key)}];\nlet ${value};\n` +
      `if (${raw} === undefined || ${raw} === null) { ${absent} } else {\n` +
      readValue(entry, raw, value, env) +
      '}\n';
  }
  // A constructor of its own that sets the fields present, in the order of the spec's entries
  // (as the interpreter's `put` writes them). V8 sizes an object by the `this.x =` assignments of
  // its constructor, so every field fits inside the record, with no separate property store.
  const make = `C${env.constructors.length}`;
  const params = values.map(([, value]) => value);
  const sets = values.map(
    ([key, value]) => `if (${value} !== ABSENT) this[${JSON.stringify(key)}] = ${value};\n`,
  );
  env.constructors.push(
    `function ${make}(${params.join(', ')}) {\n${sets.join('')}}\n${make}.prototype = ${shape}.prototype;\n`,
  );
  return code + `${dst} = new ${make}(${params.join(', ')});\n`;
}

/**
 * The fast reader of an object spec, or `undefined` where code cannot be generated (a browser,
 * or a spec with a union or a record). `absent` is the interpreter's marker for a left-out field;
 * `shapeOf` gives the interpreter's constructor of each object spec, so both build one shape.
 */
export function fastReader(
  spec: ObjectSpec,
  absent: symbol,
  shapeOf: ShapeOf,
): FastReader | undefined {
  if (!canGenerate() || !supported(spec)) return undefined;
  const env: Env = { refs: [], next: 0, shapeOf, constructors: [] };
  try {
    const body = `let out;\n${readObject(spec, 'input', 'out', env)}return out;`;
    const make = new Function(
      'r',
      'ABSENT',
      'getPrototypeOf',
      'OBJECT_PROTOTYPE',
      `${env.constructors.join('')}return function fastRead(input, tz) {\n${body}\n};`,
    ) as (...args: unknown[]) => FastReader;
    return make(env.refs, absent, Object.getPrototypeOf, Object.prototype);
  } catch {
    return undefined;
  }
}

// Importing this module turns the generated readers on (validate.ts does so in Node), and the
// duplicate check's typed-array table, which a browser need not download.
if (canGenerate()) {
  useFastReaders(fastReader);
  seenIds.make = (expected) => new IdSet(expected);
}
