import { validateEdition, validateEvents } from '../../src/feed/validate.js';
import { testEdition } from '../../test/support/fixture-edition.js';
import { generateRawEvents } from '../../test/support/generate-events.js';
const edition = validateEdition(testEdition()).value;
const json = JSON.stringify(generateRawEvents(edition, 5000, 2025));
const t: number[] = []; const c: number[] = [];
for (let i = 0; i < 60; i++) { const e = JSON.parse(json); const s = performance.now(); const u = process.cpuUsage(); validateEvents(e, edition); const d = process.cpuUsage(u); c.push((d.user + d.system) / 1000); t.push(performance.now() - s); }
t.sort((a, b) => a - b); c.sort((a, b) => a - b); console.log('wall median', t[30].toFixed(1), 'min', t[0].toFixed(1), 'cpu median', c[30].toFixed(1), 'min', c[0].toFixed(1));
