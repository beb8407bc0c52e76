/**
 * Chinese text wraps between any two characters, so a line can end in the middle of a word
 * ("催化剂研 / 究者"), a date ("5 / 月28日") or a bracketed phrase ("（大致 / 位置）"). Rendered
 * through `phrases()` inside an element of class `sx-phrases` (`word-break: keep-all`), text
 * breaks only where `<wbr>` allows: between the words `Intl.Segmenter` finds, never before a
 * lone character (a word its dictionary does not know: 观|摩), never inside a house word
 * (人工|智能), never next to a digit, never inside brackets. Latin text keeps its spaces, which
 * stay break opportunities.
 * Without `Intl.Segmenter` the text is returned as it is and wraps as before.
 *
 * The page's first Intl object loads ICU (the Segmenter: 140–170 ms of a phone's main thread at
 * CPU 4×), so the first render does not wait for it: in the browser, until the Segmenter exists,
 * the text is shown as one text node (breaking at its spaces and punctuation, and anywhere in a run
 * too long for the line), and the `<wbr>`s go into those nodes once every widget of the page has
 * shown its first content (`after-content.ts`): not between another widget's data and its rows.
 * Then only text on or near the screen gets them at once; text further down gets them when it
 * comes within half a screen (`near-screen.ts`), before anyone sees it: its segmenting, and the
 * widget's layout again with the breaks, stay out of the busy time after the page's first content
 * (#16, all four widgets: a lab map below the story card relaid its whole list for breaks no one
 * could see yet). The text itself is in the page either way; only where a line may wrap waits.
 */
import { html, isServer, type TemplateResult } from 'lit';
import { afterContent } from './after-content.js';
import { whenNearScreen } from './near-screen.js';

const HAN = /\p{sc=Han}/u;
/** A bracketed phrase (to its end when not closed; nested, to its first close): no break inside. */
const BRACKETED = /[（(【「《“][^）)】」》”]*[）)】」》”]?/g;
/**
 * Where no break may go:
 * - before punctuation, a closing bracket or a digit, nor after a digit;
 * - before a lone Han character. Words the browser's trimmed ICU dictionary does not know come
 *   out in pieces, as lone characters (观|摩, 实验|室, 催化|剂, 科学|家, 弘|扬), and a particle
 *   (的, 了) goes with the word before it anyway; breaks stay before words of two characters or
 *   more (on the sample feed no chunk is longer than 8 characters);
 * - inside a word of the house dictionary, cut into two words the segmenter does know (人工|智能,
 *   无|障碍, 新|能源). Each entry costs bytes on every page with Chinese phrases, so it holds only
 *   words the feed's texts are full of;
 * - before an institution's suffix (学院, 大学, 研究院, 研究所, and words of two characters and
 *   室 or 馆: 实验室, 博物馆, 科技馆, 图书馆), which stays with the name before it (the suffix
 *   may be in pieces: 实验|室): the segmenter cuts 中国|科|学院, and the lone 科 joined 中国
 *   ("中国科 / 学院"); nor inside 短视频 / 微视频 (短|视频).
 * One pattern, so the page carries one more alternative rather than one more pass.
 */
const NO_BREAK =
  /\0(?=[\s，。、；：！？,.;:!?）)】」》”0-9０-９])|(?<=[0-9０-９])\0|(?<=\p{sc=Han})\0(?=\p{sc=Han}(?![^\0]))|(?<=人工|无|新|[短微])\0(?=智能|障碍|能源|视频)|\0(?=学院|大学|研究[院所]|\p{sc=Han}{2}\0?[室馆])/gu;

let segmenter: Intl.Segmenter | null | undefined;

function words(text: string): string[] {
  if (segmenter === undefined) {
    segmenter = Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : [text];
}

/** Where a break may go between words, as plain strings (for tests and callers that need text). */
export function phraseChunks(text: string): string[] {
  if (!HAN.test(text)) return [text];
  // The words joined by NUL (a boundary), then the boundaries where no break may go removed.
  return words(text)
    .join('\0')
    .replace(BRACKETED, (phrase) => phrase.replace(/\0/g, ''))
    .replace(NO_BREAK, '')
    .split('\0');
}

/** Text nodes shown before the Segmenter was made; broken into phrases after the page's content. */
let waiting: Text[] | undefined;

/**
 * Puts the `<wbr>`s into a text node shown whole. Lit clears whatever lies between its markers, so
 * replacing its node is safe (a node a later render replaced since is not in the page: no change).
 */
function breakShown(shown: Text): void {
  shown.replaceWith(
    ...phraseChunks(shown.data).flatMap((chunk, i) =>
      i ? [document.createElement('wbr'), chunk] : [chunk],
    ),
  );
}

/** `text` as a node of its own, broken into phrases once every widget shows its content. */
function breakAfterPaint(text: string): Text {
  const node = new Text(text);
  if (!waiting) {
    waiting = [];
    afterContent(() => {
      const shown = waiting!;
      waiting = undefined;
      // A node a later render replaced meanwhile has no parent: nothing to do.
      whenNearScreen(
        shown.flatMap((text) =>
          text.parentElement ? [[text.parentElement, () => breakShown(text)]] : [],
        ),
      );
      // ICU starts with the first segmentation (140–170 ms at CPU 4×): when all the text waits
      // below the screen, it starts while the page is idle, not when the visitor scrolls.
      if (segmenter === undefined) (self.requestIdleCallback ?? setTimeout)(() => words('科学'));
    });
  }
  waiting.push(node);
  return node;
}

/** The text with `<wbr>` between its phrases; put it in an element of class `sx-phrases`. */
export function phrases(text: string): Text | string | (TemplateResult | string)[] {
  if (segmenter === undefined && !isServer) return breakAfterPaint(text);
  const chunks = phraseChunks(text);
  return chunks.length < 2 ? text : chunks.map((chunk, i) => (i ? html`<wbr />${chunk}` : chunk));
}
