/** The sheet readers of `sx-feed`: CSV, encodings, headers, dates and cells. */
import { expect } from 'chai';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { cityIndex, parseBoolean, resolveCity, resolveTerms, termIndex } from '../../cli/cells.js';
import { mapHeader } from '../../cli/columns.js';
import { parseCsv, toCsv } from '../../cli/csv.js';
import { decodeSheet } from '../../cli/encoding.js';
import { parseInstantCell, resolveSpan, type SpanCells } from '../../cli/parse-datetime.js';
import { testEdition } from '../support/fixture-edition.js';

describe('sx-feed sheet reading', () => {
  describe('CSV (RFC 4180)', () => {
    it('reads quoted fields with commas, line breaks and doubled quotes', () => {
      const text = 'a,b,c\r\n"x, y","line 1\r\nline 2","say ""hi"""\r\n';
      const table = parseCsv(text);
      expect(table.header).to.deep.equal(['a', 'b', 'c']);
      expect(table.rows).to.deep.equal([
        { row: 2, cells: ['x, y', 'line 1\r\nline 2', 'say "hi"'] },
      ]);
    });

    it('reads LF, CRLF and lone-CR line ends alike, with or without a final newline', () => {
      const expected = [
        { row: 2, cells: ['1', '2'] },
        { row: 3, cells: ['3', '4'] },
      ];
      for (const text of ['a,b\n1,2\n3,4\n', 'a,b\r\n1,2\r\n3,4', 'a,b\r1,2\r3,4\r']) {
        expect(parseCsv(text).rows, JSON.stringify(text)).to.deep.equal(expected);
      }
    });

    it('skips blank rows but keeps the spreadsheet row numbers of the others', () => {
      const table = parseCsv('a,b\n\n1,2\n , \n,,\n3,4\n');
      expect(table.rows.map((r) => r.row)).to.deep.equal([3, 6]);
    });

    it('numbers a row after a multi-line cell by the record, as a spreadsheet does', () => {
      const table = parseCsv('a,b\n"multi\nline",x\nnext,y\n');
      expect(table.rows.map((r) => [r.row, r.cells[0]])).to.deep.equal([
        [2, 'multi\nline'],
        [3, 'next'],
      ]);
    });

    it('strips a byte-order mark so the first header matches', () => {
      expect(parseCsv('\uFEFF标题,城市\nx,y').header).to.deep.equal(['标题', '城市']);
    });

    it("reads Excel's tab-separated Unicode text", () => {
      const table = parseCsv('标题\t城市\n有, 逗号\t太原\n');
      expect(table.delimiter).to.equal('\t');
      expect(table.rows[0]!.cells).to.deep.equal(['有, 逗号', '太原']);
    });

    it('writes what it reads', () => {
      const rows = [
        ['a', 'b,c'],
        ['"q"', 'x\ny'],
      ];
      const table = parseCsv(toCsv(rows));
      expect([table.header, ...table.rows.map((r) => r.cells)]).to.deep.equal(rows);
    });
  });

  describe('encodings', () => {
    const text = '标题,城市\n科技周,太原\n';

    it('reads UTF-8 without a BOM', () => {
      expect(decodeSheet(Buffer.from(text))).to.deep.equal({ text, encoding: 'utf-8' });
    });

    it('reads any UTF-8 as the strict TextDecoder does, and refuses what it refuses', () => {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const asDecoder = (bytes: Uint8Array) => {
        try {
          return decoder.decode(bytes);
        } catch {
          return undefined;
        }
      };
      // What decodeSheet always did: its own BOM strip, then the decoder (which drops one more).
      const expected = (bytes: Uint8Array) =>
        bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
          ? asDecoder(bytes.subarray(3))
          : asDecoder(bytes);
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), fc.nat(3), (s, boms) => {
          const bytes = Buffer.from('\uFEFF'.repeat(boms) + s);
          expect(decodeSheet(bytes, 'utf8').text).to.equal(expected(bytes));
        }),
      );
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
          const read = expected(bytes);
          if (read === undefined) expect(() => decodeSheet(bytes, 'utf8')).to.throw();
          else expect(decodeSheet(bytes, 'utf8').text).to.equal(read);
        }),
      );
    });

    it('reads UTF-8 with a BOM and strips it', () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      expect(decodeSheet(bytes)).to.deep.equal({ text, encoding: 'utf-8-bom' });
    });

    it('detects GBK (what Excel on a Chinese Windows saves)', () => {
      expect(decodeSheet(iconv.encode(text, 'gbk'))).to.deep.equal({ text, encoding: 'gb18030' });
    });

    it('reads GBK when told to, and refuses GBK bytes forced as UTF-8', () => {
      const gbk = iconv.encode(text, 'gbk');
      expect(decodeSheet(gbk, 'gbk').text).to.equal(text);
      expect(() => decodeSheet(gbk, 'utf8')).to.throw(TypeError);
    });

    it('reads UTF-16 with a BOM', () => {
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      expect(decodeSheet(bytes).text).to.equal(text);
    });
  });

  describe('headers', () => {
    it('accepts Chinese names, English keys and synonyms, ignoring case, spaces and markers', () => {
      const map = mapHeader('events', [
        '标题（必填）',
        'Category',
        'city',
        '活动地点',
        'start_time',
        '结束时间*',
        'organizer',
        '英文标题',
      ]);
      expect([...map.index.keys()]).to.deep.equal([
        'title',
        'category',
        'city',
        'venue',
        'start',
        'end',
        'organiser',
        'titleEn',
      ]);
      expect(map.missing).to.deep.equal([]);
      expect(map.unknown).to.deep.equal([]);
    });

    it('lists unknown, repeated and missing required columns', () => {
      const map = mapHeader('events', ['标题', 'title', '备忘']);
      expect(map.unknown).to.deep.equal([{ index: 2, header: '备忘' }]);
      expect(map.duplicate).to.deep.equal([{ index: 1, header: 'title', key: 'title' }]);
      expect(map.missing.map((spec) => spec.zh)).to.deep.equal([
        '活动形式',
        '城市',
        '主办单位',
        '开始时间',
      ]);
    });
  });

  describe('dates and times, read in the edition time zone', () => {
    const ctx = { timeZone: 'Asia/Shanghai', year: 2025 };
    const span = (cells: SpanCells) => {
      const result = resolveSpan(cells, ctx);
      return result.ok ? [result.start, result.end] : result;
    };
    const afternoon = ['2025-05-30T14:00:00+08:00', '2025-05-30T16:00:00+08:00'];

    const sameAfternoon: [string, SpanCells][] = [
      ['ISO with space', { start: '2025-05-30 14:00', end: '2025-05-30 16:00' }],
      ['ISO with T', { start: '2025-05-30T14:00', end: '2025-05-30T16:00' }],
      ['Excel seconds', { start: '2025-05-30 14:00:00', end: '2025-05-30 16:00:00' }],
      ['slashes', { start: '2025/5/30 14:00', end: '2025/5/30 16:00' }],
      ['month and day only', { start: '5月30日 14:00', end: '5月30日 16:00' }],
      ['with year', { start: '2025年5月30日 14:00', end: '16:00' }],
      ['date column + times', { date: '2025年5月30日', start: '14:00', end: '16:00' }],
      ['hyphen range', { date: '2025-05-30', time: '14:00-16:00' }],
      ['en dash range', { date: '5月30日', time: '14:00–16:00' }],
      ['至 range', { date: '5月30日', time: '14:00至16:00' }],
      ['range in one cell', { start: '2025-05-30 14:00-16:00' }],
      ['weekday and 下午', { start: '2025年5月30日(周五) 下午2点-4点' }],
      ['full-width', { start: '５月３０日　１４：００－１６：００' }],
      ['offset instant', { start: '2025-05-30T06:00:00Z', end: '2025-05-30T16:00:00+08:00' }],
      ['Excel serial days', { start: '45807.583333', end: '45807.666667' }],
    ];
    for (const [name, cells] of sameAfternoon) {
      it(`${name}: ${Object.values(cells).join(' | ')}`, () => {
        expect(span(cells)).to.deep.equal(afternoon);
      });
    }

    it('reads a date without times as all day, the end exclusive (00:00 after the last day)', () => {
      const result = resolveSpan({ date: '5月24日-5月31日' }, ctx);
      expect(result).to.deep.equal({
        ok: true,
        start: '2025-05-24T00:00:00+08:00',
        end: '2025-06-01T00:00:00+08:00',
        allDay: true,
        overnight: false,
      });
    });

    it('reads 24:00 as the next midnight and 半 as half past', () => {
      expect(span({ start: '2025-05-31 19:00', end: '24:00' })).to.deep.equal([
        '2025-05-31T19:00:00+08:00',
        '2025-06-01T00:00:00+08:00',
      ]);
      expect(span({ start: '5月30日 9点半', end: '11点' })).to.deep.equal([
        '2025-05-30T09:30:00+08:00',
        '2025-05-30T11:00:00+08:00',
      ]);
    });

    it('uses the zone given, not the machine zone', () => {
      const result = resolveSpan(
        { start: '2025-05-30 14:00-16:00' },
        { timeZone: 'Europe/Berlin', year: 2025 },
      );
      expect(result).to.include({ start: '2025-05-30T14:00:00+02:00' });
    });

    it('names the column and the problem when it cannot read a span', () => {
      expect(span({ start: '下周五', end: '16:00' })).to.deep.include({
        column: 'start',
        problem: 'unreadable',
      });
      expect(span({ start: '2025-02-30 14:00', end: '16:00' })).to.deep.include({
        column: 'start',
        problem: 'invalid-date',
      });
      expect(span({ start: '2025-05-30 14:00' })).to.deep.include({ problem: 'no-end-time' });
      expect(span({ start: '14:00', end: '16:00' })).to.deep.include({ problem: 'no-date' });
      expect(span({ start: '2025-05-30 16:00', end: '14:00' })).to.deep.include({
        column: 'end',
        problem: 'end-before-start',
      });
    });

    it('reads single instants, a bare date as the start or end of its day', () => {
      expect(parseInstantCell('2025年5月28日', ctx, 'end-of-day')).to.equal(
        '2025-05-28T23:59:59+08:00',
      );
      expect(parseInstantCell('2025/5/20', ctx, 'start-of-day')).to.equal(
        '2025-05-20T00:00:00+08:00',
      );
      expect(parseInstantCell('14:00-16:00', ctx, 'start-of-day')).to.equal(undefined);
    });
  });

  describe('cells', () => {
    const edition = testEdition();

    it('finds cities by full name, short name, English name, code and with the province', () => {
      const index = cityIndex(edition);
      for (const name of ['太原市', '太原', 'Taiyuan', 'taiyuan', '140100', '山西省太原市']) {
        expect(resolveCity(name, index), name).to.equal('140100');
      }
      expect(resolveCity('太园', index)).to.equal(undefined);
    });

    it('reads term lists by id, Chinese or English name, with every separator', () => {
      const index = termIndex(edition.topics);
      expect(
        resolveTerms('人工智能、aerospace，Food safety;生命健康/应急安全', index),
      ).to.deep.equal({
        ids: ['ai', 'aerospace', 'food-safety', 'health', 'emergency-safety'],
        unknown: [],
      });
      expect(resolveTerms('人工智能、量子', index)).to.deep.equal({
        ids: ['ai'],
        unknown: ['量子'],
      });
    });

    it('keeps names that contain a slash or brackets whole', () => {
      const categories = termIndex(edition.categories);
      expect(resolveTerms('科普讲解/大赛', categories).ids).to.deep.equal(['explainer-contest']);
      expect(resolveTerms('科技特派员/下乡', categories).ids).to.deep.equal(['rural-outreach']);
      const kinds = termIndex(edition.labKinds);
      for (const name of ['科普(教育)基地', '科普（教育）基地', '科普教育基地', '科普基地']) {
        expect(resolveTerms(name, kinds).ids, name).to.deep.equal(['popsci-base']);
      }
    });

    it('reads yes and no in Chinese and English', () => {
      for (const yes of ['是', 'yes', 'Y', 'TRUE', '1', '√'])
        expect(parseBoolean(yes), yes).to.equal(true);
      for (const no of ['否', 'no', 'false', '0', '×'])
        expect(parseBoolean(no), no).to.equal(false);
      expect(parseBoolean('也许')).to.equal(undefined);
    });
  });
});
