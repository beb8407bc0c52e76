/**
 * Building blocks of the feed schemas. These valibot schemas are the single source of the feed's
 * rules: they give the TypeScript types a check (test/sdk/schema-types.test.ts), the published
 * JSON Schema and, reduced to plain data, the rules the SDK reads feeds with.
 *
 * Two rules apply to every string when the SDK reads a feed, so they are not repeated here: it is
 * trimmed, and it is plain text (kept as text, never parsed as markup).
 */
import * as v from 'valibot';
import { isIsoDate, normaliseInstant } from '../instant.js';
import { safeUrl } from '../safe-url.js';
import { isTimeZone } from '../zone-offset.js';
import type { FormatName } from '../spec-types.js';

/** Length caps, in UTF-16 code units. Longer plain text is shortened (with a warning) on reading. */
export const MAX = {
  id: 100,
  label: 200,
  title: 200,
  address: 300,
  alt: 500,
  note: 1000,
  summary: 2000,
  paragraph: 5000,
  url: 2000,
  short: 100,
} as const;

/** Non-empty plain text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** Optional plain text of at most `max` characters. */
export const optionalText = (max: number) => v.optional(text(max));

/** A list that may be left out of the feed and then reads as empty. */
export const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item), []);

/** A record id: letters, digits and `._:-`, up to 100 characters, unique within its resource. */
export const recordId = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/,
    'must be 1–100 letters, digits, dots, colons, hyphens or underscores',
  ),
);

/** A vocabulary id (`health`, `open-day`…): lower-case letters, digits and hyphens. */
export const termId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,49}$/, 'must be a lower-case id such as open-day'),
);

/** A GB/T 2260 division code such as `140100`. */
export const divisionCode = v.pipe(
  v.string(),
  v.regex(/^\d{6}$/, 'must be a six-digit division code such as 140100'),
);

const isSafeUrl = (value: string) => safeUrl(value) !== undefined;
const isInstant = (value: string) => normaliseInstant(value, 'UTC') !== undefined;

/** An absolute `http:`, `https:`, `mailto:` or `tel:` URL. */
export const url = v.pipe(
  v.string(),
  v.maxLength(MAX.url),
  v.regex(
    /^(?:https?:\/\/|mailto:|tel:)\S+$/,
    'is not an absolute http, https, mailto or tel link',
  ),
  v.check(isSafeUrl, 'is not an absolute http, https, mailto or tel link'),
);

/** An ISO 8601 date and time; without an offset it is read in the edition's time zone. */
export const instant = v.pipe(
  v.string(),
  v.regex(
    /^(?:19|2\d)\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:\d\d)?$/,
    'is not a date and time like 2025-05-30T14:00:00+08:00',
  ),
  v.check(isInstant, 'is not a date and time like 2025-05-30T14:00:00+08:00'),
);

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = v.pipe(
  v.string(),
  v.isoDate('is not a calendar date like 2025-05-30'),
  v.check(isIsoDate, 'is not a calendar date like 2025-05-30'),
);

/** An IANA time zone the platform knows, e.g. `Asia/Shanghai`. */
export const timeZone = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/, 'is not an IANA time zone such as Asia/Shanghai'),
  v.check(isTimeZone, 'is not an IANA time zone such as Asia/Shanghai'),
);

/** An email address (only its shape is checked). */
export const email = v.pipe(
  v.string(),
  v.maxLength(254),
  v.regex(/^[^\s@]+@[^\s@]+$/, 'is not an email address'),
);

export const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
export const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));

/** A count of people or places: a whole number from 0. */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The issue code of each pattern's message (see `to-runtime-spec.ts` and issue-messages.ts). */
export const PATTERN_CODES = new Map<string, string>([
  ['must be 1–100 letters, digits, dots, colons, hyphens or underscores', 'id.pattern'],
  ['must be a lower-case id such as open-day', 'term.pattern'],
  ['must be a six-digit division code such as 140100', 'division.pattern'],
  ['is not an email address', 'email.pattern'],
]);

/** Which `check` stands for which runtime format (see `to-runtime-spec.ts`). */
export const FORMAT_CHECKS = new Map<unknown, FormatName>([
  [isSafeUrl, 'url'],
  [isInstant, 'instant'],
  [isIsoDate, 'date'],
  [isTimeZone, 'timeZone'],
]);

/** A picture with its required text alternative. */
export const imageRef = v.object({ src: url, alt: text(MAX.alt) });
