/**
 * Characters that must never reach a page from feed text: explicit bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069: one U+202E in a venue name reverses the
 * trusted text printed after it), C0 and C1 control characters other than tab and line breaks,
 * U+FEFF inside text, interlinear annotation marks, and UTF-16 halves without their other half
 * (`encodeURIComponent` throws on them). Implicit marks (LRM, RLM, ALM) stay: right-to-left
 * names need them and they cannot reorder other text.
 */

// Fast test: true for any text that needs a closer look (a surrogate pair is usually fine, but
// is checked below); a published feed is almost always clean, so this is the only cost.
/* eslint-disable no-control-regex -- matching control characters is the point */
const SUSPECT =
  /[\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/;
const REMOVED =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
/* eslint-enable no-control-regex */

export interface CleanText {
  text: string;
  /** What was removed or replaced, as code points (`U+202E`), each once, in order of appearance. */
  removed: string[];
}

const codePoint = (char: string) =>
  `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` without the characters above; `undefined` when there were none (the common case).
 * Line breaks are normalised to `\n` silently (CR LF, CR, U+2028, U+2029); a lone surrogate
 * becomes U+FFFD; everything else in the list is removed and named in `removed`.
 * @example cleanText('科技馆\u202E路') // { text: '科技馆路', removed: ['U+202E'] }
 */
export function cleanText(text: string): CleanText | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const removed = new Set<string>();
  const cleaned = text
    .replace(LINE_BREAKS, '\n')
    .replace(REMOVED, (char) => {
      removed.add(codePoint(char));
      return '';
    })
    .replace(LONE_SURROGATE, (char) => {
      removed.add(codePoint(char));
      return '\uFFFD';
    });
  return cleaned === text ? undefined : { text: cleaned, removed: [...removed] };
}
