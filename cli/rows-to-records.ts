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
  SxEvent,
  Term,
  Venue,
} from '../src/feed/types.js';

type Source = { title: string; url?: string };
import {
  cityIndex,
  parseBoolean,
  parseCount,
  parseNumber,
  resolveCity,
  resolveTerm,
  resolveTerms,
  splitList,
  termIndex,
  type CityIndex,
  type TermIndex,
} from './cells.js';
import { mapHeader, type HeaderMap, type SheetKind } from './columns.js';
import type { CsvTable } from './csv.js';
import type { Messages } from './messages.js';
import { parseInstantCell, resolveSpan, type ZoneContext } from './parse-datetime.js';

/** A problem with a sheet, a row or a cell. */
export interface SheetIssue {
  file: string;
  /** Spreadsheet row (header = 1); absent for problems with the whole file. */
  row?: number;
  /** Header text of the column, as the sheet writes it. */
  column?: string;
  message: string;
  severity: Severity;
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
  m: Messages;
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
      m,
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
  ) {}

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

  report(key: string | undefined, message: string, severity: Severity): void {
    const issue: SheetIssue = { file: this.file, row: this.row, message, severity };
    const column = key === undefined ? undefined : this.header.header.get(key);
    if (column) issue.column = column;
    this.issues.push(issue);
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
  if (!value) r.error(key, m.cellRequired());
  return value;
}

function readCity(r: RowReader, ctx: Context): string | undefined {
  const text = required(r, 'city', ctx.m);
  if (!text) return undefined;
  const code = resolveCity(text, ctx.cities);
  if (!code) {
    const cities = ctx.edition.cities.map((c) => ({ zh: c.short, en: c.nameEn }));
    r.error('city', ctx.m.unknownCity(text, choices(cities, ctx)));
  }
  return code;
}

function readTerm(
  r: RowReader,
  key: string,
  index: TermIndex,
  terms: Term[],
  ctx: Context,
): string | undefined {
  const text = required(r, key, ctx.m);
  if (!text) return undefined;
  const id = resolveTerm(text, index);
  if (!id) r.error(key, ctx.m.unknownTerm(text, choices(terms, ctx)));
  return id;
}

function readTerms(
  r: RowReader,
  key: string,
  index: TermIndex,
  terms: Term[],
  ctx: Context,
): string[] {
  const text = r.text(key);
  if (!text) return [];
  const { ids, unknown } = resolveTerms(text, index);
  for (const item of unknown) r.warn(key, ctx.m.unknownListItem(item, choices(terms, ctx)));
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

/** The row's start and end, from whichever of the date/time/start/end columns it fills. */
function readSpan(r: RowReader, ctx: Context): { start: string; end: string } | undefined {
  const result = resolveSpan(
    { date: r.text('date'), time: r.text('time'), start: r.text('start'), end: r.text('end') },
    ctx.zone,
  );
  if (!result.ok) {
    // "No date" may point at a column the sheet lacks: then at the time column it has.
    const column = r.present(result.column, 'start', 'date', 'time', 'end');
    r.error(column, ctx.m.spanProblem(result.problem, result.value));
    return undefined;
  }
  if (result.wholeDay) r.warn(r.present('start', 'date', 'time'), ctx.m.wholeDay());
  return { start: result.start, end: result.end };
}

function readImage(r: RowReader): { src: string; alt: string } | undefined {
  const src = r.text('image');
  // An image without alt text is passed on as it is: the validator reports and drops it.
  return src ? { src, alt: r.text('imageAlt') ?? '' } : undefined;
}

/** Sets only the values that are present, so records carry no `undefined` fields. */
function assign<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** What a report lists as the accepted values: Chinese names, with the English ones for `en`. */
const choices = (terms: { zh: string; en: string }[], ctx: Context) =>
  terms.map((t) => (ctx.m.lang === 'en' ? `${t.zh} (${t.en})` : t.zh));

function rowToEvent(r: RowReader, ctx: Context): SxEvent | undefined {
  const { edition, m } = ctx;
  const title = required(r, 'title', m);
  const category = readTerm(r, 'category', ctx.categories, edition.categories, ctx);
  const city = readCity(r, ctx);
  const organiser = required(r, 'organiser', m);
  const span = readSpan(r, ctx);
  const topics = readTerms(r, 'topics', ctx.topics, edition.topics, ctx);
  const audience = readTerms(r, 'audience', ctx.audiences, edition.audiences, ctx);
  const lat = readNumber(r, 'lat', ctx);
  const lng = readNumber(r, 'lng', ctx);
  const free = readBoolean(r, 'free', ctx);
  const registrationRequired = readBoolean(r, 'registration', ctx);
  const capacity = readCount(r, 'capacity', ctx);
  const deadline = readInstant(r, 'registrationDeadline', ctx, 'end-of-day');
  const sample = readBoolean(r, 'sample', ctx);
  if (r.failed || !title || !category || !city || !organiser || !span) return undefined;

  const venueName = r.text('venue') ?? r.text('address');
  const venue = venueName
    ? assign<Venue>(
        { name: venueName },
        { nameEn: r.text('venueEn'), address: r.text('address'), lat, lng },
      )
    : undefined;
  const onlineUrl = r.text('online');
  const online = onlineUrl
    ? assign<OnlineLocation>({ url: onlineUrl }, { platform: r.text('platform') })
    : undefined;
  const registrationUrl = r.text('registrationUrl');
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
      // An empty cell means free: almost every activity of the week is, and the template says so.
      free: free ?? true,
    } as SxEvent,
    {
      titleEn: r.text('titleEn'),
      summary: r.text('summary'),
      summaryEn: r.text('summaryEn'),
      venue,
      online,
      organiserEn: r.text('organiserEn'),
      registration,
      url: r.text('url'),
      image: readImage(r),
      accessibility: r.text('accessibility'),
      sample,
    },
  );
}

function rowToOpening(r: RowReader, ctx: Context): LabOpening | undefined {
  const span = readSpan(r, ctx);
  const bookingRequired = readBoolean(r, 'booking', ctx);
  const capacity = readCount(r, 'capacity', ctx);
  if (!span) return undefined;
  const url = r.text('bookingUrl');
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
  const lat = readNumber(r, 'lat', ctx);
  const lng = readNumber(r, 'lng', ctx);
  const precise = readBoolean(r, 'precise', ctx);
  const topics = readTerms(r, 'topics', ctx.topics, edition.topics, ctx);
  const sample = readBoolean(r, 'sample', ctx);
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
      url: r.text('url'),
      image: readImage(r),
      sample,
    },
  );
}

/** `国家科学技术奖 2023`, `2023年最美科技工作者`, `国家工程师奖(2024)`, or free text. */
function readHonours(r: RowReader, ctx: Context): Honour[] {
  const text = r.text('honours');
  if (!text) return [];
  return splitList(text).map((item) => {
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
  const topics = readTerms(r, 'topics', ctx.topics, edition.topics, ctx);
  const publishedAt = readInstant(r, 'publishedAt', ctx, 'start-of-day');
  const sample = readBoolean(r, 'sample', ctx);
  if (r.failed || !name || !affiliation || !headline || !summary) return undefined;

  const quoteText = r.text('quote');
  const quoteSource = r.text('quoteSource');
  let quote: Story['quote'];
  if (quoteText && quoteSource) {
    quote = {
      text: quoteText,
      source: assign<Source>({ title: quoteSource }, { url: r.text('quoteUrl') }),
    };
  } else if (quoteText) {
    // A quote must say where it was published; without that it is left out.
    r.warn('quote', m.quoteWithoutSource());
  }
  const sourceTitle = r.text('source') ?? r.text('sourceUrl');
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
      image: readImage(r),
      source: sourceTitle
        ? assign<Source>({ title: sourceTitle }, { url: r.text('sourceUrl') })
        : undefined,
      publishedAt,
      sample,
    },
  );
}

/** Problems with the header: unknown and repeated columns (ignored), missing required ones. */
function headerIssues(file: string, header: HeaderMap, m: Messages): SheetIssue[] {
  const issues: SheetIssue[] = [];
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

function duplicateCheck<T extends { id: string }>(
  candidates: Candidate<T>[],
  issues: SheetIssue[],
  file: string,
  header: HeaderMap,
  m: Messages,
): Candidate<T>[] {
  const firstRow = new Map<string, number>();
  const kept: Candidate<T>[] = [];
  const column = header.header.get('id') ?? header.header.get('title') ?? header.header.get('name');
  for (const candidate of candidates) {
    const seen = firstRow.get(candidate.record.id);
    if (seen === undefined) {
      firstRow.set(candidate.record.id, candidate.row);
      kept.push(candidate);
    } else {
      const issue: SheetIssue = {
        file,
        row: candidate.row,
        message: m.duplicateRecord(candidate.record.id, seen),
        severity: 'error',
      };
      if (column) issue.column = column;
      issues.push(issue);
    }
  }
  return kept;
}

export type ProgressFn = (done: number, total: number) => void;

function convertSimple<T extends { id: string }>(
  kind: 'events' | 'stories',
  convert: RowConverter<T>,
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  progress?: ProgressFn,
): Converted<T> {
  const ctx = contextFor(edition, m);
  const header = mapHeader(kind, table.header);
  const issues = headerIssues(file, header, m);
  const candidates: Candidate<T>[] = [];
  table.rows.forEach(({ row, cells }, i) => {
    const r = new RowReader(cells, header, file, row);
    const record = convert(r, ctx);
    issues.push(...r.issues);
    if (record) candidates.push({ record, row });
    if (progress && (i + 1) % 1000 === 0) progress(i + 1, table.rows.length);
  });
  return {
    kind,
    file,
    header,
    candidates: duplicateCheck(candidates, issues, file, header, m),
    issues,
    rows: table.rows.map((r) => r.row),
  };
}

export function rowsToEvents(
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
  progress?: ProgressFn,
): Converted<SxEvent> {
  return convertSimple('events', rowToEvent, table, file, edition, m, progress);
}

export function rowsToStories(
  table: CsvTable,
  file: string,
  edition: Edition,
  m: Messages,
): Converted<Story> {
  return convertSimple('stories', rowToStory, table, file, edition, m);
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
): Converted<Lab> {
  const ctx = contextFor(edition, m);
  const header = mapHeader('labs', table.header);
  const issues = headerIssues(file, header, m);
  const byKey = new Map<string, Candidate<Lab>>();
  /** Row of each lab whose first row was left out, so its later rows say why they go too. */
  const rejected = new Map<string, number>();
  let lastKey: string | undefined;
  for (const { row, cells } of table.rows) {
    const r = new RowReader(cells, header, file, row);
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
    issues.push(...r.issues);
  }
  return {
    kind: 'labs',
    file,
    header,
    candidates: [...byKey.values()],
    issues,
    rows: table.rows.map((r) => r.row),
  };
}
