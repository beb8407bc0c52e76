/**
 * Chinese text wraps between any two characters, so a line can end in the middle of a word
 * ("催化剂研 / 究者"), a date ("5 / 月28日") or a bracketed phrase ("（大致 / 位置）"). Rendered
 * through `phrases()` inside an element of class `sx-phrases` (`word-break: keep-all`), text
 * breaks only where `<wbr>` allows: between the words `Intl.Segmenter` finds, never next to a
 * digit, never inside brackets. Latin text keeps its spaces, which stay break opportunities.
 * Without `Intl.Segmenter` the text is returned as it is and wraps as before.
 *
 * The page's first Intl object loads ICU (the Segmenter: 140–170 ms of a phone's main thread at
 * CPU 4×), so the first render does not wait for it: in the browser, until the Segmenter exists,
 * the text is shown as one text node (breaking at its spaces and punctuation, and anywhere in a run
 * too long for the line), and the `<wbr>`s go into those nodes just after the first paint.
 */
import { html, type TemplateResult } from 'lit';

const OPEN = /[（(【「《“]/;
const CLOSE = /[）)】」》”]/;
const DIGIT = /[0-9０-９]$/;
const STARTS_WITH_DIGIT = /^[0-9０-９]/;
const HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | null | undefined;

function words(text: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : [text];
}

/** Where a break may go between words, as plain strings (for tests and callers that need text). */
export function phraseChunks(text: string): string[] {
  if (!HAN.test(text)) return [text];
  const chunks: string[] = [];
  let current = '';
  let depth = 0;
  for (const word of words(text)) {
    const canBreak =
      current !== '' &&
      depth === 0 &&
      !OPEN.test(current.slice(-1)) &&
      !CLOSE.test(word[0] ?? '') &&
      !(DIGIT.test(current) || STARTS_WITH_DIGIT.test(word)) &&
      !/^[\s，。、；：！？,.;:!?]/.test(word);
    if (canBreak) {
      chunks.push(current);
      current = '';
    }
    current += word;
    for (const char of word) {
      if (OPEN.test(char)) depth += 1;
      else if (CLOSE.test(char)) depth = Math.max(0, depth - 1);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Text nodes shown before the Segmenter existed; their `<wbr>`s go in after the first paint. */
let waiting: Text[] | undefined;

/** `text` as a node of its own, broken into phrases once the first frame is painted. */
function breakAfterPaint(text: string): Text {
  const node = document.createTextNode(text);
  if (!waiting) {
    waiting = [];
    requestAnimationFrame(() =>
      setTimeout(() => {
        for (const shown of waiting!) {
          // Lit clears what lies between its markers, so splitting its node is safe; a node
          // already replaced by a later render is skipped.
          if (!shown.isConnected) continue;
          const chunks = phraseChunks(shown.data);
          let at = shown.data.length;
          for (let i = chunks.length - 1; i > 0; i--) {
            at -= chunks[i]!.length;
            shown.splitText(at).before(document.createElement('wbr'));
          }
        }
        waiting = undefined;
      }),
    );
  }
  waiting.push(node);
  return node;
}

/** The text with `<wbr>` between its phrases; put it in an element of class `sx-phrases`. */
export function phrases(text: string): TemplateResult | Text | string {
  if (segmenter === undefined && typeof document === 'object' && HAN.test(text)) {
    return breakAfterPaint(text);
  }
  const chunks = phraseChunks(text);
  if (chunks.length < 2) return text;
  return html`${chunks.map((chunk, i) => (i ? html`<wbr />${chunk}` : chunk))}`;
}
