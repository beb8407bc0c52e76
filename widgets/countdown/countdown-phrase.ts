/**
 * The countdown's words as phrases that wrap between words, never inside one. Chinese text may
 * break between any two characters, so in a line of the page's text the inline countdown could end
 * a line in "还 / 有", "第 / 3 天" or "…已 / 结束。". Shown in an element of class `sx-phrases`
 * (`word-break: keep-all`), the text breaks only at the `<wbr>`s put here and at spaces (the
 * messages put no-break spaces around a number: "第 3 天", "Day 3"). A `<wbr>` goes only between
 * two Chinese words (as `Intl.Segmenter` finds them), and never before a word of one character
 * ("活动 / 周") nor before the last word ("已 / 结束。"): no line starts with a lone character or
 * holds only the last one or two ("排。"); chunks stay short enough for a narrow column.
 * Smaller than the shared `phrases()` (whose chunk a countdown page would otherwise download): the
 * countdown's own words have no brackets or dates to keep whole.
 *
 * The page's first Intl object loads ICU (the Segmenter: 140–170 ms of a phone's main thread at
 * CPU 4×), so the first render does not wait for it: in the browser the words are first shown
 * whole, and the element renders again with their breaks once every widget of the page has shown
 * its first content (`after-content.ts`): not between another widget's data and its rows.
 */
import { html } from 'lit';
import { afterContent } from '../shared/after-content.js';

const WBR = html`<wbr />`;
/** The last character before, two of the word and the first after: all Chinese. */
const BREAKABLE = /^\p{sc=Han}{4}/u;
let words: Intl.Segmenter | undefined;
type Host = { requestUpdate(): void };
/** The page's widgets show their content (on the server there is nothing to wait for). */
let painted = !globalThis.document;
/** Countdowns that showed their words whole, to render again then. */
let hosts: Set<Host> | undefined;

export function phrase(text: string, host: Host): unknown {
  if (!painted) {
    if (!hosts) {
      hosts = new Set();
      afterContent(() => {
        painted = true;
        for (const waiting of hosts!) waiting.requestUpdate();
      });
    }
    hosts.add(host);
    return text;
  }
  // Without Intl.Segmenter (old browsers) the text wraps as before.
  const parts = Intl.Segmenter
    ? Array.from(
        (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text),
        (s) => s.segment,
      )
    : [text];
  // (Before the first word and after the last, `undefined` is not Chinese.)
  return parts.flatMap((segment, i) =>
    BREAKABLE.test(`${parts[i - 1]?.slice(-1)}${segment.slice(0, 2)}${parts[i + 1]?.[0]}`)
      ? [WBR, segment]
      : [segment],
  );
}
