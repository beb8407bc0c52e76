/**
 * Control characters from sheets and file names: terminal escape sequences (ESC [ … m colours,
 * ESC ] … BEL titles and links), lone C0 and C1 codes, DEL. A cell that holds them could rewrite
 * the organiser's terminal or hide text in a partner's page, so cells are cleaned when read and
 * everything printed is cleaned again on the way out.
 */
/* eslint-disable no-control-regex -- matching control characters is this file's job */

/** CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other ESC pairs, and the C1 forms of CSI/OSC. */
const SEQUENCE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]?/g;

/** Controls a cell may not hold: every C0 but tab and line breaks, DEL, every C1. */
const CELL_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const HAS_CELL_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/** Cheap test: most sheets have none, and then nothing else runs. */
export function hasControlChars(text: string): boolean {
  return HAS_CELL_CONTROL.test(text);
}

/** The cell without control sequences and characters, and how many were removed. */
export function cleanCell(value: string): { text: string; removed: number } {
  let removed = 0;
  const text = value
    .replace(SEQUENCE, () => {
      removed += 1;
      return '';
    })
    .replace(CELL_CONTROL, () => {
      removed += 1;
      return '';
    });
  return { text, removed };
}

/**
 * Text that came from a file, made safe to print on one line: sequences and controls removed,
 * line breaks and tabs shown as spaces, bidirectional overrides (which reorder what is shown)
 * removed.
 */
export function printable(text: string): string {
  return text
    .replace(SEQUENCE, '')
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(CELL_CONTROL, '')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * The last guard before the terminal: removes escape sequences and controls from whole output,
 * keeping the line breaks, tabs and the carriage return that progress lines use.
 */
export function safeForTerminal(text: string): string {
  if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text)) return text;
  return text.replace(SEQUENCE, '').replace(CELL_CONTROL, '');
}
