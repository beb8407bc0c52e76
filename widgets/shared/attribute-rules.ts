/**
 * Attribute checks, one way for every widget. An element lists a rule per checked property
 * (`static override attributeRules`); `SxElement.willUpdate` applies them before the element's
 * own `willUpdate` code reads the values.
 *
 * One fallback policy (CONVENTIONS §4, as Google's extended-component-library does it): a value a
 * rule refuses never throws; the property takes the rule's default (`undefined` for an optional
 * attribute: it is ignored) and the element logs one warning, in one shape everywhere:
 *
 *   <sx-events> view="grid" is not list, agenda, compact; using list.
 *   <sx-lab-map> date="2025-13-45" is not a YYYY-MM-DD date; ignored.
 *
 * Writing the default back (rather than reading around the bad value at every use) keeps the
 * rest of the element simple: after `willUpdate`, every checked property holds a valid value.
 */
import { readInstant } from './read-input.js';

export interface AttributeRule {
  /** What is wrong with the property's value ("is not 2 to 5"), or undefined when it is fine. */
  problem(value: unknown): string | undefined;
  /**
   * What the property becomes when its value is refused: a value (`undefined`: the attribute is
   * ignored), or a function of the refused value (`rotate="3"` → 5).
   */
  fallback?: unknown;
  /** Says what happens instead where the fallback's value would not ("using the real clock"). */
  instead?: string;
}

/** The checked properties of an element, by property name. */
export type AttributeRules = Readonly<Record<string, AttributeRule>>;

// The rules test values directly rather than through the readers of `read-input.ts`: Lit has
// already converted the attribute (a `type: Number` property holds a number, `NaN` for "abc"), and
// every page downloads this module, so it must stay small (the readers parse raw URL text).

/** One of `choices`; the first is the default. */
export function choice(choices: readonly string[]): AttributeRule {
  return {
    problem: (value) =>
      choices.includes(value as string) ? undefined : `is not ${choices.join(', ')}`,
    fallback: choices[0],
  };
}

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number, fallback: number): AttributeRule {
  return {
    problem: (value) =>
      Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? undefined
        : `is not a whole number from ${min} to ${max}`,
    fallback,
  };
}

/**
 * An optional calendar day, `YYYY-MM-DD`; a bad one is ignored. The element passes the date test
 * it already has, so a page without date attributes does not download one.
 */
export function isoDate(isIsoDate: (value: string) => boolean): AttributeRule {
  return {
    problem: (value) => (isIsoDate(value as string) ? undefined : 'is not a YYYY-MM-DD date'),
  };
}

/** An optional ISO 8601 instant; a bad one is ignored (`instead` says what applies then). */
export function instant(instead: string): AttributeRule {
  return {
    problem: (value) => {
      const reading = readInstant(String(value));
      return reading.ok ? undefined : reading.problem;
    },
    instead,
  };
}

/**
 * The warning of a refused value, in the one shape: `attr="value" problem; using default.` The
 * value is quoted (JSON: control characters and line breaks escaped) and cut short: a crafted
 * attribute can neither forge nor flood a console line.
 */
export function attributeWarning(
  attribute: string,
  value: unknown,
  problem: string,
  instead: string,
): string {
  return `${attribute}=${JSON.stringify(String(value).slice(0, 60))} ${problem}; ${instead}.`;
}

/**
 * Checks `key` of `target` against `rule`. Returns undefined when the value is fine or absent
 * (`undefined`, `null`: the default already; `''` for an optional attribute), else the
 * fallback and the warning. The caller writes the one and logs the other (`SxElement`).
 */
export function checkAttribute(
  rule: AttributeRule,
  attribute: string,
  value: unknown,
): { fallback: unknown; warning: string } | undefined {
  if (value == null || (value === '' && rule.fallback === undefined)) return undefined;
  const problem = rule.problem(value);
  if (problem === undefined) return undefined;
  const fallback =
    typeof rule.fallback === 'function'
      ? (rule.fallback as (refused: unknown) => unknown)(value)
      : rule.fallback;
  const instead =
    rule.instead ?? (fallback === undefined ? 'ignored' : `using ${String(fallback)}`);
  return { fallback, warning: attributeWarning(attribute, value, problem, instead) };
}
