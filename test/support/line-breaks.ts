/**
 * The lines a browser laid a piece of text out on, read from the boxes of its characters: what a
 * reader sees, whatever the markup (`<wbr>`, no-wrap spans, `word-break`) asked for.
 */

/**
 * Each character of `element`'s text (its shadow-free subtree) in order, and whether it is the first
 * glyph of a new line (a glyph drops below the one before it).
 */
export function* shownChars(element: Element): Generator<{ char: string; newLine: boolean }> {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let lineTop = -Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let offset = 0;
    for (const char of Array.from(node.textContent!)) {
      range.setStart(node, offset);
      range.setEnd(node, (offset += char.length));
      const rect = range.getClientRects()[0];
      const newLine = !!rect && !!char.trim() && rect.top > lineTop + rect.height / 2;
      if (newLine) lineTop = rect.top;
      yield { char, newLine };
    }
  }
}

/** The text of `element` (its shadow-free subtree) split into the lines it is shown on. */
export function shownLines(element: Element): string[] {
  const lines: string[] = [];
  for (const { char, newLine } of shownChars(element)) {
    if (newLine) lines.push('');
    if (lines.length) lines[lines.length - 1] += char;
  }
  return lines.map((line) => line.trim());
}

const HAN = /\p{sc=Han}/gu;

/** The Chinese characters on a line (punctuation, digits and spaces not counted). */
export const hanCount = (line: string): number => line.match(HAN)?.length ?? 0;

/**
 * Lines that hold Chinese but only one or two of its characters ("排。", "结束。"): an orphan, unless
 * the whole text is that short.
 */
export function orphanLines(lines: string[]): string[] {
  const total = hanCount(lines.join(''));
  return lines.filter((line) => {
    const han = hanCount(line);
    return han > 0 && han < 3 && han < total;
  });
}

/**
 * Resolves once the word breaks of the text a widget rendered before `Intl.Segmenter` existed are
 * in (widgets/shared/phrases.ts puts them in a task queued from the first frame after that render;
 * this one is queued after it, so it runs later).
 */
export const wordBreaksShown = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
