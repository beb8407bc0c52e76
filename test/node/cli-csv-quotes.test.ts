/**
 * Multi-line quoted fields are judged without splitting the ones that hold too few separators to
 * look like swallowed rows (cli/csv.ts, for speed): the same problems as the rule itself finds.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parseCsv, parseCsvRecords } from '../../cli/csv.js';

/** The rule, written out: a quote never closed, or one with a later line holding enough separators. */
function expectedProblems(text: string, delimiter: string) {
  const spans: Parameters<typeof parseCsvRecords>[2] = [];
  const records = parseCsvRecords(text, delimiter, spans).filter((r) =>
    r.cells.some((cell) => cell.trim() !== ''),
  );
  const columns = records[0]?.cells.length ?? 0;
  const min = Math.max(2, Math.floor((columns - 1) / 2));
  return spans!
    .filter((span) => {
      const later = text
        .slice(span.from, span.to)
        .split(/\r\n|\r|\n/)
        .slice(1);
      return !span.closed || later.some((l) => l.split(delimiter).length - 1 >= min);
    })
    .map((span) => ({ kind: span.closed ? 'swallowed' : 'unclosed', row: span.row }));
}

describe('sx-feed build: quotes that swallow rows', () => {
  it('finds exactly the quoted fields the rule names, with CRLF, LF and CR line ends', () => {
    const pieces = ['a', '中', ',', ',', '"', '""', '\n', '\r\n', '\r', ' '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(2, 4, 7),
        (parts, columns) => {
          const header = Array.from({ length: columns }, (_, i) => `h${i}`).join(',');
          const text = `${header}\r\n${parts.join('')}`;
          const found = (parseCsv(text).quoteProblems ?? []).map((p) => ({
            kind: p.kind,
            row: p.row,
          }));
          expect(found).to.deep.equal(expectedProblems(text, ','));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
