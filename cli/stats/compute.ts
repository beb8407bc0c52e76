/**
 * The week's figures, computed once from a validated feed. The terminal table, the CSV and the
 * HTML report are three views of this one structure (render-*.ts), so they cannot disagree.
 *
 * Every figure is a table of rows (a city, a topic, a day…) with one or more measures (events;
 * labs and open days). Labels stay bilingual here: the renderers pick the language.
 */
import type { Edition, Lab, Story, ProgrammeEvent, Term } from '../../src/feed/types.js';
import { offsetAt } from '../../src/feed/zone-offset.js';
import { addDaysToKey } from '../../src/time/zoned.js';

export type TableId =
  | 'city'
  | 'topic'
  | 'category'
  | 'audience'
  | 'day'
  | 'form'
  | 'fee'
  | 'registration'
  | 'labKind'
  | 'labCity'
  | 'honour';

export type Measure = 'events' | 'labs' | 'openDays' | 'stories';

/** A row's name in both languages (feed text: rendered as text, never as markup). */
export interface Label {
  zh: string;
  en: string;
}

export interface StatsRow {
  /** A stable key: a term id, a division code, a day `YYYY-MM-DD`, or a fixed word (`free`). */
  key: string;
  /** Absent for the fixed words (`free`, `online`…): the renderers name them in their language. */
  label?: Label;
  values: number[];
}

export interface StatsTable {
  id: TableId;
  measures: Measure[];
  rows: StatsRow[];
}

export interface FeedStats {
  edition: Edition;
  totals: { events: number; labs: number; openDays: number; stories: number };
  tables: StatsTable[];
}

/** Keys of the fixed rows, in the order they are shown. */
export const FIXED_KEYS = {
  form: ['onsite', 'online', 'hybrid'],
  fee: ['free', 'paid', 'unknown'],
  registration: ['required', 'notRequired', 'unknown'],
} as const;

export const NONE = 'none';

// An event longer than this is counted on its first days only: a year-long exhibition must not
// make one record cost a year of loop turns.
const MAX_DAYS_PER_EVENT = 366;

const termLabel = (term: Term): Label => ({ zh: term.zh, en: term.en || term.zh });

/** A counter over a fixed list of keys, then any unexpected key in the order first seen. */
class Tally {
  private readonly counts = new Map<string, number[]>();

  constructor(
    private readonly width: number,
    keys: readonly string[] = [],
  ) {
    for (const key of keys) this.counts.set(key, new Array<number>(width).fill(0));
  }

  add(key: string, measure = 0, amount = 1): void {
    let row = this.counts.get(key);
    if (!row) {
      row = new Array<number>(this.width).fill(0);
      this.counts.set(key, row);
    }
    row[measure]! += amount;
  }

  rows(label: (key: string) => Label | undefined): StatsRow[] {
    return [...this.counts].map(([key, values]) => {
      const name = label(key);
      return name ? { key, label: name, values } : { key, values };
    });
  }
}

/**
 * The calendar day of an instant in the edition's zone. Offsets are looked up once per quarter
 * hour (no zone changes offset more finely), so 100,000 events cost a few thousand lookups.
 */
function dayKeyer(timeZone: string): (ms: number) => string {
  const offsets = new Map<number, number>();
  return (ms) => {
    const bucket = Math.floor(ms / 900_000);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      // offsetAt: a zone with a fixed offset (Asia/Shanghai since 1992) is answered without Intl.
      offset = offsetAt(bucket * 900_000, timeZone) * 60_000;
      offsets.set(bucket, offset);
    }
    return new Date(ms + offset).toISOString().slice(0, 10);
  };
}

function editionDays(edition: Edition): string[] {
  const days: string[] = [];
  for (let day = edition.start; day <= edition.end && days.length < 400;) {
    days.push(day);
    day = addDaysToKey(day, 1);
  }
  return days;
}

export interface StatsInput {
  edition: Edition;
  events: readonly ProgrammeEvent[];
  labs: readonly Lab[];
  stories: readonly Story[];
}

export function computeStats({ edition, events, labs, stories }: StatsInput): FeedStats {
  const cityNames = new Map<string, Label>(
    edition.cities.map((c) => [c.code, { zh: c.name, en: c.nameEn || c.name }]),
  );
  const terms = (list: Term[]) => new Map(list.map((t) => [t.id, termLabel(t)]));
  const topicNames = terms(edition.topics);
  const categoryNames = terms(edition.categories);
  const audienceNames = terms(edition.audiences);
  const kindNames = terms(edition.labKinds);
  const awardNames = terms(edition.awards);
  const cityKeys = edition.cities.map((c) => c.code);

  const byCity = new Tally(1, cityKeys);
  const byTopic = new Tally(1, [...topicNames.keys()]);
  const byCategory = new Tally(1, [...categoryNames.keys()]);
  const byAudience = new Tally(1, [...audienceNames.keys()]);
  const byDay = new Tally(1, editionDays(edition));
  const byForm = new Tally(1, FIXED_KEYS.form);
  const byFee = new Tally(1, FIXED_KEYS.fee);
  const byRegistration = new Tally(1, FIXED_KEYS.registration);
  const dayOf = dayKeyer(edition.timeZone);
  // A programme repeats the same few hundred start and end times: each pair is worked out once.
  const spans = new Map<string, [string, string]>();
  const span = (start: string, end: string): [string, string] => {
    const key = start + end;
    let found = spans.get(key);
    if (!found) {
      const from = Date.parse(start);
      const to = Date.parse(end);
      const first = dayOf(from);
      found = [first, to > from ? dayOf(to - 1) : first];
      spans.set(key, found);
    }
    return found;
  };

  for (const event of events) {
    byCity.add(event.city);
    for (const topic of event.topics) byTopic.add(topic);
    byCategory.add(event.category);
    for (const audience of event.audience) byAudience.add(audience);
    byForm.add(event.venue && event.online ? 'hybrid' : event.online ? 'online' : 'onsite');
    // Absent `free` means the feed does not say: unknown, never counted as free.
    byFee.add(event.free === true ? 'free' : event.free === false ? 'paid' : 'unknown');
    byRegistration.add(
      event.registration === undefined
        ? 'unknown'
        : event.registration.required
          ? 'required'
          : 'notRequired',
    );
    // Every day the event runs on (its last moment decides the last day: an end at 00:00 adds none).
    const [first, last] = span(event.start, event.end);
    byDay.add(first);
    for (let day = first, n = 1; day < last && n < MAX_DAYS_PER_EVENT; n++) {
      day = addDaysToKey(day, 1);
      byDay.add(day);
    }
  }

  const labKind = new Tally(2, [...kindNames.keys()]);
  const labCity = new Tally(2, cityKeys);
  let openDays = 0;
  for (const lab of labs) {
    // Open days: distinct calendar days with at least one opening.
    const days = new Set<string>();
    for (const opening of lab.openings) {
      const [first, last] = span(opening.start, opening.end);
      days.add(first);
      for (let day = first, n = 1; day < last && n < MAX_DAYS_PER_EVENT; n++) {
        day = addDaysToKey(day, 1);
        days.add(day);
      }
    }
    openDays += days.size;
    for (const tally of [labKind, labCity]) {
      const key = tally === labKind ? lab.kind : lab.city;
      tally.add(key, 0);
      tally.add(key, 1, days.size);
    }
  }

  const byHonour = new Tally(1, [...awardNames.keys()]);
  for (const story of stories) {
    // A story with two honours counts under each; one without any under "none".
    const awards = new Set(story.honours.map((h) => h.award));
    if (awards.size === 0) byHonour.add(NONE);
    for (const award of awards) byHonour.add(award);
  }

  // Keys outside the edition's lists keep their own text as the label (a free-text award).
  const named =
    (names: Map<string, Label>, freeText = false) =>
    (key: string): Label | undefined =>
      names.get(key) ?? (freeText && key !== NONE ? { zh: key, en: key } : undefined);
  const table = (
    id: TableId,
    tally: Tally,
    label: (key: string) => Label | undefined,
    measures: Measure[] = ['events'],
  ): StatsTable => ({
    id,
    measures,
    rows: tally.rows(label),
  });
  const fixed = () => undefined;
  const codeOrName = (names: Map<string, Label>) => (key: string) =>
    names.get(key) ?? { zh: key, en: key };

  return {
    edition,
    totals: { events: events.length, labs: labs.length, openDays, stories: stories.length },
    tables: [
      table('city', byCity, codeOrName(cityNames)),
      table('topic', byTopic, codeOrName(topicNames)),
      table('category', byCategory, codeOrName(categoryNames)),
      table('audience', byAudience, codeOrName(audienceNames)),
      table('day', byDay, fixed),
      table('form', byForm, fixed),
      table('fee', byFee, fixed),
      table('registration', byRegistration, fixed),
      table('labKind', labKind, codeOrName(kindNames), ['labs', 'openDays']),
      table('labCity', labCity, codeOrName(cityNames), ['labs', 'openDays']),
      table('honour', byHonour, named(awardNames, true), ['stories']),
    ],
  };
}
