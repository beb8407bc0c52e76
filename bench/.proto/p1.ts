import * as v from 'valibot';
import { testEvent } from '../../test/support/fixture-edition.js';
const text = (n: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(n));
const url = v.pipe(v.string(), v.check((s) => /^(https?:|mailto:|tel:)/i.test(s)));
const instant = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/));
const Event = v.object({
  id: text(100), title: text(200), titleEn: v.optional(text(200)), summary: v.optional(text(2000)), summaryEn: v.optional(text(2000)),
  category: text(50), topics: v.optional(v.array(text(50)), []), audience: v.optional(v.array(text(50)), []),
  city: v.pipe(v.string(), v.regex(/^\d{6}$/)),
  venue: v.optional(v.object({ name: text(200), nameEn: v.optional(text(200)), address: v.optional(text(300)), lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))), lng: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))) })),
  online: v.optional(v.object({ url, platform: v.optional(text(100)) })),
  start: instant, end: instant, organiser: text(200), organiserEn: v.optional(text(200)), free: v.boolean(),
  registration: v.optional(v.object({ required: v.boolean(), url: v.optional(url), capacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))), deadline: v.optional(instant) })),
  url: v.optional(url), image: v.optional(v.object({ src: url, alt: text(300) })), accessibility: v.optional(text(500)), sample: v.optional(v.boolean()),
});
const events = Array.from({ length: 5000 }, (_, i) => JSON.parse(JSON.stringify(testEvent({ id: 'e' + i, title: 'Title ' + i }))));
const times: number[] = [];
for (let r = 0; r < 30; r++) {
  const t = performance.now();
  let ok = 0;
  for (const e of events) if (v.safeParse(Event, e).success) ok++;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log('median', times[15].toFixed(2), 'min', times[0].toFixed(2));
