import { mkdtemp, cp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './cli/commands/build.js';
import { memoryIo } from './cli/io.js';
import { MESSAGES } from './cli/messages.js';
import { writeEdition, FROZEN_NOW } from './test/support/cli-harness.js';
import { formatReport } from './cli/report.js';
const dir = await mkdtemp(join(tmpdir(), 'rows-'));
await cp('test/fixtures/sheets/rows', dir, { recursive: true });
await writeEdition(join(dir, 'edition.json'));
for (const lang of ['zh-CN', 'en'] as const) {
  const { io } = memoryIo(MESSAGES[lang], () => FROZEN_NOW, dir);
  const r = await build({ edition: 'edition.json', out: 'out', events: process.argv[2] ?? 'events-taiyuan.csv', ...(process.argv[3] ? { fillDown: [process.argv[3]] } : {}) } as any, io);
  console.log(formatReport(r.issues, MESSAGES[lang]));
  if (lang === 'en') {
    const f = (await readdir(join(dir, 'out'))).find((x) => x.startsWith('events'))!;
    console.log(JSON.stringify(JSON.parse(await readFile(join(dir, 'out', f), 'utf8')).map((e: any) => ({id:e.id, city:e.city, category:e.category, start:e.start, end:e.end, allDay:e.allDay, free:e.free, price:e.price, reg:e.registration, venue: e.venue})), null, 0).replace(/\},\{/g, '}\n{'));
  }
}
