/**
 * The same activity sent twice, usually by two offices (a city's sheet and the museum's own):
 * titles that differ only in punctuation, width, spaces or a venue spelled out
 * (山西省科技馆 / 山西省科学技术馆), at the same start, in the same city or venue.
 *
 * The first one read is kept; each later one is an error and is not written. Publishing both would
 * show the activity twice on every partner site; the report names both rows (file and row each),
 * so the organiser removes one, or changes the title or time if they really are two activities.
 */
import type { SxEvent } from '../src/feed/types.js';

/** Long forms organisers write for the same thing, to the short form. */
const VARIANTS: [RegExp, string][] = [
  [/科学技术/g, '科技'],
  [/博物馆/g, '博物院'],
];

/**
 * Text whose comparable form needs neither Unicode normalisation nor property classes: tab to CR,
 * printable ASCII, the CJK Unified Ideographs, and the punctuation Chinese titles are typed with
 * (full-width ，：！（）, 、。《》【】「」, “ ” ‘ ’ … — ·, the ideographic space) and full-width
 * letters and digits. Most titles. Each of these characters NFKC turns into itself, into
 * punctuation, or (full-width letters and digits) into the ASCII one, and none combines with its
 * neighbours; the tests check every one against the general path.
 */
const PLAIN =
  /^[\t-\r\x20-\x7E\u4E00-\u9FFF\u00B7\u2010-\u2016\u2018-\u201F\u2026\u3000-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF65]*$/;
/** In PLAIN text, what NFKC and `\p{P}\p{S}\p{Z}\s` remove: all but letters, digits and CJK. */
const PLAIN_DROPPED =
  /[\t-\r\x20-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E\u00B7\u2010-\u2016\u2018-\u201F\u2026\u3000-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]+/g;
/** Full-width letters and digits, which NFKC makes ASCII (U+FF21 Ａ → A: 0xFEE0 apart). */
const WIDE_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const toNarrow = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Comparable form: NFKC (full width to half), lower case, no spaces, punctuation or symbols. */
export function comparableText(text: string): string {
  // The same steps without Unicode normalisation and property classes (a third of the
  // near-duplicate check's time at 100,000 rows), for text where they change nothing more.
  if (PLAIN.test(text)) {
    let s = text.replace(WIDE_ALNUM, toNarrow).toLowerCase();
    for (const [from, to] of VARIANTS) s = s.replace(from, to);
    return s.replace(PLAIN_DROPPED, '');
  }
  return generalComparable(text);
}

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

/** One event remembered: flat and small, since a build may remember 100,000 of them. */
interface Seen {
  file: string;
  row: number;
  title: string;
  city: string;
  venue: string | undefined;
  start: number;
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
 * own records. Events in one bucket are compared in full, so a clash of numbers never makes two
 * events duplicates.
 */
export class NearDuplicateIndex {
  private readonly byBucket = new Map<number, Seen | Seen[]>();
  /** Start instants repeat from row to row (the same string, from the span cache): parsed once. */
  private readonly starts = new Map<string, number>();
  /** Venue names repeat from row to row: one comparable form each. */
  private readonly venues = new Map<string, string>();

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
  check(event: SxEvent, file: string, row: number): SeenAt | undefined {
    const comparable = comparableText(event.title);
    let start = this.starts.get(event.start);
    if (start === undefined) {
      start = Date.parse(event.start);
      if (this.starts.size >= 10_000) this.starts.clear();
      this.starts.set(event.start, start);
    }
    const venue = event.venue ? this.venueKey(event.venue.name) : undefined;
    const bucket = bucketOf(comparable, start);
    const held = this.byBucket.get(bucket);
    const entry: Seen = { file, row, title: event.title, city: event.city, venue, start };
    if (held === undefined) {
      this.byBucket.set(bucket, entry);
      return undefined;
    }
    const list = Array.isArray(held) ? held : [held];
    const match = list.find(
      (other) =>
        Object.is(other.start, start) &&
        (other.city === event.city || (venue !== undefined && other.venue === venue)) &&
        comparableText(other.title) === comparable,
    );
    if (match) return { file: match.file, row: match.row, title: match.title };
    if (Array.isArray(held)) held.push(entry);
    else this.byBucket.set(bucket, [held, entry]);
    return undefined;
  }
}
