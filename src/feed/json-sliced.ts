/**
 * `JSON.parse` of a big top-level array in slices: one events file of a national programme split
 * by city is several megabytes, and parsing it in one go is a task of 50 ms or more (issue #16:
 * no task over 50 ms at 100,000 events). The text is cut between two elements of the array
 * every `PIECE` characters, each piece parsed on its own, with the main thread given back in
 * between. The value is the one `JSON.parse` gives; for any text this reader does not take
 * apart cleanly (not an array, malformed), the answer, or the error, is `JSON.parse(text)`'s.
 */
import { runSliced, type SliceOptions } from './slices.js';

/** Texts shorter than this are parsed in one go (well under a slice). */
const SLICED_FROM = 512 * 1024;
/** Characters per piece: some 5 ms of parsing. */
const PIECE = 256 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Finds where a JSON array can be cut between two elements, a piece at a time, so the scan too
 * is spread over the slices. `next(piece)` gives the position of the first top-level comma at
 * least `piece` characters on, or of the closing bracket; `undefined` once the text is seen not
 * to be one array followed by white space only (a string left open, brackets that do not pair).
 */
export class ArrayCutter {
  /** The position of the opening bracket, or -1 for a text that does not start an array. */
  readonly start: number;
  private at: number;
  private depth = 0;
  done = false;

  constructor(private readonly text: string) {
    let at = 0;
    while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
    this.start = text.charCodeAt(at) === OPEN_BRACKET ? at : -1;
    this.at = at;
  }

  next(piece: number): number | undefined {
    const { text } = this;
    if (this.start < 0 || this.done) return undefined;
    const from = this.at;
    let { at, depth } = this;
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        // To the closing quote: the next one not escaped by an odd run of backslashes.
        for (;;) {
          at = text.indexOf('"', at + 1);
          if (at === -1) return undefined;
          let slashes = 0;
          while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
          if (slashes % 2 === 0) break;
        }
      } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
        depth += 1;
      } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
        depth -= 1;
        if (depth === 0) break;
        if (depth < 0) return undefined;
      } else if (code === COMMA && depth === 1 && at - from >= piece) {
        this.at = at + 1;
        this.depth = depth;
        return at;
      }
    }
    if (depth !== 0 || text.charCodeAt(at) !== CLOSE_BRACKET) return undefined;
    for (let rest = at + 1; rest < text.length; rest++) {
      if (!isSpace(text.charCodeAt(rest))) return undefined;
    }
    this.done = true;
    return at;
  }
}

/**
 * `JSON.parse(text)`, in slices of `sliceMs` when `text` is a big array. Rejects with the
 * `SyntaxError` `JSON.parse` throws for malformed text, or `signal.reason` when it aborts.
 */
export async function parseJsonSliced(text: string, options: SliceOptions = {}): Promise<unknown> {
  const cutter = new ArrayCutter(text);
  if (text.length < SLICED_FROM || cutter.start < 0) return JSON.parse(text) as unknown;
  const out: unknown[] = [];
  let from = cutter.start;
  let pieces = 0;
  let malformed = false;
  await runSliced((deadline) => {
    while (!cutter.done) {
      const cut = cutter.next(PIECE);
      let values: unknown;
      try {
        // Between two cuts: elements, without the comma or bracket at either end.
        values = cut === undefined ? undefined : JSON.parse(`[${text.slice(from + 1, cut)}]`);
      } catch {
        values = undefined;
      }
      pieces += 1;
      // An empty piece would hide a stray comma (`[,1]`, `[1,]`) that the whole text fails on.
      if (!Array.isArray(values) || (values.length === 0 && (pieces > 1 || !cutter.done))) {
        malformed = true;
        return true;
      }
      for (const value of values) out.push(value);
      from = cut!;
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  // Whatever the pieces made of a malformed text, the answer is JSON.parse's (its error).
  return malformed ? (JSON.parse(text) as unknown) : out;
}
