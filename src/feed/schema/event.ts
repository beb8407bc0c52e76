import * as v from 'valibot';
import {
  MAX,
  count,
  divisionCode,
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

export const venueSchema = v.object({
  name: text(MAX.label),
  nameEn: optionalText(MAX.label),
  address: optionalText(MAX.address),
  addressEn: optionalText(MAX.address),
  lat: v.optional(latitude),
  lng: v.optional(longitude),
});

export const eventSchema = v.pipe(
  v.object({
    id: recordId,
    title: text(MAX.title),
    titleEn: optionalText(MAX.title),
    summary: optionalText(MAX.summary),
    summaryEn: optionalText(MAX.summary),
    category: termId,
    topics: list(termId),
    audience: list(termId),
    city: divisionCode,
    venue: v.optional(venueSchema),
    online: v.optional(
      v.object({ url, platform: optionalText(MAX.short), platformEn: optionalText(MAX.short) }),
    ),
    start: instant,
    end: instant,
    allDay: v.optional(v.boolean()),
    organiser: text(MAX.label),
    organiserEn: optionalText(MAX.label),
    free: v.optional(v.boolean()),
    price: optionalText(MAX.short),
    registration: v.optional(
      v.object({
        required: v.optional(v.boolean(), false),
        url: v.optional(url),
        capacity: v.optional(count),
        deadline: v.optional(instant),
      }),
    ),
    url: v.optional(url),
    image: v.optional(imageRef),
    accessibility: optionalText(MAX.note),
    accessibilityEn: optionalText(MAX.note),
    sample: v.optional(v.boolean()),
  }),
  v.description(
    'One activity of the programme. It needs a venue, an online location or both; end is not before start.',
  ),
);
