import { validateEvents, validateEdition, validateFeed } from '../../src/feed/validate.js';
import { testEdition, testEvent } from '../../test/support/fixture-edition.js';
const ed = validateEdition(testEdition()).value;
const j = (x: any) => JSON.parse(JSON.stringify(x));
const r = validateEvents([j(testEvent({ title: '' })), 'x', j({ ...testEvent({ id: 'q' }), start: 5 }), j(testEvent({ id: 'z', city: '149900' })), j(testEvent({ id: 'y', title: 'x'.repeat(300), venue: { name: 'v', lat: 100, lng: 1 } })), j({ ...testEvent({ id: 'w' }), registration: { capacity: -1 } }), j({ ...testEvent({ id: 'w2' }), topics: 'ai' })], ed);
for (const i of r.issues) console.log(i.severity, i.path, '|', i.message);
for (const bad of [undefined, { ...testEdition(), timeZone: 'X/Y' }, { ...testEdition(), cities: [{ code: 1 }] }]) { try { validateEdition(j(bad)); } catch (e: any) { console.log(e.name, e.path, '|', e.message); } }
try { validateFeed({ schemaVersion: '2.1' }); } catch (e: any) { console.log(e.name, e.path, '|', e.message); }
