/**
 * Readers for single cells: vocabulary terms, cities, yes/no, numbers and lists, in the forms
 * organisers type (Chinese or English names, ids, codes; full-width punctuation).
 */
import type { Edition, RegionCity, Term } from '../src/feed/types.js';
import { listItems } from '../src/text/split-list.js';

/** Separators between list items; `/` only splits when the whole item is not itself a term. */
const LIST_SEPARATORS = /[、,，;；|\n]+/;

const NAME_NOISE = /[\s()（）【】[\]「」"'“”‘’]+/g;

/**
 * Keys already computed: a sheet names the same few cities, forms and yes/no words on every row,
 * and NFKC with a regex on each of 100,000 rows costs more than reading the file. Bounded, so a
 * sheet of all-different cells cannot grow it without end.
 */
const nameKeys = new Map<string, string>();
const NAME_KEYS_MAX = 20_000;

/** Comparable form of a name: NFKC, lower-case, no spaces or brackets. */
export function nameKey(text: string): string {
  let key = nameKeys.get(text);
  if (key === undefined) {
    key = text.normalize('NFKC').toLowerCase().replace(NAME_NOISE, '');
    if (nameKeys.size >= NAME_KEYS_MAX) nameKeys.clear();
    nameKeys.set(text, key);
  }
  return key;
}

export type TermIndex = Map<string, string>;

/**
 * Every way to name a term: its id, Chinese and English names, the Chinese name without its
 * bracketed part (`科普(教育)基地` → `科普基地`) and each half of a `/` name (`科普讲解/大赛`).
 */
export function termIndex(terms: Term[]): TermIndex {
  const index: TermIndex = new Map();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (key && !index.has(key)) index.set(key, id);
  };
  for (const term of terms) {
    add(term.id, term.id);
    add(term.zh, term.id);
    add(term.en, term.id);
  }
  for (const term of terms) {
    add(term.zh.replace(/[(（][^)）]*[)）]/g, ''), term.id);
    for (const part of term.zh.split('/')) add(part, term.id);
  }
  return index;
}

/** One term named by the whole cell. */
export function resolveTerm(text: string, index: TermIndex): string | undefined {
  return index.get(nameKey(text));
}

/** Lists already read, per index: the same `人工智能、航空航天` comes back row after row. */
const termLists = new WeakMap<TermIndex, Map<string, TermList>>();

/** A list read from a cell: shared by every row with that cell, so frozen. */
export interface TermList {
  readonly ids: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * A list of terms: ids in order without repeats, and the items no term matches. The answer is
 * remembered and shared (frozen): a caller that needs to change a list copies it.
 */
export function resolveTerms(text: string, index: TermIndex): TermList {
  let lists = termLists.get(index);
  if (!lists) termLists.set(index, (lists = new Map()));
  let found = lists.get(text);
  if (!found) {
    const read = readTermList(text, index);
    found = Object.freeze({ ids: Object.freeze(read.ids), unknown: Object.freeze(read.unknown) });
    if (lists.size >= NAME_KEYS_MAX) lists.clear();
    lists.set(text, found);
  }
  return found;
}

function readTermList(text: string, index: TermIndex): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const item of splitCell(text)) {
    const whole = resolveTerm(item, index);
    if (whole) {
      add(whole);
      continue;
    }
    for (const part of item
      .split(/[/／]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const id = resolveTerm(part, index);
      if (id) add(id);
      else unknown.push(part);
    }
  }
  return { ids, unknown };
}

/** Splits a list cell on 、 , ， ; ； | and line breaks. */
export const splitCell = (text: string): string[] => listItems(text, LIST_SEPARATORS);

export type CityIndex = Map<string, string>;

/** Codes, full names (`太原市`), short names (`太原`), English names and `山西省太原市`. */
export function cityIndex(edition: Edition): CityIndex {
  const index: CityIndex = new Map();
  const add = (name: string | undefined, city: RegionCity) => {
    if (name) index.set(nameKey(name), city.code);
  };
  for (const city of edition.cities) {
    add(city.code, city);
    add(city.name, city);
    add(city.short, city);
    add(city.nameEn, city);
    if (edition.regionName) add(edition.regionName + city.name, city);
    if (edition.regionName) add(edition.regionName + city.short, city);
  }
  return index;
}

/** A city of the edition by code, name, short name or English name. */
export function resolveCity(text: string, index: CityIndex): string | undefined {
  return index.get(nameKey(text));
}

const TRUE_WORDS = new Set([
  '是',
  '有',
  '需要',
  '需',
  '要',
  '免费',
  'yes',
  'y',
  'true',
  '1',
  '√',
  '✓',
  '✔',
]);
const FALSE_WORDS = new Set([
  '否',
  '无',
  '不',
  '不需要',
  '不需',
  '无需',
  '收费',
  'no',
  'n',
  'false',
  '0',
  '×',
  '✗',
]);

/** 是/否, yes/no, true/false, 1/0 (and ✓/×); undefined for anything else. */
export function parseBoolean(text: string): boolean | undefined {
  const key = nameKey(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

/** A decimal number, full-width digits allowed; undefined when the cell is not one. */
export function parseNumber(text: string): number | undefined {
  const s = text.normalize('NFKC').trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

/** A whole number ≥ 0 (`40`, `40人`, `1,000`). */
export function parseCount(text: string): number | undefined {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/\s*(人|名|位|个)$/, '');
  return /^\d+$/.test(s) ? Number(s) : undefined;
}
