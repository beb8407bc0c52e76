/**
 * The rules a schema cannot express, because they look at two fields at once or at the edition:
 * known cities and vocabulary ids, time order, a place to go. Run on a record after `read-spec.ts`
 * has read it; they may repair it (with warnings) or say why it must be dropped.
 */
import {
  Invalid,
  issue,
  joinPath,
  shown,
  type IssueParams,
  type ReadContext,
} from './read-spec.js';
import type { EditionIndex } from './edition-index.js';
import type { Lab, Story, ProgrammeEvent } from './types.js';

export type RecordRule<T> = (
  record: T,
  ctx: ReadContext,
  index: EditionIndex,
) => Invalid | undefined;

const invalid = (
  ctx: ReadContext,
  rel: string,
  reason: string,
  code: string,
  params: IssueParams = {},
) => new Invalid(joinPath(ctx.base, rel), rel, reason, code, { field: rel, ...params });

/** The first known ids, for a hint in the message ("one of ai, health, …"). */
function knownList(known: Set<string>): string {
  const first = [...known].slice(0, 12);
  return first.join(', ') + (known.size > first.length ? ', …' : '');
}

/** An unknown city drops the record: widgets place and group every record by its city. */
function unknownCity(city: string, ctx: ReadContext, index: EditionIndex): Invalid | undefined {
  return index.cities.has(city)
    ? undefined
    : invalid(ctx, 'city', `"${city}" is not one of the edition's cities`, 'city.unknown', {
        value: city,
        known: knownList(index.cities),
      });
}

/** Unknown ids are left out of the list (the record stays), each with a warning. */
function knownOnly(
  list: string[],
  field: string,
  known: Set<string>,
  what: string,
  ctx: ReadContext,
): string[] {
  if (list.every((id) => known.has(id))) return list;
  return list.filter((id, i) => {
    if (known.has(id)) return true;
    const rel = `${field}[${i}]`;
    issue(
      ctx,
      rel,
      `${rel} "${id}" is not one of the edition's ${what}, so it was ignored.`,
      'warning',
      'term.unknown',
      { value: shown(id), vocabulary: what, known: knownList(known), outcome: 'ignored' },
    );
    return false;
  });
}

/** An unknown single id stays (the record still makes sense), with a warning. */
function warnUnknown(
  id: string,
  field: string,
  known: Set<string>,
  what: string,
  ctx: ReadContext,
): void {
  if (!known.has(id)) {
    issue(
      ctx,
      field,
      `${field} "${id}" is not one of the edition's ${what}; it is kept as it is.`,
      'warning',
      'term.unknown',
      { value: shown(id), vocabulary: what, known: knownList(known), outcome: 'kept' },
    );
  }
}

/**
 * Instants are normalised ISO strings with offsets. Two of the same length and ending alike (same
 * offset) compare as text; others through `Date.parse`, which reads this form exactly.
 */
const before = (end: string, start: string) =>
  end.length === start.length && sameEnd(end, start, 6)
    ? end < start
    : Date.parse(end) < Date.parse(start);

/** True when `a` and `b` (of one length) end with the same `n` characters; no string is made. */
function sameEnd(a: string, b: string, n: number): boolean {
  for (let i = a.length - n; i < a.length; i++)
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

export const eventRule: RecordRule<ProgrammeEvent> = (event, ctx, index) => {
  if (!event.venue && !event.online) {
    return invalid(ctx, 'venue', 'and online are both missing', 'event.no-location');
  }
  if (before(event.end, event.start)) {
    return invalid(ctx, 'end', 'is before start', 'time.end-before-start', {
      value: event.end,
      start: event.start,
    });
  }
  const cityProblem = unknownCity(event.city, ctx, index);
  if (cityProblem) return cityProblem;
  warnUnknown(event.category, 'category', index.categories, 'categories', ctx);
  event.topics = knownOnly(event.topics, 'topics', index.topics, 'topics', ctx);
  event.audience = knownOnly(event.audience, 'audience', index.audiences, 'audiences', ctx);
  const venue = event.venue;
  if (venue && (venue.lat === undefined) !== (venue.lng === undefined)) {
    // Half a coordinate cannot be placed on a map.
    issue(
      ctx,
      'venue',
      'venue has only one of lat and lng, so both were ignored.',
      'warning',
      'coordinates.half',
    );
    delete venue.lat;
    delete venue.lng;
  }
  return undefined;
};

export const labRule: RecordRule<Lab> = (lab, ctx, index) => {
  const cityProblem = unknownCity(lab.city, ctx, index);
  if (cityProblem) return cityProblem;
  warnUnknown(lab.kind, 'kind', index.labKinds, 'lab kinds', ctx);
  lab.topics = knownOnly(lab.topics, 'topics', index.topics, 'topics', ctx);
  lab.openings = lab.openings.filter((opening, i) => {
    if (!before(opening.end, opening.start)) return true;
    const rel = `openings[${i}].end`;
    issue(
      ctx,
      rel,
      `${rel} is before its start, so openings[${i}] was ignored.`,
      'warning',
      'time.end-before-start',
      { value: opening.end, start: opening.start, outcome: 'ignored', ignored: `openings[${i}]` },
    );
    return false;
  });
  return undefined;
};

export const storyRule: RecordRule<Story> = (story, ctx, index) => {
  story.spirit = knownOnly(story.spirit, 'spirit', index.spiritFacets, 'spirit facets', ctx);
  story.topics = knownOnly(story.topics, 'topics', index.topics, 'topics', ctx);
  return undefined;
};
