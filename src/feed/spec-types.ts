/**
 * The shape of the runtime reading specs in `schema/runtime-spec.ts`: the valibot schemas of
 * `schema/*.ts` reduced to plain data (see `schema/to-runtime-spec.ts`), so that browsers get the
 * rules without the schema library. `read-spec.ts` interprets them.
 *
 * Adding a validation rule (start here; the other files point to this list):
 * 1. A rule valibot already has that the reader knows (`maxLength`, `regex`, `minValue`…): write
 *    it in `schema/*.ts`, run `npx tsx scripts/build-json-schema.ts` (rewrites
 *    `schema/runtime-spec.ts`), done. A regex gets its issue code in `PATTERN_CODES` (common.ts).
 * 2. A new kind of rule needs three edits that must agree: its field here (e.g. a `format` name in
 *    `FormatName`, or `min` on a spec type); `schema/to-runtime-spec.ts`'s `applyAction` maps the
 *    valibot action to that field (a check function via `FORMAT_CHECKS` in common.ts); and
 *    `read-spec.ts` enforces it (`FORMATS` for a format) with an issue code. Then regenerate as
 *    in 1, and give the code its zh-CN and en sentences in `issue-messages.ts`.
 * `to-runtime-spec.ts` throws on any action it does not map, and a test checks that
 * `runtime-spec.ts` is current, so a rule cannot be half added silently.
 */

/** Checks that need code, named so the plain-data spec can refer to them. */
export type FormatName = 'url' | 'instant' | 'date' | 'timeZone';

interface Common {
  /** The field may be absent (or `null`, or an empty string). */
  optional?: true;
  /** What an absent optional field becomes (`[]` is copied, never shared). */
  default?: false | [];
}

export interface StringSpec extends Common {
  type: 'string';
  max?: number;
  pattern?: RegExp;
  format?: FormatName;
  /** Why a value failing `pattern` or `format` is wrong, completing "<field> …". */
  reason?: string;
  /** The issue code of a value failing `pattern` (`id.pattern` …), for translations. */
  code?: string;
}

export interface NumberSpec extends Common {
  type: 'number';
  min?: number;
  max?: number;
  integer?: true;
}

export interface BooleanSpec extends Common {
  type: 'boolean';
}

export interface ArraySpec extends Common {
  type: 'array';
  item: Spec;
  min?: number;
  max?: number;
}

export interface ObjectSpec extends Common {
  type: 'object';
  entries: Record<string, Spec>;
  /** Copies the fields of `o`, by name, into `v` in the order of `entries` (generated). */
  pick?: (o: Record<string, unknown>, v: unknown[]) => void;
  /** Sets each field of `o` from `v` (in the order of `entries`) unless it is `absent`. */
  put?: (o: Record<string, unknown>, v: unknown[], absent: unknown) => void;
}

export interface UnionSpec extends Common {
  type: 'union';
  options: Spec[];
}

export interface RecordSpec extends Common {
  type: 'record';
  key: Spec;
  value: Spec;
}

export type Spec =
  StringSpec | NumberSpec | BooleanSpec | ArraySpec | ObjectSpec | UnionSpec | RecordSpec;
