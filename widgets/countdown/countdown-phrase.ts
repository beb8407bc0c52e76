/**
 * The countdown's words as phrases that wrap between words, never inside one. Chinese text may
 * break between any two characters, so in a line of the page's text the inline countdown could end
 * a line in "还 / 有", "第 / 3 天" or "…已 / 结束。". Shown in an element of class `sx-phrases`
 * (`word-break: keep-all`), the text breaks only at the `<wbr>`s put here and at spaces (the
 * messages put no-break spaces around a number: "第 3 天", "Day 3"). A `<wbr>` goes only between
 * two Chinese words of two characters or more (as `Intl.Segmenter` finds them) that are not the
 * last word of the text: a one-character word ("已", "周", "年") stays with its neighbours and the
 * last word with the one before it, so no line holds one or two characters alone ("排。").
 * Smaller than the shared `phrases()` (whose chunk a countdown page would otherwise download): the
 * countdown's own words have no brackets or dates to keep whole.
 */
import { html } from 'lit';

const WBR = html`<wbr />`;
/** A word of two Chinese characters or more. */
const HAN_WORD = /^\p{sc=Han}{2}/u;
let words: Intl.Segmenter | undefined;

export function phrase(text: string): unknown[] {
  // Without Intl.Segmenter (old browsers) the text wraps as before.
  const parts = Intl.Segmenter
    ? Array.from(
        (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text),
        (s) => s.segment,
      )
    : [text];
  return parts.flatMap((segment, i) =>
    i &&
    HAN_WORD.test(parts[i - 1]!.slice(-2)) &&
    HAN_WORD.test(segment) &&
    /^\p{sc=Han}/u.test(parts[i + 1] ?? '')
      ? [WBR, segment]
      : [segment],
  );
}
