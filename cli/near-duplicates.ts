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

/** Comparable form: NFKC (full width to half), lower case, no spaces, punctuation or symbols. */
export function comparableText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [from, to] of VARIANTS) s = s.replace(from, to);
  return s.replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

export interface SeenAt {
  file: string;
  row: number;
  title: string;
}

/** Events seen so far in this build, across every sheet. */
export class NearDuplicateIndex {
  private readonly byKey = new Map<string, { at: SeenAt; city: string; venue?: string }[]>();

  /**
   * The earlier row this event repeats, or undefined (and then the event is remembered).
   * Same comparable title and same start, and the same city or the same comparable venue.
   */
  check(event: SxEvent, file: string, row: number): SeenAt | undefined {
    const key = `${comparableText(event.title)}|${Date.parse(event.start)}`;
    const venue = event.venue ? comparableText(event.venue.name) : undefined;
    const seen = this.byKey.get(key);
    const match = seen?.find(
      (other) => other.city === event.city || (venue !== undefined && other.venue === venue),
    );
    if (match) return match.at;
    const entry = { at: { file, row, title: event.title }, city: event.city, venue };
    if (seen) seen.push(entry);
    else this.byKey.set(key, [entry]);
    return undefined;
  }
}
