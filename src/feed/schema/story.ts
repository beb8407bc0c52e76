import * as v from 'valibot';
import {
  MAX,
  imageRef,
  instant,
  list,
  optionalText,
  recordId,
  termId,
  text,
  url,
} from './common.js';

const sourceSchema = v.object({ title: text(MAX.address), url: v.optional(url) });

export const storySchema = v.pipe(
  v.object({
    id: recordId,
    name: text(MAX.short),
    nameEn: optionalText(MAX.short),
    affiliation: text(MAX.label),
    affiliationEn: optionalText(MAX.label),
    honours: list(
      v.object({
        award: text(MAX.label),
        year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2999))),
      }),
    ),
    headline: text(MAX.title),
    headlineEn: optionalText(MAX.title),
    summary: text(MAX.summary),
    summaryEn: optionalText(MAX.summary),
    body: list(text(MAX.paragraph)),
    bodyEn: v.optional(v.array(text(MAX.paragraph))),
    quote: v.optional(v.object({ text: text(MAX.summary), source: sourceSchema })),
    spirit: list(termId),
    topics: list(termId),
    image: v.optional(imageRef),
    source: v.optional(sourceSchema),
    publishedAt: v.optional(instant),
    sample: v.optional(v.boolean()),
  }),
  v.description(
    'A story of a science worker: plain-text paragraphs, and a quote only with where it was published.',
  ),
);
