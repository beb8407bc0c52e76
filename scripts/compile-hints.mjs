/**
 * V8's explicit compile hint for the CDN chunks a page runs at once (#16, the first render's CPU).
 *
 * V8 compiles a function lazily, on the main thread, the first time it is called; a widget's
 * first render calls most of the functions of its chunks, so a page paid for compiling them one
 * by one inside its longest tasks. A file whose first line is `//# allFunctionsCalledOnLoad`
 * (Chromium 136+; other engines read a comment) has all its functions compiled with the file,
 * where Chromium streams and compiles scripts off the main thread. Measured (bench/ttc/FINDINGS.md,
 * cpu10): the script time before content fell on the events, events-with-src and lab map pages in
 * every A/B run; main-thread CPU until content in most (the machine was shared).
 *
 * Only chunks of at least `minBytes` carry it: the hint costs ~23 bytes gzipped per file (the
 * pages' ceilings), and a small chunk has little to compile. Data chunks (`data-*`) hold no code.
 */
const HINT = '//# allFunctionsCalledOnLoad\n';

/** A Rollup output plugin: prefixes the hint to the chunks, one line down in their source maps. */
export function compileHints({ minBytes = 8192 } = {}) {
  return {
    name: 'sx-compile-hints',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.code.length < minBytes) continue;
        if (/(^|\/)data-[^/]*$/.test(file.fileName)) continue;
        file.code = HINT + file.code;
        // The map's first line is the hint's, with no mapping: every other line moves one down.
        if (file.map) file.map.mappings = `;${file.map.mappings}`;
        const asset = bundle[`${file.fileName}.map`];
        if (asset?.type === 'asset' && typeof asset.source === 'string') {
          const map = JSON.parse(asset.source);
          map.mappings = `;${map.mappings}`;
          asset.source = JSON.stringify(map);
        }
      }
    },
  };
}
