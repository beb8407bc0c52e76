import * as v from 'valibot';
import {
  MAX,
  count,
  divisionCode,
  email,
  imageRef,
  instant,
  latitude,
  list,
  longitude,
  optionalText,
  recordId,
  termId,
  text,
  url,
} from './common.js';

export const labOpeningSchema = v.object({
  start: instant,
  end: instant,
  booking: v.optional(
    v.object({
      required: v.optional(v.boolean(), false),
      url: v.optional(url),
      capacity: v.optional(count),
    }),
  ),
  notes: optionalText(MAX.note),
  notesEn: optionalText(MAX.note),
});

export const labSchema = v.pipe(
  v.object({
    id: recordId,
    name: text(MAX.title),
    nameEn: optionalText(MAX.title),
    kind: termId,
    host: text(MAX.label),
    hostEn: optionalText(MAX.label),
    city: divisionCode,
    location: v.object({
      lat: latitude,
      lng: longitude,
      address: optionalText(MAX.address),
      addressEn: optionalText(MAX.address),
      precise: v.optional(v.boolean()),
    }),
    topics: list(termId),
    summary: optionalText(MAX.summary),
    summaryEn: optionalText(MAX.summary),
    openings: list(labOpeningSchema),
    contact: v.optional(
      v.object({
        phone: optionalText(50),
        email: v.optional(email),
      }),
    ),
    url: v.optional(url),
    image: v.optional(imageRef),
    sample: v.optional(v.boolean()),
  }),
  v.description('A facility that opens to the public during the week, with its opening times.'),
);
