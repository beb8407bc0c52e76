import * as v from 'valibot';
import {
  MAX,
  count,
  divisionCode,
  email,
  instant,
  isoDate,
  latitude,
  list,
  longitude,
  optionalText,
  termId,
  text,
  timeZone,
  url,
} from './common.js';

export const termSchema = v.object({ id: termId, zh: text(MAX.short), en: text(MAX.short) });

export const milestoneSchema = v.object({
  id: termId,
  label: text(MAX.label),
  labelEn: optionalText(MAX.label),
  instant,
});

export const contactSchema = v.object({
  organisation: text(MAX.label),
  organisationEn: optionalText(MAX.label),
  phones: list(text(50)),
  emails: list(email),
});

export const regionCitySchema = v.object({
  code: divisionCode,
  name: text(MAX.short),
  short: text(MAX.short),
  nameEn: text(MAX.short),
  // Where the city is drawn is presentation: a bad centre or tile costs only that field (a city
  // dropped for it would drop every event and lab in it).
  lat: v.optional(latitude),
  lng: v.optional(longitude),
  tile: v.optional(
    v.object({
      col: v.pipe(count, v.maxValue(50)),
      row: v.pipe(count, v.maxValue(50)),
    }),
  ),
});

export const editionSchema = v.pipe(
  v.object({
    id: termId,
    title: text(MAX.title),
    titleEn: optionalText(MAX.title),
    theme: text(MAX.title),
    themeEn: optionalText(MAX.title),
    region: divisionCode,
    regionName: optionalText(MAX.short),
    regionNameEn: optionalText(MAX.short),
    timeZone,
    start: isoDate,
    end: isoDate,
    datesNote: v.optional(v.object({ inferred: v.boolean(), basis: text(MAX.note) })),
    milestones: list(milestoneSchema),
    organisers: list(text(MAX.label)),
    organisersEn: v.optional(v.array(text(MAX.label))),
    contacts: list(contactSchema),
    topics: list(termSchema),
    categories: list(termSchema),
    audiences: list(termSchema),
    labKinds: list(termSchema),
    awards: list(termSchema),
    spiritFacets: list(termSchema),
    cities: v.pipe(v.array(regionCitySchema), v.minLength(1)),
    docNumber: optionalText(MAX.short),
    publishedAt: v.optional(instant),
    officialUrl: v.optional(url),
    report: v.optional(
      v.object({
        deadline: instant,
        videoMaxMinutes: v.optional(v.pipe(v.number(), v.minValue(0))),
        note: optionalText(MAX.summary),
      }),
    ),
    nextEdition: v.optional(
      v.object({ title: text(MAX.title), url: v.optional(url), start: v.optional(isoDate) }),
    ),
    sample: v.optional(v.boolean(), false),
  }),
  v.description(
    'One edition of the week: its dates, time zone, vocabularies and the cities of its region.',
  ),
);
