import * as v from 'valibot';
const text = (n: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(n));
const url = v.pipe(v.string(), v.check((s) => /^(https?:|mailto:|tel:)/i.test(s)));
const instant = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/));
export const Event = v.object({
  id: text(100), title: text(200), titleEn: v.optional(text(200)), category: text(50), topics: v.optional(v.array(text(50)), []),
  lat: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-90), v.maxValue(90))), free: v.boolean(), url: v.optional(url), start: instant,
  x: v.union([v.string(), v.object({ byCity: v.record(v.string(), v.string()) })]), y: v.picklist(['a','b'])
});

