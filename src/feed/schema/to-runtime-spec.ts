/**
 * Reduces a valibot schema to the plain-data spec `read-spec.ts` interprets. Build-time only
 * (scripts/build-json-schema.ts writes the result to runtime-spec.ts; a test checks it is current),
 * so browsers get the feed's rules without valibot. Throws on anything the reader does not support,
 * which keeps the two in step.
 * Adding a rule: the steps are listed once, in `spec-types.ts`.
 */
import type * as v from 'valibot';
import { FORMAT_CHECKS, PATTERN_CODES } from './common.js';
import type { Spec, StringSpec } from '../spec-types.js';

type AnySchema = v.GenericSchema & {
  pipe?: readonly { kind: string; type: string; requirement?: unknown; message?: unknown }[];
  wrapped?: AnySchema;
  default?: unknown;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: AnySchema[];
  key?: AnySchema;
  value?: AnySchema;
};

export function toRuntimeSpec(schema: v.GenericSchema): Spec {
  const s = schema as AnySchema;
  if (s.type === 'optional') {
    const inner = toRuntimeSpec(s.wrapped!);
    const spec: Spec = { ...inner, optional: true };
    if (s.default !== undefined) {
      if (s.default !== false && !(Array.isArray(s.default) && s.default.length === 0)) {
        throw new Error(`Unsupported default ${JSON.stringify(s.default)}`);
      }
      spec.default = s.default as false | [];
    }
    return spec;
  }
  // A pipe's first item is its base schema, which may be a pipe itself (`pipe(count, max)`).
  const spec = s.pipe ? toRuntimeSpec(s.pipe[0] as unknown as v.GenericSchema) : baseSpec(s);
  for (const action of s.pipe?.slice(1) ?? []) applyAction(spec, action);
  return spec;
}

function baseSpec(s: AnySchema): Spec {
  switch (s.type) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'array':
      return { type: 'array', item: toRuntimeSpec(s.item!) };
    case 'object':
      return {
        type: 'object',
        entries: Object.fromEntries(
          Object.entries(s.entries!).map(([key, entry]) => [key, toRuntimeSpec(entry)]),
        ),
      };
    case 'union':
      return { type: 'union', options: s.options!.map(toRuntimeSpec) };
    case 'record':
      return { type: 'record', key: toRuntimeSpec(s.key!), value: toRuntimeSpec(s.value!) };
    default:
      throw new Error(`The feed reader does not support the valibot schema "${s.type}"`);
  }
}

function applyAction(
  spec: Spec,
  action: { kind: string; type: string; requirement?: unknown; message?: unknown },
): void {
  const { type, requirement } = action;
  const message = typeof action.message === 'string' ? action.message : undefined;
  if (type === 'description' || type === 'title' || type === 'transform') return;
  if (spec.type === 'string') {
    // Strings are never empty (an empty one is missing), so `minLength(1)` adds nothing.
    if (type === 'min_length' && requirement === 1) return;
    if (type === 'max_length') spec.max = requirement as number;
    else if (type === 'regex') setRule(spec, { pattern: requirement as RegExp }, message);
    else if (type === 'iso_date')
      return; // its `check` below names the runtime format
    else if (type === 'check' && FORMAT_CHECKS.has(requirement)) {
      // A named format replaces the pattern at runtime: the pattern only documents it.
      delete spec.pattern;
      delete spec.code;
      setRule(spec, { format: FORMAT_CHECKS.get(requirement)! }, message);
    } else throw new Error(`Unsupported string action "${type}"`);
  } else if (spec.type === 'number') {
    if (type === 'min_value') spec.min = Math.max(requirement as number, spec.min ?? -Infinity);
    else if (type === 'max_value') spec.max = Math.min(requirement as number, spec.max ?? Infinity);
    else if (type === 'integer') spec.integer = true;
    else throw new Error(`Unsupported number action "${type}"`);
  } else if (spec.type === 'array') {
    if (type === 'min_length') spec.min = requirement as number;
    else if (type === 'max_length') spec.max = requirement as number;
    else throw new Error(`Unsupported array action "${type}"`);
  } else {
    throw new Error(`Unsupported action "${type}" on a ${spec.type}`);
  }
}

function setRule(
  spec: StringSpec,
  rule: Pick<StringSpec, 'pattern' | 'format'>,
  message: string | undefined,
): void {
  if (spec.format) return;
  Object.assign(spec, rule);
  if (message) spec.reason = message;
  // A pattern that a format replaces later needs no code; any other reads as `text.pattern`.
  const code = rule.pattern && message ? PATTERN_CODES.get(message) : undefined;
  if (code) spec.code = code;
}

/** TypeScript source for `spec` (JSON, but with regular-expression literals). */
export function specToSource(spec: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (spec instanceof RegExp) return spec.toString();
  if (Array.isArray(spec)) {
    if (spec.length === 0) return '[]';
    return `[\n${spec.map((item) => inner + specToSource(item, inner)).join(',\n')},\n${indent}]`;
  }
  if (spec && typeof spec === 'object') {
    const lines = Object.entries(spec).map(([key, value]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${specToSource(value, inner)}`;
    });
    const { type, entries } = spec as { type?: unknown; entries?: Record<string, unknown> };
    if (type === 'object' && entries) lines.push(...accessors(Object.keys(entries), inner));
    return `{\n${lines.join(',\n')},\n${indent}}`;
  }
  return JSON.stringify(spec);
}

/**
 * `pick` and `put` of an object spec: its fields read and written by name, in entry order. Named
 * property access is what engines make fast (one shape per site); the reader's generic loop
 * would otherwise look every key up by value, for every field of every record.
 */
function accessors(keys: string[], indent: string): string[] {
  const prop = (key: string) =>
    /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  const pick = keys.map((key, i) => `v[${i}] = o${prop(key)};`).join(' ');
  const put = keys.map((key, i) => `if (v[${i}] !== absent) o${prop(key)} = v[${i}];`);
  return [
    `${indent}pick: (o: Record<string, unknown>, v: unknown[]) => { ${pick} }`,
    `${indent}put: (o: Record<string, unknown>, v: unknown[], absent: unknown) => {\n${put
      .map((line) => `${indent}  ${line}`)
      .join('\n')}\n${indent}}`,
  ];
}
