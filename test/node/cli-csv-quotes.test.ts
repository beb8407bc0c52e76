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

/** RFC 4180 as spreadsheets read it, one character at a time: what parseCsvRecords must return. */
function referenceRecords(text: string, delimiter: string) {
  const records: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let i = 0;
  const atStop = (k: number) => text[k] === delimiter || text[k] === '\r' || text[k] === '\n';
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          // Text after the closing quote, up to the delimiter, belongs to the field.
          while (i < text.length && !atStop(i)) field += text[i++];
          break;
        } else field += text[i++];
      }
    } else while (i < text.length && !atStop(i)) field += text[i++];
    cells.push(field);
    if (i >= text.length) break;
    if (text[i] === delimiter) {
      i += 1;
      if (i >= text.length) cells.push('');
    } else {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      records.push({ row: records.length + 1, cells });
      cells = [];
    }
  }
  if (cells.length > 0) records.push({ row: records.length + 1, cells });
  return records;
}

describe('sx-feed build: reading CSV', () => {
  it('splits any text into the records a character-by-character reader finds', () => {
    const pieces = ['a', '中', 'bc', ',', '\t', '"', '""', '"""', '\n', '\r\n', '\r', ' '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.constantFrom(',', '\t', ';'),
        (parts, delimiter) => {
          const text = parts.join('');
          expect(parseCsvRecords(text, delimiter)).to.deep.equal(referenceRecords(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

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
