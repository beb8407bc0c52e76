/**
 * Readers for everything a page or a visitor's link hands a widget as text: element attributes
 * and `sx-…` URL parameters. Each returns the value or the reason it was refused; none throws,
 * whatever the text (crafted links, pasted junk, huge values). The caller ignores a refused value
 * with one warning and keeps its default, so a bad link can never stop a widget from showing.
 */
import type { IsoDate } from '../../src/feed/types.js';
import { isIsoDate } from '../../src/feed/iso-date.js';

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const refused = <T>(problem: string): Reading<T> => ({ ok: false, problem });

/** Longer text is refused: no legitimate filter or search needs it, and it costs every render. */
export const MAX_TEXT_LENGTH = 200;

/** A record id, city code or vocabulary id: letters, digits, `_`, `-`, `.`, `:`. */
const TOKEN = /^[\p{L}\p{N}_.:-]{1,64}$/u;

/** Control and direction characters: a console line must show what the value is. */
// eslint-disable-next-line no-control-regex -- control characters are what it hides
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A value quoted for a console message: shortened, control characters made visible. */
export function quoted(raw: string): string {
  const short = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return JSON.stringify(short.replace(INVISIBLE, '\ufffd'));
}

/** A calendar day, `YYYY-MM-DD` (a real date: `2025-13-45` is refused). */
export function readIsoDate(raw: string): Reading<IsoDate> {
  return isIsoDate(raw) ? ok(raw) : refused('is not a YYYY-MM-DD date');
}

/** An ISO 8601 instant with a date (`2025-05-24T09:00:00+08:00`, `2025-05-24`). */
export function readInstant(raw: string): Reading<Date> {
  if (raw.length > 40 || !/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    return refused('is not an ISO 8601 instant');
  }
  const time = Date.parse(raw);
  return Number.isNaN(time) ? refused('is not an ISO 8601 instant') : ok(new Date(time));
}

/** One of `choices` (exact match). */
export function readChoice<T extends string>(raw: string, choices: readonly T[]): Reading<T> {
  return (choices as readonly string[]).includes(raw)
    ? ok(raw as T)
    : refused(`is not ${choices.join(', ')}`);
}

/** A whole number in `min`…`max`. */
export function readWholeNumber(raw: string, min: number, max: number): Reading<number> {
  const value = /^\s*[+-]?\d{1,15}\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= min && value <= max
    ? ok(value)
    : refused(`is not a whole number from ${min} to ${max}`);
}

/** A URL flag: `1`/`true` or `0`/`false`. */
export function readFlag(raw: string): Reading<boolean> {
  if (raw === '1' || raw === 'true') return ok(true);
  if (raw === '0' || raw === 'false') return ok(false);
  return refused('is not 1 or 0');
}

/** Free text (search): any characters, at most `MAX_TEXT_LENGTH`. */
export function readText(raw: string): Reading<string> {
  return raw.length <= MAX_TEXT_LENGTH
    ? ok(raw)
    : refused(`is longer than ${MAX_TEXT_LENGTH} characters`);
}

/** A comma list of ids or codes (`140100,140200`); '' stands for "all". */
export function readTokenList(raw: string): Reading<string> {
  if (raw.length > MAX_TEXT_LENGTH) return refused(`is longer than ${MAX_TEXT_LENGTH} characters`);
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.every((item) => TOKEN.test(item))
    ? ok(items.join(','))
    : refused('is not a comma-separated list of codes or ids');
}
