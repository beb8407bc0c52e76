import { normaliseInstant } from '../../src/feed/instant.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { readAt } from '../../src/feed/read-spec.js';
import { EVENT_SPEC } from '../../src/feed/schema/runtime-spec.js';
import { validateEdition } from '../../src/feed/validate.js';
import { testEdition } from '../../test/support/fixture-edition.js';
import { generateRawEvents } from '../../test/support/generate-events.js';
const edition = validateEdition(testEdition()).value;
const json = JSON.stringify(generateRawEvents(edition, 5000, 2025));
function cpu(label: string, f: (e: any[]) => void) {
  const c: number[] = [];
  for (let i = 0; i < 40; i++) { const e = JSON.parse(json); const u = process.cpuUsage(); f(e); const d = process.cpuUsage(u); c.push((d.user + d.system) / 1000); }
  c.sort((a, b) => a - b); console.log(label, 'cpu median', c[20].toFixed(1), 'min', c[0].toFixed(1));
}
cpu('noop loop', (e) => { let n = 0; for (const x of e) n += x.id.length; });
cpu('instants', (e) => { for (const x of e) { normaliseInstant(x.start, 'Asia/Shanghai'); normaliseInstant(x.end, 'Asia/Shanghai'); } });
cpu('urls', (e) => { for (const x of e) { safeUrl(x.url); safeUrl(x.registration.url); } });
cpu('readAt', (e) => { const ctx = { timeZone: 'Asia/Shanghai', issues: [], base: '', keys: [] }; for (let i = 0; i < e.length; i++) readAt(EVENT_SPEC, e[i], 'events[' + i + ']', ctx); });
cpu('date.parse', (e) => { for (const x of e) { Date.parse(x.start) < Date.parse(x.end); } });
cpu('trim', (e) => { for (const x of e) { x.title.trim(); x.summary.trim(); x.titleEn.trim(); x.organiser.trim(); } });
