/**
 * `sx-feed stats`: the figures a user reads in the terminal, the CSV and the HTML report are the
 * same numbers, counted as the issue defines them (absent `free` is unknown, several-day events
 * count on each day), and feed text never becomes markup in the report.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { ORGANISER_MESSAGES } from '../../cli/messages-organiser.js';
import { computeStats, type FeedStats } from '../../cli/stats/compute.js';
import { dayName, rowName } from '../../cli/stats/names.js';
import { startServer } from '../../cli/serve.js';
import { runCli, tempDir } from '../support/cli-harness.js';
import { testEdition, testEvent, testLab, testStory } from '../support/fixture-edition.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

function feed() {
  const edition = { ...testEdition(), sample: false };
  const { free: _free, ...unknownFee } = testEvent();
  return {
    schemaVersion: '1.0',
    edition,
    events: [
      testEvent({ id: 'a' }),
      testEvent({ id: 'b', free: false, price: '20元', city: edition.cities[1]!.code }),
      { ...unknownFee, id: 'c', registration: undefined },
      testEvent({
        id: 'd',
        venue: undefined,
        online: { url: 'https://example.org/live' },
        registration: { required: true },
        // Three days: 29, 30 and 31 May.
        start: '2025-05-29T10:00:00+08:00',
        end: '2025-05-31T18:00:00+08:00',
      }),
    ],
    labs: [
      testLab({ id: 'l1' }),
      testLab({
        id: 'l2',
        openings: [
          { start: '2025-05-24T09:00:00+08:00', end: '2025-05-24T12:00:00+08:00' },
          { start: '2025-05-24T14:00:00+08:00', end: '2025-05-24T17:00:00+08:00' },
          { start: '2025-05-25T09:00:00+08:00', end: '2025-05-25T12:00:00+08:00' },
        ],
      }),
    ],
    stories: [
      testStory({ id: 's1' }),
      testStory({ id: 's2', honours: [{ award: HOSTILE }] }),
      testStory({ id: 's3', honours: [] }),
    ],
  };
}

type Figures = Map<string, number>;
const figure = (table: string, name: string, measure: string) => `${table}|${name}|${measure}`;

/** What the terminal shows: the row names and numbers under each table heading. */
function fromText(text: string, stats: FeedStats, lang: 'en' | 'zh-CN'): Figures {
  const s = ORGANISER_MESSAGES[lang].stats;
  const figures: Figures = new Map();
  const lines = text.split('\n');
  for (const table of stats.tables) {
    let at = lines.findIndex((line) => line.startsWith(s.tables[table.id] + ' '));
    expect(at, table.id).to.be.greaterThan(-1);
    at += 2; // heading, rule
    for (; at < lines.length && lines[at]!.trim(); at++) {
      const match = /^(.*?)((?:\s+\d+)+)\s*$/.exec(lines[at]!)!;
      const numbers = match[2]!.trim().split(/\s+/).map(Number);
      table.measures.forEach((m, i) =>
        figures.set(figure(table.id, match[1]!.trim(), m), numbers[i]!),
      );
    }
  }
  return figures;
}

function fromCsv(csv: string, lang: 'en' | 'zh-CN'): Figures {
  const s = ORGANISER_MESSAGES[lang].stats;
  const tableIds = new Map(Object.entries(s.tables).map(([id, name]) => [name, id]));
  const measures = new Map(Object.entries(s.measures).map(([id, name]) => [name, id]));
  const figures: Figures = new Map();
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)) {
    // No name in this fixture holds a comma or a quote, except the hostile award (quoted).
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const [table, , name, measure, count] = cells.map((c) =>
      c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c,
    );
    figures.set(figure(tableIds.get(table!)!, name!, measures.get(measure!)!), Number(count));
  }
  return figures;
}

function fromHtml(html: string): Figures {
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const figures: Figures = new Map();
  for (const [, id, body] of html.matchAll(/<table data-table="(\w+)"[^>]*>([\s\S]*?)<\/table>/g)) {
    for (const [, name, cells] of body!.matchAll(/<th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)) {
      for (const [, measure, value] of cells!.matchAll(/<td data-measure="(\w+)">(\d+)<\/td>/g)) {
        figures.set(figure(id!, unescape(name!), measure!), Number(value));
      }
    }
  }
  expect(figures.size).to.be.greaterThan(0);
  return figures;
}

function expected(stats: FeedStats, lang: 'en' | 'zh-CN'): Figures {
  const figures: Figures = new Map();
  for (const table of stats.tables) {
    for (const row of table.rows) {
      table.measures.forEach((m, i) =>
        figures.set(figure(table.id, rowName(table, row, lang), m), row.values[i]!),
      );
    }
  }
  return figures;
}

const value = (stats: FeedStats, table: string, key: string, i = 0) =>
  stats.tables.find((t) => t.id === table)!.rows.find((r) => r.key === key)!.values[i];

describe('sx-feed stats', () => {
  let dir: string;
  let remove: () => Promise<void>;
  before(async () => {
    ({ dir, remove } = await tempDir());
    await writeFile(join(dir, 'feed.json'), JSON.stringify(feed()));
  });
  after(() => remove());

  it('counts as the summary defines: unknown fee is never free, days run, open days are distinct', () => {
    const f = feed();
    const stats = computeStats(f as never);
    expect(value(stats, 'fee', 'free')).to.equal(2);
    expect(value(stats, 'fee', 'paid')).to.equal(1);
    expect(value(stats, 'fee', 'unknown')).to.equal(1);
    expect(value(stats, 'form', 'online')).to.equal(1);
    expect(value(stats, 'form', 'onsite')).to.equal(3);
    expect(value(stats, 'registration', 'required')).to.equal(1);
    expect(value(stats, 'registration', 'unknown')).to.equal(1);
    expect(value(stats, 'day', '2025-05-29')).to.equal(1);
    expect(value(stats, 'day', '2025-05-30')).to.equal(4);
    expect(value(stats, 'day', '2025-05-31')).to.equal(1);
    expect(value(stats, 'labCity', '140100', 1)).to.equal(3); // 1 + 2 distinct days
    expect(value(stats, 'honour', 'none')).to.equal(1);
    expect(value(stats, 'honour', HOSTILE)).to.equal(1);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows the same numbers in the terminal, the CSV and the HTML (${lang})`, async () => {
      const run = await runCli(
        [
          'stats',
          'feed.json',
          '--csv',
          `s-${lang}.csv`,
          '--html',
          `s-${lang}.html`,
          '--lang',
          lang,
        ],
        dir,
        lang,
      );
      expect(run.code, run.stderr).to.equal(0);
      const stats = computeStats(feed() as never);
      const want = expected(stats, lang);
      const csv = await readFile(join(dir, `s-${lang}.csv`), 'utf8');
      const html = await readFile(join(dir, `s-${lang}.html`), 'utf8');
      expect(csv.startsWith('\uFEFF'), 'BOM').to.equal(true);
      expect(Object.fromEntries(fromText(run.stdout, stats, lang))).to.deep.equal(
        Object.fromEntries(want),
      );
      expect(Object.fromEntries(fromCsv(csv, lang))).to.deep.equal(Object.fromEntries(want));
      expect(Object.fromEntries(fromHtml(html))).to.deep.equal(Object.fromEntries(want));
      expect(html).to.include('data-totals="4,2,3,3"');
    });
  }

  it('never turns feed text into markup in the report', async () => {
    const run = await runCli(['stats', 'feed.json', '--html', 'r.html'], dir);
    expect(run.code).to.equal(0);
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html).not.to.include('<img');
    expect(html).to.include('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<svg /g)).to.have.length(3);
  });

  it('reads a feed from a URL as from a file', async () => {
    const server = await startServer(dir, 0);
    try {
      const run = await runCli(['stats', `${server.url}feed.json`], dir);
      expect(run.code, run.stderr).to.equal(0);
      expect(run.stdout).to.equal((await runCli(['stats', 'feed.json'], dir)).stdout);
    } finally {
      await server.close();
    }
  });

  it('says what is wrong with a missing feed, exit 2', async () => {
    const run = await runCli(['stats', 'nowhere.json'], dir);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/nowhere\.json/);
  });
});

describe('sx-feed help for the organisers’ commands', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`lists stats and bundle with the other commands, and explains each (${lang})`, async () => {
      const main = await runCli(['--help'], process.cwd(), lang);
      const lines = main.stdout.split('\n');
      const serve = lines.findIndex((line) => /^\s+serve\b/.test(line));
      expect(lines[serve + 1]).to.match(/^\s+stats\b/);
      expect(lines[serve + 2]).to.match(/^\s+bundle\b/);
      for (const command of ['stats', 'bundle']) {
        const help = await runCli([command, '--help'], process.cwd(), lang);
        expect(help.code).to.equal(0);
        expect(help.stdout).to.match(lang === 'en' ? /^Usage: sx-feed / : /^用法:sx-feed /);
      }
    });
  }
});

describe('sx-feed stats day names', () => {
  it('name each weekday as Intl does, in both languages (the table that replaced Intl)', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short' });
      for (let day = 24; day < 31; day++) {
        const key = `2025-05-${day}`;
        const weekday = intl.format(new Date(`${key}T00:00:00Z`));
        expect(dayName(key, lang)).to.equal(
          lang === 'en' ? `${weekday} ${day} May` : `5月${day}日 ${weekday}`,
        );
      }
    }
    expect(dayName('2025-05-24', 'zh-CN')).to.equal('5月24日 周六');
  });
});
