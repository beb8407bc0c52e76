/**
 * What the builder knows about the widgets, read from custom-elements.json at build time
 * (rollup.mjs inlines it), and the pure functions over it: which control an attribute
 * gets, which attributes differ from their defaults, and the snippet. Nothing here names a
 * particular attribute of a particular widget: a new attribute in the manifest shows up by itself.
 */

export interface AttributeSpec {
  name: string;
  /** `enum` when the manifest's type is a union of string literals (resolved at build time). */
  type: 'enum' | 'boolean' | 'number' | 'string';
  options?: string[];
  /** The default as the attribute would be written; absent when the manifest gives none we can read. */
  default?: string;
  description: string;
  /** The Chinese description (the element's `.zh.json` catalog), for the zh-CN interface. */
  descriptionZh?: string;
}

export interface TokenSpec {
  name: string;
  /** `#rrggbb` when the description states it (`Default #1d4e89.`). */
  default?: string;
  description: string;
  descriptionZh?: string;
}

export interface WidgetSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  tokens: TokenSpec[];
}

export interface BuilderModel {
  version: string;
  widgets: WidgetSpec[];
}

/** Lists of the edition an attribute of the same name takes its values from. */
export const VOCABULARIES = {
  city: 'cities',
  topic: 'topics',
  audience: 'audiences',
  category: 'categories',
  kind: 'labKinds',
  honour: 'awards',
  spirit: 'spiritFacets',
} as const;

export type Vocabulary = (typeof VOCABULARIES)[keyof typeof VOCABULARIES];

export type Control =
  | { kind: 'select'; options: string[] }
  | { kind: 'checkbox' }
  | { kind: 'number' }
  | { kind: 'datetime' }
  | { kind: 'date' }
  | { kind: 'vocabulary'; list: Vocabulary; multiple: boolean }
  | { kind: 'text'; suggestions: string[] };

/** `a`, `b` quoted in backticks in a description: suggestions for a free-text attribute. */
function backticked(description: string): string[] {
  return [...description.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((v) => !/[<>(){}=]/.test(v));
}

/** The control for an attribute, from its type, its name and what its description promises. */
export function controlFor(attribute: AttributeSpec): Control {
  const { type, description } = attribute;
  if (type === 'enum' && attribute.options?.length)
    return { kind: 'select', options: attribute.options };
  if (type === 'boolean') return { kind: 'checkbox' };
  if (type === 'number') return { kind: 'number' };
  const list = (VOCABULARIES as Record<string, Vocabulary>)[attribute.name];
  if (list)
    return { kind: 'vocabulary', list, multiple: /comma-separated|any of/i.test(description) };
  if (/ISO 8601 instant/i.test(description) && !/milestone/i.test(description))
    return { kind: 'datetime' };
  if (/`YYYY-MM-DD`/.test(description)) return { kind: 'date' };
  return { kind: 'text', suggestions: backticked(description) };
}

/** An attribute's value as the editor set it: text, or true/false for a boolean. */
export type Value = string | boolean;

/** Only what differs from the default: an empty value, or the default itself, is left out. */
export function changedAttributes(
  widget: WidgetSpec,
  values: Readonly<Record<string, Value | undefined>>,
): [string, Value][] {
  const changed: [string, Value][] = [];
  for (const attribute of widget.attributes) {
    const value = values[attribute.name];
    if (value === undefined || value === '' || value === false) continue;
    if (typeof value === 'string' && value === attribute.default) continue;
    changed.push([attribute.name, value]);
  }
  return changed;
}

export function changedTokens(
  widget: WidgetSpec,
  tokens: Readonly<Record<string, string | undefined>>,
): [string, string][] {
  return widget.tokens
    .filter((t) => tokens[t.name] && tokens[t.name]!.toLowerCase() !== t.default?.toLowerCase())
    .map((t) => [t.name, tokens[t.name]!]);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A token value goes into a style block: nothing that could close the block or the rule.
const cssValue = (text: string) => text.replace(/[<>{};\\]/g, '');

export function tagMarkup(tag: string, attributes: readonly [string, Value][]): string {
  const written = attributes.map(([name, value]) =>
    value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value as string)}"`,
  );
  return `<${tag}${written.join('')}></${tag}>`;
}

export function tokensCss(tag: string, tokens: readonly [string, string][]): string {
  if (tokens.length === 0) return '';
  const lines = tokens.map(([name, value]) => `  ${name}: ${cssValue(value)};`);
  return `${tag} {\n${lines.join('\n')}\n}`;
}

export interface SnippetParts {
  loader: string;
  tag: string;
  attributes: readonly [string, Value][];
  tokens: readonly [string, string][];
}

/** What a partner pastes: the loader once per page, the CSS for changed tokens, the tag. */
export function snippet({ loader, tag, attributes, tokens }: SnippetParts): string {
  const css = tokensCss(tag, tokens);
  return [
    `<script type="module" src="${escapeAttribute(loader)}"></script>`,
    ...(css ? [`<style>\n${css}\n</style>`] : []),
    tagMarkup(tag, attributes),
  ].join('\n');
}

/** `2025-05-30T14:00` (a datetime-local value) as an instant in the edition's zone. */
export function zonedInstant(local: string, timeZone: string): string {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(local)) return local;
  const wall = Date.parse(`${local.slice(0, 16)}:00Z`);
  const offsetAt = (ms: number) => {
    const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')!.value;
    const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
    return m ? `${m[1]}${m[2]}:${m[3]}` : '+00:00';
  };
  // The offset in force at the wall time (read twice: once near, once at the corrected instant).
  const guess = offsetAt(wall);
  const sign = guess.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(guess.slice(1, 3)) * 60 + Number(guess.slice(4, 6)));
  return `${local.slice(0, 16)}:00${offsetAt(wall - minutes * 60_000)}`;
}
