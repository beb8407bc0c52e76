/**
 * What `sx-feed build` does to stay within its memory budget must not change what it writes:
 * events validated as their rows are read give the same records and the same report as the whole
 * list validated at the end, and data files written a thousand records at a time hold the bytes
 * (and get the names) that one `JSON.stringify` would.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { checkEvents, checkValidatedEvents } from '../../cli/check-records.js';
import { parseCsv, toCsv } from '../../cli/csv.js';
import { MESSAGES } from '../../cli/messages.js';
import { NearDuplicateIndex } from '../../cli/near-duplicates.js';
import { rowsToEvents, rowsToEventsKept } from '../../cli/rows-to-records.js';
import { hashedName, writeFeed } from '../../cli/write-feed.js';
import { eventsValidator, validateEvents } from '../../src/feed/validate.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { EVENT_HEADER, eventRow, tempDir } from '../support/cli-harness.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';
import { generateRawEvents } from '../support/generate-events.js';

describe('sx-feed build: streaming gives the same feed', () => {
  const edition = { ...testEdition(), sample: false };

  /** A sheet with every kind of row problem: repeats, near-repeats, dropped and repaired rows. */
  function sheet() {
    const rows = [EVENT_HEADER];
    for (let i = 0; i < 700; i++) {
      rows.push(
        eventRow(`ev${i % 650}`, {
          标题: i % 97 === 5 ? '走进科技馆!' : `走进科技馆 ${i}`,
          城市: i % 31 === 3 ? '纽约' : '太原',
          日期: i % 53 === 7 ? '5月40日' : '2025-05-30',
          开始时间: i % 97 === 5 ? '14:00' : `${8 + (i % 10)}:00`,
          结束时间: i % 97 === 5 ? '16:00' : `${9 + (i % 10)}:30`,
          ...(i % 41 === 9 && { 主题: '人工智能、不存在的主题' }),
        }),
      );
    }
    return parseCsv(toCsv(rows));
  }

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`reports and writes exactly what validating at the end does (${lang})`, () => {
      const m = MESSAGES[lang];
      const whole = checkEvents(
        rowsToEvents(sheet(), 'a.csv', edition, m, undefined, {
          duplicates: new NearDuplicateIndex(),
        }),
        edition,
        m,
      );
      const validator = eventsValidator(edition, 'events');
      const kept = rowsToEventsKept(
        sheet(),
        'a.csv',
        edition,
        m,
        (event) => {
          validator.add(event);
          return { id: event.id };
        },
        undefined,
        { duplicates: new NearDuplicateIndex() },
      );
      const streamed = checkValidatedEvents(kept, validator.finish(), m);
      expect(whole.issues.some((issue) => issue.severity === 'error')).to.equal(true);
      expect(JSON.stringify(streamed.records)).to.equal(JSON.stringify(whole.records));
      expect(streamed.issues).to.deep.equal(whole.issues);
      expect(streamed.stats).to.deep.equal(whole.stats);
    });
  }

  it('eventsValidator returns what validateEvents returns, issues and paths included', () => {
    const raw = generateRawEvents(edition, 900, 7) as Record<string, unknown>[];
    raw[3] = { ...raw[3], start: 'tomorrow' };
    raw[400] = { ...raw[400], id: (raw[399] as { id: string }).id };
    raw[650] = { ...raw[650], title: 'a\u202Eb', topics: ['nope'] };
    const validator = eventsValidator(edition, 'events');
    for (const event of structuredClone(raw)) validator.add(event);
    const streamed = validator.finish();
    const whole = validateEvents(structuredClone(raw), edition, 'events');
    expect(streamed.issues.length).to.be.greaterThan(2);
    expect(streamed.issues).to.deep.equal(whole.issues);
    expect(JSON.stringify(streamed.value)).to.equal(JSON.stringify(whole.value));
  });

  it('writes data files in pieces with the bytes and names of one JSON.stringify', async () => {
    const { dir, remove } = await tempDir('sx-stream-');
    try {
      const events: ProgrammeEvent[] = Array.from({ length: 2345 }, (_, i) =>
        testEvent({ id: `e${i}`, title: `活动 "${i}"` }),
      );
      const written = await writeFeed(
        dir,
        { edition, events, labs: [], stories: [] },
        {
          now: new Date('2025-05-28T10:00:00+08:00'),
        },
      );
      const expected = [
        [hashedName('events', JSON.stringify(events)), JSON.stringify(events)],
        [hashedName('labs', '[]'), '[]'],
        [hashedName('stories', '[]'), '[]'],
      ];
      for (const [name, body] of expected) {
        expect(written.files).to.include(name);
        expect(await readFile(join(dir, name!), 'utf8')).to.equal(body);
      }
      // No temporary file is left behind.
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).to.deep.equal([]);
    } finally {
      await remove();
    }
  });
});
