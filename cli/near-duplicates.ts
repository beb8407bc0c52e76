/**
 * The same activity sent twice, usually by two offices (a city's sheet and the museum's own):
 * titles that differ only in punctuation, width, spaces or a venue spelled out
 * (山西省科技馆 / 山西省科学技术馆), at the same start, in the same city or venue.
 *
 * The first one read is kept; each later one is an error and is not written. Publishing both would
 * show the activity twice on every partner site; the report names both rows (file and row each),
 * so the organiser removes one, or changes the title or time if they really are two activities.
 */
import type { ProgrammeEvent } from '../src/feed/types.js';

/** Long forms organisers write for the same thing, to the short form. */
const VARIANTS: [RegExp, string, literal: string][] = [
  [/科学技术/g, '科技', '科学技术'],
  [/博物馆/g, '博物院', '博物馆'],
];

/** Comparable form: NFKC (full width to half), lower case, no spaces, punctuation or symbols. */
export function comparableText(text: string): string {
  // Most titles take one pass over their characters, without Unicode normalisation, property
  // classes or a regex per step (at 100,000 rows the general path was a third of the
  // near-duplicate check's time, and four regex passes half of what was left).
  return plainComparable(text) ?? generalComparable(text);
}

/**
 * `comparableText` of text whose comparable form needs neither Unicode normalisation nor property
 * classes, in one pass; undefined for any other text. Such text holds only tab to CR, printable
 * ASCII, the CJK Unified Ideographs, and the punctuation Chinese titles are typed with (full-width
 * ，：！（）, 、。《》【】「」, “ ” ‘ ’ … — ·, the ideographic space) and full-width letters and digits.
 * NFKC turns each of these into itself, into punctuation, or (full-width letters and digits) into
 * the ASCII one, and none combines with its neighbours; the tests check every one against the
 * general path. The variants are CJK only, untouched by width and case, so they go first.
 */
function plainComparable(input: string): string | undefined {
  let text = input;
  // Indexed, without destructuring: this runs for every event, often before V8 optimises it.
  for (let k = 0; k < VARIANTS.length; k++) {
    const variant = VARIANTS[k]!;
    if (text.includes(variant[2])) text = text.replace(variant[0], variant[1]);
  }
  let out = '';
  /** Start of the run of characters kept as they are. */
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Kept as they are: CJK, ASCII digits and lower-case letters (most characters of a title).
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
      continue;
    }
    let replacement: string;
    if (c >= 0x41 && c <= 0x5a) replacement = String.fromCharCode(c + 32);
    else if (
      (c >= 0xff10 && c <= 0xff19) ||
      (c >= 0xff21 && c <= 0xff3a) ||
      (c >= 0xff41 && c <= 0xff5a)
    ) {
      // Full-width letters and digits: the ASCII one (U+FF21 Ａ → A: 0xFEE0 apart), lower case.
      const narrow = c - 0xfee0;
      replacement = String.fromCharCode(narrow >= 0x41 && narrow <= 0x5a ? narrow + 32 : narrow);
    } else if (isPlainPunctuation(c)) replacement = '';
    else return undefined;
    out += text.slice(run, i) + replacement;
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

/** The rest of the plain characters: what NFKC and `\p{P}\p{S}\p{Z}\s` remove. */
const isPlainPunctuation = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) ||
  (c >= 0x20 && c <= 0x7e) ||
  c === 0xb7 ||
  (c >= 0x2010 && c <= 0x2016) ||
  (c >= 0x2018 && c <= 0x201f) ||
  c === 0x2026 ||
  (c >= 0x3000 && c <= 0x3003) ||
  (c >= 0x3008 && c <= 0x3011) ||
  (c >= 0x3014 && c <= 0x301f) ||
  (c >= 0xff01 && c <= 0xff65);

/** `comparableText` for any text (exported for the tests that hold the fast path to it). */
export function generalComparable(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [from, to] of VARIANTS) s = s.replace(from, to);
  // Runs at once (`+`): the same result, in one replacement step per run instead of per character.
  return s.replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

export interface SeenAt {
  file: string;
  row: number;
  title: string;
}

/**
 * 32-bit FNV-1a of the comparable title, mixed with the start: a bucket, never the answer. Cut to
 * 30 bits, a small integer that V8 keeps unboxed as a Map key (a 32-bit one is a heap number).
 */
function bucketOf(comparable: string, start: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < comparable.length; i++) {
    hash = Math.imul(hash ^ comparable.charCodeAt(i), 0x01000193);
  }
  // Minutes fit 32 bits until the year 10,000; NaN (an unreadable start) mixes in as 0.
  return Math.imul(hash ^ (start / 60_000), 0x01000193) & 0x3fffffff;
}

/**
 * Events seen so far in this build, across every sheet. Kept by a number made from the title and
 * start rather than by the text itself: a string key per event cost more memory than the events'
 * own records. Events with the same number are compared in full, so a clash of numbers never
 * makes two events duplicates.
 *
 * An open-addressing table of those numbers over columns of what is remembered (no object per
 * event, no Map growing to 100,000 entries): a Map and an object per event were most of the
 * check's time at 100,000 rows, and garbage-collector work besides.
 */
export class NearDuplicateIndex {
  /**
   * Per slot: 1 + the index of the event in the columns below, or 0 for an empty slot. Room for
   * 16,384 events (128 KB) before the first growth: growing a few times early, in code not yet
   * optimised, cost more than the table saved on a 10,000-row sheet.
   */
  private slots: Int32Array;
  private buckets: number[] = [];
  private files: string[] = [];
  private rows: number[] = [];
  private titles: string[] = [];
  private cities: string[] = [];
  private venueKeys: (string | undefined)[] = [];
  private startsAt: number[] = [];
  /** Start instants repeat from row to row (the same string, from the span cache): parsed once. */
  private readonly starts = new Map<string, number>();
  /** Venue names repeat from row to row: one comparable form each. */
  private readonly venues = new Map<string, string>();

  /** `slots`: a power of two (the tests start small, to make the table grow). */
  constructor(slots = 1 << 15) {
    this.slots = new Int32Array(slots);
  }

  private venueKey(name: string): string {
    let key = this.venues.get(name);
    if (key === undefined) {
      key = comparableText(name);
      if (this.venues.size >= 10_000) this.venues.clear();
      this.venues.set(name, key);
    }
    return key;
  }

  /**
   * The earlier row this event repeats, or undefined (and then the event is remembered).
   * Same comparable title and same start, and the same city or the same comparable venue.
   */
  check(event: ProgrammeEvent, file: string, row: number): SeenAt | undefined {
    const comparable = comparableText(event.title);
    let start = this.starts.get(event.start);
    if (start === undefined) {
      start = Date.parse(event.start);
      if (this.starts.size >= 10_000) this.starts.clear();
      this.starts.set(event.start, start);
    }
    const venue = event.venue ? this.venueKey(event.venue.name) : undefined;
    const bucket = bucketOf(comparable, start);
    const mask = this.slots.length - 1;
    // Linear probing: every event with this number sits in the run of slots from its home slot
    // to the first empty one, in the order they were read (the first match is the earliest).
    let slot = bucket & mask;
    for (let held = this.slots[slot]!; held !== 0; held = this.slots[slot]!) {
      const k = held - 1;
      if (
        this.buckets[k] === bucket &&
        Object.is(this.startsAt[k], start) &&
        (this.cities[k] === event.city || (venue !== undefined && this.venueKeys[k] === venue)) &&
        comparableText(this.titles[k]!) === comparable
      ) {
        return { file: this.files[k]!, row: this.rows[k]!, title: this.titles[k]! };
      }
      slot = (slot + 1) & mask;
    }
    const k = this.buckets.length;
    this.buckets.push(bucket);
    this.files.push(file);
    this.rows.push(row);
    this.titles.push(event.title);
    this.cities.push(event.city);
    this.venueKeys.push(venue);
    this.startsAt.push(start);
    this.slots[slot] = k + 1;
    // At most half full, so runs stay short.
    if (this.buckets.length * 2 > this.slots.length) this.grow();
    return undefined;
  }

  /** Twice the slots; events placed again in the order read, so each run keeps that order. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.buckets.length; k++) {
      let slot = this.buckets[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}
