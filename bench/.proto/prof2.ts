import { readAt } from '../../src/feed/read-spec.js';
import { EVENT_SPEC } from '../../src/feed/schema/runtime-spec.js';
import { validateEdition } from '../../src/feed/validate.js';
import { testEdition } from '../../test/support/fixture-edition.js';
import { generateRawEvents } from '../../test/support/generate-events.js';
const edition = validateEdition(testEdition()).value;
const e = generateRawEvents(edition, 5000, 2025) as any[];
const c: number[] = [];
for (let i = 0; i < 200; i++) { const u = process.cpuUsage(); const ctx = { timeZone: 'Asia/Shanghai', issues: [], base: '', keys: [] }; for (let i = 0; i < e.length; i++) readAt(EVENT_SPEC, e[i], 'events', ctx); const d = process.cpuUsage(u); c.push((d.user + d.system) / 1000); }
c.sort((a, b) => a - b); console.log('cpu median', c[100].toFixed(1), 'min', c[0].toFixed(1));
