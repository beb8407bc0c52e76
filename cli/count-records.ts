/**
 * How many records a resource file of a feed in `--out` holds, for the shrink guard, without
 * parsing it. At 100,000 events JSON.parse of the previous feed cost more CPU than any other
 * single step of a rebuild (and left 100,000 objects for the collector) only to read lengths.
 *
 * A file `sx-feed build` wrote is named by its content (`events-140100.3f2a9c1b.json`, see
 * write-feed.ts): when its bytes still hash to that name, it is exactly the `JSON.stringify` of a
 * list of records, and counting the commas between its top-level elements is exact. Any other file
 * (renamed, edited by hand, a wrapper object, damaged) is parsed as before, so the count never
 * depends on the shortcut.
 */
import { createHash } from 'node:crypto';
import { resourceRecords, type ResourceKind } from '../src/feed/resources.js';

/** `events-140100.3f2a9c1b.json` → `3f2a9c1b`, the first 8 hex digits of its SHA-256. */
const HASHED_NAME = /\.([0-9a-f]{8})\.json$/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Top-level elements of a JSON array written without whitespace (JSON.stringify's output), or
 * undefined when the text is not such an array. Read as Latin-1, one character per byte: every
 * byte JSON's structure uses is ASCII, and UTF-8 never puts an ASCII byte inside a character.
 */
export function countTopLevel(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const n = text.length;
  if (text.charCodeAt(0) !== 0x5b /* [ */ || text.charCodeAt(n - 1) !== 0x5d /* ] */) {
    return undefined;
  }
  if (n === 2) return 0;
  let depth = 0;
  let commas = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Strings are most of the bytes: jump to the closing quote, the first one not escaped
      // (preceded by an even run of backslashes).
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end === -1) return undefined;
        let k = end - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        if ((end - 1 - k) % 2 === 0) break;
      }
      i = end;
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0 && i !== n - 1) return undefined;
    } else if (c === 0x2c && depth === 1) commas++;
  }
  return depth === 0 ? commas + 1 : undefined;
}

/**
 * The records in the resource file `name` with content `bytes`: exact, as JSON.parse would count
 * them; 0 when the file is not a feed resource at all. `known`: the records of files with known
 * content, by name (the build about to publish them): a file whose bytes hash to its name has
 * that content, so its count is taken without reading its elements (a rebuild of an unchanged
 * sheet publishes the same files).
 */
export function countRecords(
  name: string,
  bytes: Uint8Array,
  kind: ResourceKind,
  known?: ReadonlyMap<string, number>,
): number {
  const hash = HASHED_NAME.exec(name)?.[1];
  if (hash && createHash('sha256').update(bytes).digest('hex').startsWith(hash)) {
    const same = known?.get(name);
    if (same !== undefined) return same;
    const count = countTopLevel(bytes);
    if (count !== undefined) return count;
  }
  try {
    // As readFile(…, 'utf8') reads it: a byte-order mark stays, and JSON.parse refuses it.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const records = resourceRecords(JSON.parse(text), kind);
    return Array.isArray(records) ? records.length : 0;
  } catch {
    return 0;
  }
}
