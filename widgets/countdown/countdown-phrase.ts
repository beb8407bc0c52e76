/**
 * The countdown's words as phrases that wrap between words, never inside one. Chinese text may
 * break between any two characters, so in a line of the page's text the inline countdown could end
 * a line in "还 / 有" or "第 / 3 天". Shown in an element of class `sx-phrases` (`word-break:
 * keep-all`), the text breaks only at the `<wbr>`s put here between two Chinese words (as
 * `Intl.Segmenter` finds them) and at spaces (the messages put no-break spaces around a number:
 * "第 3 天", "Day 3"). Smaller than the shared `phrases()` (whose chunk a countdown page would
 * otherwise download): the countdown's own words have no brackets or dates to keep whole.
 */
import { html } from 'lit';

const WBR = html`<wbr />`;
/** Two Chinese characters, the last of one word and the first of the next. */
const HAN_PAIR = /\p{sc=Han}{2}/u;
let words: Intl.Segmenter | undefined;

export function phrase(text: string): unknown[] {
  const out: unknown[] = [];
  let before = '';
  // Without Intl.Segmenter (old browsers) the text wraps as before.
  for (const { segment } of Intl.Segmenter
    ? (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text)
    : [{ segment: text }]) {
    if (HAN_PAIR.test(before.slice(-1) + segment[0])) out.push(WBR);
    out.push((before = segment));
  }
  return out;
}
