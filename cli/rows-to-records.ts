/**
 * Turns sheet rows into feed records. This step only reads cells (names to ids, text to dates);
 * the SDK's validators judge the records afterwards. Every problem names its file, row and
 * column; a row with an error is left out, a row with a warning is written without the bad value.
 */
import { createHash } from 'node:crypto';
import type {
  Booking,
  Edition,
  Honour,
  Lab,
  LabOpening,
  OnlineLocation,
  Registration,
  Severity,
  Story,
  ProgrammeEvent,
  Term,
  Venue,
} from '../src/feed/types.js';

type Source = { title: string; url?: string };
import {
  cityIndex,
  nameKey,
  parseBoolean,
  parseCount,
  parseNumber,
  resolveCity,
  resolveTerm,
  resolveTerms,
  splitCell,
  termIndex,
  type CityIndex,
  type TermIndex,
} from './cells.js';
import { COLUMNS, mapHeader, type HeaderMap, type SheetKind } from './columns.js';
import type { CsvTable } from './csv.js';
import { matchDivision } from './divisions.js';
import type { Messages } from './messages.js';
import { NearDuplicateIndex } from './near-duplicates.js';
import { parseInstantCell, resolveSpan, type ZoneContext } from './parse-datetime.js';
import { prepareTable } from './prepare-table.js';
import { readFreeCell, readPaidCell, readPriceCell } from './read-free.js';
import { suggestTerms, synonymIndex, type VocabularyIndex } from './vocabulary.js';

/** `info`: a note on how a cell was read (a notes row skipped, a district mapped to its city). */
export type SheetSeverity = Severity | 'info';

/** A problem with a sheet, a row or a cell. */
export interface SheetIssue {
  file: string;
  /** Spreadsheet row (header = 1); absent for problems with the whole file. */
  row?: number;
  /** Header text of the column, as the sheet writes it. */
  column?: string;
  /** The cell as written, when the problem is about one cell. */
  value?: string;
  message: string;
  severity: SheetSeverity;
}

/** How rows are read, from the build's options. */
export interface RowOptions {
  /** Column names (as in the header, zh or en) whose blank cells take the value above. */
  fillDown?: readonly string[];
  /** `--strict`: a row marked as a sample is an error (not written), not a warning. */
  strict?: boolean;
  /**
   * Events already read by this build, from every sheet: pass one index to every call so that
   * near-duplicates across files are found. Without it, each sheet is checked on its own.
   */
  duplicates?: NearDuplicateIndex;
}

/** A record and the sheet rows it came from (a lab takes one row per opening). */
export interface Candidate<T> {
  record: T;
  /** Row of the record itself. */
  row: number;
  /** For labs: the row of each opening, in order. */
  openingRows?: number[];
}

export interface Converted<T> {
  kind: SheetKind;
  file: string;
  header: HeaderMap;
  candidates: Candidate<T>[];
  issues: SheetIssue[];
  /** Every data row of the sheet (blank rows excluded). */
  rows: number[];
}

interface Context {
  edition: Edition;
  zone: ZoneContext;
  cities: CityIndex;
  topics: TermIndex;
  categories: TermIndex;
  audiences: TermIndex;
  labKinds: TermIndex;
  awards: TermIndex;
  spirit: TermIndex;
  synonyms: { categories: VocabularyIndex; topics: VocabularyIndex; audiences: VocabularyIndex };
  m: Messages;
  /** Whether each span read (shared between rows) lies outside the edition's dates. */
  outside: WeakMap<object, boolean>;
}

const contexts = new WeakMap<Edition, WeakMap<Messages, Context>>();

function contextFor(edition: Edition, m: Messages): Context {
  let byLang = contexts.get(edition);
  if (!byLang) contexts.set(edition, (byLang = new WeakMap()));
  let ctx = byLang.get(m);
  if (!ctx) {
    ctx = {
      edition,
      zone: { timeZone: edition.timeZone, year: Number(edition.start.slice(0, 4)) },
      cities: cityIndex(edition),
      topics: termIndex(edition.topics),
      categories: termIndex(edition.categories),
      audiences: termIndex(edition.audiences),
      labKinds: termIndex(edition.labKinds),
      awards: termIndex(edition.awards),
      spirit: termIndex(edition.spiritFacets),
      synonyms: {
        categories: synonymIndex(edition.categories),
        topics: synonymIndex(edition.topics),
        audiences: synonymIndex(edition.audiences),
      },
      m,
      outside: new WeakMap(),
    };
    byLang.set(m, ctx);
  }
  return ctx;
}

/** Reads one row's cells by column key and collects its problems. */
class RowReader {
  readonly issues: SheetIssue[] = [];

  constructor(
    private readonly cells: string[],
    private readonly header: HeaderMap,
    readonly file: string,
    readonly row: number,
    /** Keys whose blank cell in this row looks left by a merged range. */
    readonly mergedBlank: ReadonlySet<string> = new Set(),
    readonly options: RowOptions = {},
  ) {}

  /** The header text of a key's column, as the sheet writes it. */
  column(key: string): string | undefined {
    return this.header.header.get(key);
  }

  /** The trimmed cell, or undefined when the column is absent or the cell blank. */
  text(key: string): string | undefined {
    const index = this.header.index.get(key);
    const value = index === undefined ? undefined : this.cells[index]?.trim();
    return value ? value : undefined;
  }

  /** The first of `keys` that the sheet has a column for. */
  present(...keys: string[]): string | undefined {
    return keys.find((key) => this.header.index.has(key));
  }

  report(key: string | undefined, message: string, severity: SheetSeverity): void {
    const issue: SheetIssue = { file: this.file, row: this.row, message, severity };
    const column = key === undefined ? undefined : this.header.header.get(key);
    if (column) issue.column = column;
    const value = key === undefined ? undefined : this.text(key);
    if (value !== undefined) issue.value = value;
    this.issues.push(issue);
  }

  info(key: string | undefined, message: string): void {
    this.report(key, message, 'info');
  }

  error(key: string | undefined, message: string): void {
    this.report(key, message, 'error');
  }

  warn(key: string | undefined, message: string): void {
    this.report(key, message, 'warning');
  }

  get failed(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/** A stable id from the fields that identify a record, for sheets without an id column. */
function derivedId(prefix: string, parts: (string | undefined)[]): string {
  const hash = createHash('sha1')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('hex');
  return `${prefix}-${hash.slice(0, 10)}`;
}

function required(r: RowReader, key: string, m: Messages): string | undefined {
  const value = r.text(key);
  if (!value) {
    const hint = r.mergedBlank.has(key) ? m.mergedCells(r.column(key) ?? key) : undefined;
    r.error(key, hint ? m.withHint(m.cellRequired(), hint) : m.cellRequired());
  }
  return value;
}

function readCity(r: RowReader, ctx: Context): string | undefined {
  const { m, edition } = ctx;
  const text = required(r, 'city', m);
  if (!text) return undefined;
  const code = resolveCity(text, ctx.cities);
  if (code) return code;
  // Not one of the edition's names: ask the national division codes (a district, another province).
  const found = matchDivision(text, edition);
  const region = edition.regionName ?? edition.region;
  if (found?.kind === 'district') {
    r.info('city', m.districtToCity(text, found.district, found.cityName, found.city));
    return found.city;
  }
  if (found?.kind === 'elsewhere') r.error('city', m.cityElsewhere(text, found.place, region));
  else if (found?.kind === 'ambiguous') r.error('city', m.cityAmbiguous(text, found.places));
  else {
    const cities = edition.cities.map((c) => ({ zh: c.short, en: c.nameEn }));
    r.error('city', m.unknownCity(text, choices(cities, ctx)));
  }
  return undefined;
}

const termLabel = (term: Term, ctx: Context) =>
  ctx.m.lang === 'en' ? `${term.zh} (${term.en})` : term.zh;

/** A synonym's term (with a note), or the terms to suggest. */
function nearTerm(
  r: RowReader,
  key: string,
  text: string,
  terms: Term[],
  synonyms: VocabularyIndex | undefined,
  ctx: Context,
): { id?: string; suggest: string[] } {
  const id = synonyms?.get(nameKey(text));
  const term = id === undefined ? undefined : terms.find((t) => t.id === id);
  if (term) {
    r.info(key, ctx.m.termSynonym(text, termLabel(term, ctx)));
    return { id: term.id, suggest: [] };
  }
  return { suggest: suggestTerms(text, terms).map((t) => termLabel(t, ctx)) };
}

function readTerm(
  r: RowReader,
  key: string,
  index: TermIndex,
  terms: Term[],
  ctx: Context,
  synonyms?: VocabularyIndex,
): string | undefined {
  const text = required(r, key, ctx.m);
  if (!text) return undefined;
  const id = resolveTerm(text, index);
  if (id) return id;
  const near = nearTerm(r, key, text, terms, synonyms, ctx);
  if (!near.id) r.error(key, ctx.m.unknownTerm(text, choices(terms, ctx), near.suggest));
  return near.id;
}

function readTerms(
  r: RowReader,
  key: string,
  index: TermIndex,
  terms: Term[],
  ctx: Context,
  synonyms?: VocabularyIndex,
): string[] {
  const text = r.text(key);
  if (!text) return [];
  const found = resolveTerms(text, index);
  // Every item known (most cells): the list the cell always gives, shared by the rows (frozen;
  // the validator reads it into a list of its own).
  if (found.unknown.length === 0) return found.ids as string[];
  const ids = [...found.ids];
  for (const item of found.unknown) {
    const near = nearTerm(r, key, item, terms, synonyms, ctx);
    if (near.id) {
      if (!ids.includes(near.id)) ids.push(near.id);
    } else r.warn(key, ctx.m.unknownListItem(item, choices(terms, ctx), near.suggest));
  }
  return ids;
}

function readBoolean(r: RowReader, key: string, ctx: Context): boolean | undefined {
  const text = r.text(key);
  if (!text) return undefined;
  const value = parseBoolean(text);
  if (value === undefined) r.warn(key, ctx.m.badBoolean(text));
  return value;
}

function readNumber(r: RowReader, key: string, ctx: Context): number | undefined {
  const text = r.text(key);
  if (!text) return undefined;
  const value = parseNumber(text);
  if (value === undefined) r.warn(key, ctx.m.badNumber(text));
  return value;
}

function readCount(r: RowReader, key: string, ctx: Context): number | undefined {
  const text = r.text(key);
  if (!text) return undefined;
  const value = parseCount(text);
  if (value === undefined) r.warn(key, ctx.m.badCount(text));
  return value;
}

function readInstant(
  r: RowReader,
  key: string,
  ctx: Context,
  dayTime: 'start-of-day' | 'end-of-day',
): string | undefined {
  const text = r.text(key);
  if (!text) return undefined;
  const value = parseInstantCell(text, ctx.zone, dayTime);
  if (value === undefined) r.warn(key, ctx.m.badInstant(text));
  return value;
}

const SPAN_KEYS = ['date', 'time', 'start', 'end'] as const;

/** The cells a span was read from, as written: `5月30日 19:00-01:00`. */
const spanText = (r: RowReader) =>
  SPAN_KEYS.map((key) => r.text(key))
    .filter(Boolean)
    .join(' ');

/** The day before an ISO date: the last day of an all-day span whose end is exclusive. */
function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * True when a span lies wholly outside the edition's dates. Asked once per span (rows share the
 * span cache's results), not once per row.
 */
function outsideEdition(span: { start: string; end: string; allDay: boolean }, ctx: Context) {
  let outside = ctx.outside.get(span);
  if (outside === undefined) {
    const { edition } = ctx;
    // Wall-clock dates in the edition's zone: the instants are written with its offset.
    const first = span.start.slice(0, 10);
    const last = span.allDay ? dayBefore(span.end.slice(0, 10)) : span.end.slice(0, 10);
    outside = last < edition.start || first > edition.end;
    ctx.outside.set(span, outside);
  }
  return outside;
}

/**
 * The row's start and end, from whichever of the date/time/start/end columns it fills. `allDay`
 * spans are events' only: a lab's opening without hours is a warning, since openings have no
 * all-day form.
 */
function readSpan(
  r: RowReader,
  ctx: Context,
  kind: 'event' | 'opening',
): { start: string; end: string; allDay: boolean } | undefined {
  const { m, edition } = ctx;
  const result = resolveSpan(
    { date: r.text('date'), time: r.text('time'), start: r.text('start'), end: r.text('end') },
    ctx.zone,
  );
  if (!result.ok) {
    // "No date" may point at a column the sheet lacks: then at the time column it has.
    const column = r.present(result.column, 'start', 'date', 'time', 'end');
    const blank = column !== undefined && !r.text(column) && r.mergedBlank.has(column);
    const message = m.spanProblem(result.problem, result.value);
    const hint = blank ? m.mergedCells(r.column(column) ?? column) : undefined;
    r.error(column, hint ? m.withHint(message, hint) : message);
    return undefined;
  }
  // The column a note points at: looked up only for a row that gets one.
  const where = () => r.present('date', 'start', 'time');
  if (result.allDay && kind === 'event') r.info(where(), m.allDay(spanText(r)));
  if (result.allDay && kind === 'opening') r.warn(where(), m.wholeDay());
  if (result.overnight) r.info(r.present('time', 'end', 'start', 'date'), m.overnight(spanText(r)));
  if (outsideEdition(result, ctx)) {
    r.warn(where(), m.outsideEdition(spanText(r), edition.start, edition.end));
  }
  // The span cache's own result (rows share it; callers only read it).
  return result;
}

/** Latitude and longitude, both or neither; swapped columns are reported, not guessed at. */
function readCoordinates(r: RowReader, ctx: Context): { lat?: number; lng?: number } {
  const lat = readNumber(r, 'lat', ctx);
  const lng = readNumber(r, 'lng', ctx);
  if (lat === undefined || lng === undefined) return { lat, lng };
  // A longitude in the latitude column: beyond ±90, or China's longitudes against its latitudes.
  const swapped =
    (Math.abs(lat) > 90 && Math.abs(lng) <= 90) ||
    (lat >= 73 && lat <= 136 && lng >= 3 && lng <= 54);
  if (swapped) {
    r.warn('lat', ctx.m.coordinatesSwapped(r.text('lat')!, r.text('lng')!));
    return {};
  }
  return { lat, lng };
}

/** `www.example.org/reg` and `example.org/x`: a web address without its scheme. */
const SCHEMELESS_URL = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** A link cell; one that lacks `https://` is reported with the fixed address and left out. */
function readUrl(r: RowReader, key: string, ctx: Context): string | undefined {
  const text = r.text(key);
  if (!text) return undefined;
  const value = text.normalize('NFKC');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && SCHEMELESS_URL.test(value)) {
    r.warn(key, ctx.m.urlWithoutScheme(text, `https://${value}`));
    return undefined;
  }
  // Anything else goes to the SDK's validator, which reports and drops what is not safe.
  return text;
}

/**
 * 是否免费, 是否收费 and 费用 together. What none of them states stays unknown (no `free` field);
 * columns that contradict each other leave both fields out, with a warning.
 */
function readFree(r: RowReader, ctx: Context): FreeFields {
  // Most rows fill one of the three columns: then its reading is the answer, and nothing is
  // allocated (indexes, not destructuring, which iterates in code not yet optimised).
  let firstKey: string | undefined;
  let first: FreeFields | undefined;
  let more: [key: string, reading: FreeFields][] | undefined;
  for (let k = 0; k < FREE_KEYS.length; k++) {
    const key = FREE_KEYS[k]!;
    const text = r.text(key);
    if (!text) continue;
    const reading = FREE_READERS[k]!(text);
    if ('unreadable' in reading) r.warn(key, ctx.m.freeUnreadable(text));
    else if (first === undefined) {
      firstKey = key;
      first = reading;
    } else (more ??= [[firstKey!, first]]).push([key, reading]);
  }
  // The shared, frozen reading (the caller only reads it).
  if (more === undefined) return first ?? NOTHING_SAID;
  const frees = new Set(more.map(([, reading]) => reading.free));
  if (frees.size > 1) {
    r.warn(more[0]![0], ctx.m.freeConflict(more.map(([key]) => r.text(key)!)));
    return {};
  }
  const result: FreeFields = {};
  for (const [, reading] of more) Object.assign(result, reading);
  return result;
}

type FreeFields = { free?: boolean; price?: string };
const FREE_KEYS = ['free', 'paid', 'price'] as const;
const FREE_READERS = [readFreeCell, readPaidCell, readPriceCell] as const;
const NOTHING_SAID: FreeFields = Object.freeze({});

/** The 示例 column: a sample row is published as one only with a warning (an error with --strict). */
function readSample(r: RowReader, ctx: Context): boolean | undefined {
  const sample = readBoolean(r, 'sample', ctx);
  if (sample)
    r.report(
      'sample',
      ctx.m.sampleRow(r.options.strict ?? false),
      r.options.strict ? 'error' : 'warning',
    );
  return sample;
}

function readImage(r: RowReader, ctx: Context): { src: string; alt: string } | undefined {
  const src = readUrl(r, 'image', ctx);
  // An image without alt text is passed on as it is: the validator reports and drops it.
  return src ? { src, alt: r.text('imageAlt') ?? '' } : undefined;
}

/** Sets only the values that are present, so records carry no `undefined` fields. */
function assign<T extends object>(target: T, values: Partial<T>): T {
  // for…in over an object literal: Object.entries would build an array of pairs on every row.
  for (const key in values) {
    const value = values[key];
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** What a report lists as the accepted values: Chinese names, with the English ones for `en`. */
const choices = (terms: { zh: string; en: string }[], ctx: Context) =>
  terms.map((t) => (ctx.m.lang === 'en' ? `${t.zh} (${t.en})` : t.zh));

function rowToEvent(r: RowReader, ctx: Context): ProgrammeEvent | undefined {
  const { edition, m } = ctx;
  const title = required(r, 'title', m);
  const category = readTerm(
    r,
    'category',
    ctx.categories,
    edition.categories,
    ctx,
    ctx.synonyms.categories,
  );
  const city = readCity(r, ctx);
  const organiser = required(r, 'organiser', m);
  const span = readSpan(r, ctx, 'event');
  const topics = readTerms(r, 'topics', ctx.topics, edition.topics, ctx, ctx.synonyms.topics);
  const audience = readTerms(
    r,
    'audience',
    ctx.audiences,
    edition.audiences,
    ctx,
    ctx.synonyms.audiences,
  );
  const { lat, lng } = readCoordinates(r, ctx);
  const { free, price } = readFree(r, ctx);
  const registrationRequired = readBoolean(r, 'registration', ctx);
  const capacity = readCount(r, 'capacity', ctx);
  const deadline = readInstant(r, 'registrationDeadline', ctx, 'end-of-day');
  const onlineUrl = readUrl(r, 'online', ctx);
  const registrationUrl = readUrl(r, 'registrationUrl', ctx);
  const url = readUrl(r, 'url', ctx);
  const image = readImage(r, ctx);
  const sample = readSample(r, ctx);
  if (r.failed || !title || !category || !city || !organiser || !span) return undefined;

  const venueName = r.text('venue') ?? r.text('address');
  const venue = venueName
    ? assign<Venue>(
        { name: venueName },
        { nameEn: r.text('venueEn'), address: r.text('address'), lat, lng },
      )
    : undefined;
  const online = onlineUrl
    ? assign<OnlineLocation>({ url: onlineUrl }, { platform: r.text('platform') })
    : undefined;
  const hasRegistration =
    registrationRequired !== undefined || registrationUrl || capacity !== undefined || deadline;
  const registration = hasRegistration
    ? assign<Registration>(
        // Details without a yes/no still mean "register here".
        { required: registrationRequired ?? true },
        { url: registrationUrl, capacity, deadline },
      )
    : undefined;

  return assign(
    {
      id: r.text('id') ?? derivedId('e', [title, span.start, city, venueName ?? onlineUrl]),
      title,
      category,
      topics,
      audience,
      city,
      start: span.start,
      end: span.end,
      organiser,
    } as ProgrammeEvent,
    {
      allDay: span.allDay || undefined,
      // Unknown stays absent: a blank or unreadable cell never becomes "free".
      free,
      price,
      titleEn: r.text('titleEn'),
      summary: r.text('summary'),
      summaryEn: r.text('summaryEn'),
      venue,
      online,
      organiserEn: r.text('organiserEn'),
      registration,
      url,
      image,
      accessibility: r.text('accessibility'),
      sample,
    },
  );
}

function rowToOpening(r: RowReader, ctx: Context): LabOpening | undefined {
  const span = readSpan(r, ctx, 'opening');
  const bookingRequired = readBoolean(r, 'booking', ctx);
  const capacity = readCount(r, 'capacity', ctx);
  const url = readUrl(r, 'bookingUrl', ctx);
  if (!span) return undefined;
  const hasBooking = bookingRequired !== undefined || url || capacity !== undefined;
  const booking = hasBooking
    ? assign<Booking>({ required: bookingRequired ?? true }, { url, capacity })
    : undefined;
  return assign({ start: span.start, end: span.end } as LabOpening, {
    booking,
    notes: r.text('notes'),
  });
}

const OPENING_KEYS = ['date', 'time', 'start', 'end'];

function rowToLab(r: RowReader, ctx: Context): Lab | undefined {
  const { edition, m } = ctx;
  const name = required(r, 'name', m);
  const kind = readTerm(r, 'kind', ctx.labKinds, edition.labKinds, ctx);
  const host = required(r, 'host', m);
  const city = readCity(r, ctx);
  const { lat, lng } = readCoordinates(r, ctx);
  const precise = readBoolean(r, 'precise', ctx);
  const topics = readTerms(r, 'topics', ctx.topics, edition.topics, ctx, ctx.synonyms.topics);
  const url = readUrl(r, 'url', ctx);
  const image = readImage(r, ctx);
  const sample = readSample(r, ctx);
  if (r.failed || !name || !kind || !host || !city) return undefined;

  let location: Lab['location'];
  if (lat !== undefined && lng !== undefined) {
    location = assign<Lab['location']>({ lat, lng }, { address: r.text('address'), precise });
  } else {
    // No point given: the city's centre, marked approximate, so the lab still shows on the map.
    const centre = edition.cities.find((c) => c.code === city)!;
    r.warn(r.text('lat') || r.text('lng') ? 'lat' : undefined, m.labAtCityCentre());
    location = assign<Lab['location']>(
      // A city without a centre leaves lat missing: validation then reports the lab.
      { lat: centre.lat!, lng: centre.lng!, precise: false },
      {
        address: r.text('address'),
      },
    );
  }
  const phone = r.text('phone');
  const email = r.text('email');
  return assign(
    {
      id: r.text('id') ?? derivedId('l', [name, host, city]),
      name,
      kind,
      host,
      city,
      location,
      topics,
      openings: [],
    } as Lab,
    {
      nameEn: r.text('nameEn'),
      hostEn: r.text('hostEn'),
      summary: r.text('summary'),
      summaryEn: r.text('summaryEn'),
      contact: phone || email ? assign({}, { phone, email }) : undefined,
      url,
      image,
      sample,
    },
  );
}

/** `国家科学技术奖 2023`, `2023年最美科技工作者`, `国家工程师奖(2024)`, or free text. */
function readHonours(r: RowReader, ctx: Context): Honour[] {
  const text = r.text('honours');
  if (!text) return [];
  return splitCell(text).map((item) => {
    const year = /(?:19|20)\d{2}/.exec(item.normalize('NFKC'));
    const awardText = item
      .normalize('NFKC')
      .replace(/(?:19|20)\d{2}\s*年?(?:度)?/, '')
      .replace(/[()]/g, '')
      .trim();
    const award = resolveTerm(awardText, ctx.awards) ?? awardText;
    return year ? { award, year: Number(year[0]) } : { award };
  });
}

function rowToStory(r: RowReader, ctx: Context): Story | undefined {
  const { edition, m } = ctx;
  const name = required(r, 'name', m);
  const affiliation = required(r, 'affiliation', m);
  const headline = required(r, 'headline', m);
  const summary = required(r, 'summary', m);
  const spirit = readTerms(r, 'spirit', ctx.spirit, edition.spiritFacets, ctx);
  const topics = readTerms(r, 'topics', ctx.topics, edition.topics, ctx, ctx.synonyms.topics);
  const publishedAt = readInstant(r, 'publishedAt', ctx, 'start-of-day');
  const image = readImage(r, ctx);
  const quoteUrl = readUrl(r, 'quoteUrl', ctx);
  const sourceUrl = readUrl(r, 'sourceUrl', ctx);
  const sample = readSample(r, ctx);
  if (r.failed || !name || !affiliation || !headline || !summary) return undefined;

  const quoteText = r.text('quote');
  const quoteSource = r.text('quoteSource');
  let quote: Story['quote'];
  if (quoteText && quoteSource) {
    quote = {
      text: quoteText,
      source: assign<Source>({ title: quoteSource }, { url: quoteUrl }),
    };
  } else if (quoteText) {
    // A quote must say where it was published; without that it is left out.
    r.warn('quote', m.quoteWithoutSource());
  }
  const sourceTitle = r.text('source') ?? sourceUrl;
  const body = (r.text('body') ?? '')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return assign(
    {
      id: r.text('id') ?? derivedId('s', [name, headline]),
      name,
      affiliation,
      honours: readHonours(r, ctx),
      headline,
      summary,
      body,
      spirit,
      topics,
    } as Story,
    {
      nameEn: r.text('nameEn'),
      affiliationEn: r.text('affiliationEn'),
      headlineEn: r.text('headlineEn'),
      summaryEn: r.text('summaryEn'),
      quote,
      image,
      source: sourceTitle ? assign<Source>({ title: sourceTitle }, { url: sourceUrl }) : undefined,
      publishedAt,
      sample,
    },
  );
}

/** Problems with the header: unknown and repeated columns (ignored), missing required ones. */
function headerIssues(kind: SheetKind, file: string, header: HeaderMap, m: Messages): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const organiser = COLUMNS[kind].find((spec) => spec.key === 'organiser');
  for (const { header: text } of header.ignored) {
    const message = m.ignoredColumn(header.header.get('organiser') ?? organiser?.zh ?? '');
    issues.push({ file, row: 1, column: text, message, severity: 'info' });
  }
  for (const { header: text } of header.unknown) {
    issues.push({ file, row: 1, column: text, message: m.unknownColumn(), severity: 'warning' });
  }
  for (const { header: text, key } of header.duplicate) {
    const first = header.header.get(key) ?? key;
    issues.push({
      file,
      row: 1,
      column: text,
      message: m.duplicateColumn(first),
      severity: 'warning',
    });
  }
  for (const spec of header.missing) {
    issues.push({
      file,
      row: 1,
      column: spec.zh,
      message: m.missingColumn(spec.zh, spec.en),
      severity: 'error',
    });
  }
  return issues;
}

type RowConverter<T> = (r: RowReader, ctx: Context) => T | undefined;

/**
 * The same id as an earlier row of this sheet: an error, and the row is left out. One call per
 * row, in row order; its issues go to `issues` (kept apart so they follow every row's own).
 */
function idCheck(header: HeaderMap, file: string, m: Messages, issues: SheetIssue[]) {
  const firstRow = new Map<string, number>();
  const column = header.header.get('id') ?? header.header.get('title') ?? header.header.get('name');
  return (id: string, row: number): boolean => {
    const seen = firstRow.get(id);
    if (seen === undefined) {
      firstRow.set(id, row);
      return true;
    }
    const issue: SheetIssue = {
      file,
      row,
      message: m.duplicateRecord(id, seen),
      severity: 'error',
    };
    if (column) issue.column = column;
    issues.push(issue);
    return false;
  };
}

export type ProgressFn = (done: number, total: number) => void;

/**
 * What a converter keeps of each record that passed the sheet's own checks: by default the
 * record; `sx-feed build` validates it at once and keeps only its id (see check-records.ts).
 */
export type KeepFn<T, K> = (record: T) => K;

function convertSimple<T extends { id: string }, K extends { id: string } = T>(
  kind: 'events' | 'stories',
  convert: RowConverter<T>,
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  progress?: ProgressFn,
  options: RowOptions = {},
  keep: KeepFn<T, K> = (record) => record as unknown as K,
): Converted<K> {
  const ctx = contextFor(edition, m);
  const { header, rows, issues, merged } = openSheet(kind, table, file, m, options);
  const candidates: Candidate<K>[] = [];
  // Repeats are found row by row, so each record can be handed on (and let go) as soon as it is
  // read; their issues still come after every row's own, as when they were found afterwards.
  const idIssues: SheetIssue[] = [];
  const nearIssues: SheetIssue[] = [];
  const firstId = idCheck(header, file, m, idIssues);
  const index = options.duplicates ?? new NearDuplicateIndex();
  const titleColumn = header.header.get('title');
  rows.forEach(({ row, cells }, i) => {
    const r = new RowReader(cells, header, file, row, merged(row), options);
    const record = convert(r, ctx);
    if (r.issues.length > 0) issues.push(...r.issues);
    if (
      record &&
      firstId(record.id, row) &&
      (kind !== 'events' ||
        notNearDuplicate(
          record as unknown as ProgrammeEvent,
          row,
          file,
          m,
          index,
          titleColumn,
          nearIssues,
        ))
    ) {
      candidates.push({ record: keep(record), row });
    }
    if (progress && (i + 1) % 1000 === 0) progress(i + 1, rows.length);
  });
  issues.push(...idIssues, ...nearIssues);
  return { kind, file, header, candidates, issues, rows: rows.map((r) => r.row) };
}

/**
 * The header read, notes rows skipped (with a note each), `--fill-down` applied, and the blank
 * cells that look left by merged ranges found, for every sheet kind alike.
 */
function openSheet(
  kind: SheetKind,
  table: CsvTable,
  file: string,
  m: Messages,
  options: RowOptions,
) {
  const header = mapHeader(kind, table.header);
  const issues = headerIssues(kind, file, header, m);
  const prepared = prepareTable(kind, table, header, options.fillDown);
  for (const row of prepared.notesRows) {
    issues.push({ file, row, message: m.notesRow(), severity: 'info' });
  }
  for (const name of prepared.fillDownMissing) {
    issues.push({ file, message: m.fillDownMissing(name), severity: 'warning' });
  }
  const none: ReadonlySet<string> = new Set();
  const merged = (row: number): ReadonlySet<string> => {
    // Most sheets have no merged ranges: then every row shares one empty set.
    if (prepared.mergedBlanks.size === 0) return none;
    const keys = new Set<string>();
    for (const [key, rows] of prepared.mergedBlanks) if (rows.has(row)) keys.add(key);
    return keys;
  };
  return { header, rows: prepared.rows, issues, merged };
}

/** False for an event that repeats an earlier one (in this sheet or one read before): an error. */
function notNearDuplicate(
  event: ProgrammeEvent,
  row: number,
  file: string,
  m: Messages,
  index: NearDuplicateIndex,
  column: string | undefined,
  issues: SheetIssue[],
): boolean {
  const first = index.check(event, file, row);
  if (!first) return true;
  const issue: SheetIssue = {
    file,
    row,
    value: event.title,
    message: m.nearDuplicate(first.file, first.row, first.title),
    severity: 'error',
  };
  if (column) issue.column = column;
  issues.push(issue);
  return false;
}

export function rowsToEvents(
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  progress?: ProgressFn,
  options: RowOptions = {},
): Converted<ProgrammeEvent> {
  return convertSimple('events', rowToEvent, table, file, edition, m, progress, options);
}

/**
 * `rowsToEvents`, handing each event that passed the sheet's checks to `keep` as soon as it is
 * read, in order, and keeping what `keep` returns instead of the event.
 */
export function rowsToEventsKept<K extends { id: string }>(
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  keep: KeepFn<ProgrammeEvent, K>,
  progress?: ProgressFn,
  options: RowOptions = {},
): Converted<K> {
  return convertSimple('events', rowToEvent, table, file, edition, m, progress, options, keep);
}

export function rowsToStories(
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  options: RowOptions = {},
): Converted<Story> {
  return convertSimple('stories', rowToStory, table, file, edition, m, undefined, options);
}

/**
 * Labs take one row per opening: rows with the same id (or, without ids, the same name, host and
 * city) are one lab. The first row names the lab; later rows may leave those cells blank.
 */
export function rowsToLabs(
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  options: RowOptions = {},
): Converted<Lab> {
  const ctx = contextFor(edition, m);
  const { header, rows, issues, merged } = openSheet('labs', table, file, m, options);
  const byKey = new Map<string, Candidate<Lab>>();
  /** Row of each lab whose first row was left out, so its later rows say why they go too. */
  const rejected = new Map<string, number>();
  let lastKey: string | undefined;
  for (const { row, cells } of rows) {
    const r = new RowReader(cells, header, file, row, merged(row), options);
    const id = r.text('id');
    const namesLab = Boolean(r.text('name'));
    const key =
      id ?? (namesLab ? derivedId('l', [r.text('name'), r.text('host'), r.text('city')]) : lastKey);
    if (id || namesLab) lastKey = key;
    let candidate = key ? byKey.get(key) : undefined;
    const rejectedAt = key ? rejected.get(key) : undefined;
    if (rejectedAt !== undefined && !candidate) {
      r.error(undefined, m.labRowOrphan(rejectedAt));
    } else if (!candidate) {
      const lab = rowToLab(r, ctx);
      if (lab) {
        candidate = { record: lab, row, openingRows: [] };
        byKey.set(key ?? lab.id, candidate);
        lastKey = key ?? lab.id;
      } else if (key) {
        rejected.set(key, row);
      }
    } else if (namesLab && r.text('name') !== candidate.record.name) {
      r.warn('name', m.labRowDiffers(candidate.row));
    }
    if (candidate && OPENING_KEYS.some((k) => r.text(k))) {
      const opening = rowToOpening(r, ctx);
      if (opening) {
        candidate.record.openings.push(opening);
        candidate.openingRows!.push(row);
      }
    }
    if (r.issues.length > 0) issues.push(...r.issues);
  }
  return {
    kind: 'labs',
    file,
    header,
    candidates: [...byKey.values()],
    issues,
    rows: rows.map((r) => r.row),
  };
}
