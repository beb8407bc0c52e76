/**
 * The feed format: the contract between organisers (who publish it), the SDK (which validates it)
 * and every widget (which shows it). These interfaces describe a feed *after* validation: every
 * instant carries an offset, every URL is http(s)/mailto/tel, every list exists (possibly empty).
 *
 * Field names are the public contract (documented in README.md and in the shipped JSON Schema).
 * Other fields in a feed are ignored.
 */

/** `major.minor`. A reader accepts every minor of the major it knows; an unknown major is fatal. */
export type SchemaVersion = `${number}.${number}`;

/** The schema major this SDK reads. */
export const SCHEMA_MAJOR = 1;
/** The schema version this SDK writes. */
export const SCHEMA_VERSION: SchemaVersion = '1.0';

/** An ISO 8601 instant with an offset, e.g. `2025-05-24T09:00:00+08:00`. */
export type IsoInstant = string;
/** An ISO 8601 calendar date, `YYYY-MM-DD`, read in the edition's time zone. */
export type IsoDate = string;
/** A URL whose scheme is `http:`, `https:`, `mailto:` or `tel:` (anything else is dropped). */
export type SafeUrl = string;
/** A GB/T 2260 administrative division code, e.g. `140100` (Taiyuan). */
export type DivisionCode = string;

/** A controlled-vocabulary entry with its display names (topics, categories, kinds…). */
export interface Term {
  id: string;
  zh: string;
  en: string;
}

export interface ImageRef {
  src: SafeUrl;
  /** Required: an image without a text alternative is reported and dropped. */
  alt: string;
}

export interface Milestone {
  /** `start`, `workers-day`, `end`, `report-deadline`, or any id of the edition's own. */
  id: string;
  label: string;
  labelEn?: string;
  instant: IsoInstant;
}

export interface Contact {
  organisation: string;
  organisationEn?: string;
  phones: string[];
  emails: string[];
}

/** A city of the region, with its place on the schematic tile map. */
export interface RegionCity {
  code: DivisionCode;
  name: string;
  short: string;
  nameEn: string;
  /** WGS84 centre; absent when the feed gives none (or an invalid one): the city is not drawn. */
  lat?: number;
  lng?: number;
  /**
   * Cell of the schematic tile-grid map (0-based column and row); absent when the feed gives none
   * (or an invalid one): the city keeps its records but has no tile.
   */
  tile?: { col: number; row: number };
}

export interface Edition {
  id: string;
  title: string;
  titleEn?: string;
  theme: string;
  themeEn?: string;
  /** Division code of the region, e.g. `140000` (Shanxi). */
  region: DivisionCode;
  regionName?: string;
  regionNameEn?: string;
  /** IANA time zone every displayed time is shown in, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** First day of the week (inclusive), in `timeZone`. */
  start: IsoDate;
  /** Last day of the week (inclusive), in `timeZone`. */
  end: IsoDate;
  /** Where the dates come from when the source does not state them (e.g. "5月下旬至6月上旬"). */
  datesNote?: { inferred: boolean; basis: string };
  milestones: Milestone[];
  organisers: string[];
  organisersEn?: string[];
  contacts: Contact[];
  topics: Term[];
  /** Activity forms (展览展示, 专家讲座…). */
  categories: Term[];
  audiences: Term[];
  /** Kinds of facility that open to the public (重点实验室…). */
  labKinds: Term[];
  /** Honours a story may name (国家科学技术奖…). */
  awards: Term[];
  /** Facets of 科学家精神. */
  spiritFacets: Term[];
  /** The region's cities: names, centres and schematic-map tiles. */
  cities: RegionCity[];
  docNumber?: string;
  publishedAt?: IsoInstant;
  officialUrl?: SafeUrl;
  /** What organisers must report after the week. */
  report?: { deadline: IsoInstant; videoMaxMinutes?: number; note?: string };
  nextEdition?: { title: string; url?: SafeUrl; start?: IsoDate };
  /** True when the records are samples for previews, not the real programme. */
  sample: boolean;
}

export interface Venue {
  name: string;
  nameEn?: string;
  address?: string;
  addressEn?: string;
  /** WGS84. */
  lat?: number;
  lng?: number;
}

export interface OnlineLocation {
  url: SafeUrl;
  platform?: string;
  platformEn?: string;
}

export interface Registration {
  required: boolean;
  url?: SafeUrl;
  capacity?: number;
  deadline?: IsoInstant;
}

/**
 * One activity of the week's programme (a record of the feed's `events`; "Event" in the README and
 * `SxEvent` in the JSON Schema). Not a DOM event: those are the `Sx…Event` classes the widgets fire.
 */
export interface ProgrammeEvent {
  id: string;
  title: string;
  titleEn?: string;
  summary?: string;
  summaryEn?: string;
  /** A `Term.id` of `edition.categories`. */
  category: string;
  /** `Term.id`s of `edition.topics`. */
  topics: string[];
  /** `Term.id`s of `edition.audiences`. */
  audience: string[];
  city: DivisionCode;
  /** At least one of `venue` and `online`. */
  venue?: Venue;
  online?: OnlineLocation;
  start: IsoInstant;
  end: IsoInstant;
  /**
   * The event fills whole days: `start` is 00:00 of its first day and `end` 00:00 after its last
   * day, in the edition's time zone (end exclusive, as iCalendar's `VALUE=DATE`). Shown as 全天 /
   * "All day", never as 00:00–23:59.
   */
  allDay?: boolean;
  organiser: string;
  organiserEn?: string;
  /** Absent when the feed does not say: unknown, never assumed free. */
  free?: boolean;
  /** What a paid event costs, as the organiser wrote it (`20元/人`). */
  price?: string;
  registration?: Registration;
  url?: SafeUrl;
  image?: ImageRef;
  accessibility?: string;
  accessibilityEn?: string;
  /** A preview record, not a real activity. */
  sample?: boolean;
}

/** @deprecated Use `ProgrammeEvent`: the same record, renamed so it does not read as a DOM event. */
export type SxEvent = ProgrammeEvent;

export interface Booking {
  required: boolean;
  url?: SafeUrl;
  capacity?: number;
}

export interface LabOpening {
  start: IsoInstant;
  end: IsoInstant;
  booking?: Booking;
  notes?: string;
  notesEn?: string;
}

export interface Lab {
  id: string;
  name: string;
  nameEn?: string;
  /** A `Term.id` of `edition.labKinds`. */
  kind: string;
  host: string;
  hostEn?: string;
  city: DivisionCode;
  /** WGS84; `precise: false` when the point is approximate (from a street address). */
  location: { lat: number; lng: number; address?: string; addressEn?: string; precise?: boolean };
  topics: string[];
  summary?: string;
  summaryEn?: string;
  openings: LabOpening[];
  contact?: { phone?: string; email?: string };
  url?: SafeUrl;
  image?: ImageRef;
  sample?: boolean;
}

export interface Honour {
  /** A `Term.id` of `edition.awards`, or free text for an award not in the list. */
  award: string;
  year?: number;
}

export interface Story {
  id: string;
  name: string;
  nameEn?: string;
  affiliation: string;
  affiliationEn?: string;
  honours: Honour[];
  headline: string;
  headlineEn?: string;
  summary: string;
  summaryEn?: string;
  /** Plain-text paragraphs (never HTML). */
  body: string[];
  /** English paragraphs, when the story has a translation. */
  bodyEn?: string[];
  /** Only a real quote, with where it was published. */
  quote?: { text: string; source: { title: string; url?: SafeUrl } };
  /** `Term.id`s of `edition.spiritFacets`. */
  spirit: string[];
  topics: string[];
  image?: ImageRef;
  source?: { title: string; url?: SafeUrl };
  publishedAt?: IsoInstant;
  sample?: boolean;
}

/** Where a resource's records live when the feed is a manifest: one URL, or one URL per city. */
export type ResourceRef = string | { byCity: Record<DivisionCode, string> };

/** A small document that names the edition and where the (large) resources are. */
export interface FeedManifest {
  schemaVersion: SchemaVersion;
  edition: Edition;
  updatedAt?: IsoInstant;
  /** URLs relative to the manifest's own URL. */
  resources: { events?: ResourceRef; labs?: ResourceRef; stories?: ResourceRef };
}

/** Everything in one document. */
export interface FeedDocument {
  schemaVersion: SchemaVersion;
  edition: Edition;
  updatedAt?: IsoInstant;
  events: ProgrammeEvent[];
  labs: Lab[];
  stories: Story[];
}

export type Severity = 'error' | 'warning';

/** One thing wrong with a feed: `path` names where (`events[17].start`), `message` says what. */
export interface FeedIssue {
  path: string;
  /** An English sentence for developers' consoles; people read `issueText(issue, lang)`. */
  message: string;
  severity: Severity;
  /** What kind of problem, stable across versions (`url.scheme`, `record.duplicate-id` …). */
  code?: string;
  /** The values the message names (the field, the value, the limit …), for translations. */
  params?: Record<string, string | number>;
}

/** The outcome of validating a part of a feed: every good record, and what was wrong. */
export interface Validated<T> {
  value: T;
  issues: FeedIssue[];
}
