import type { ProgrammeEvent } from '../feed/types.js';
import { normalizeSearchText } from '../text/normalize.js';

// Normalising a record's text costs far more than searching it, so it is done once per record.
// Records are treated as immutable: an edited record must be a new object to be searched anew.
const haystacks = new WeakMap<ProgrammeEvent, string>();

/**
 * The normalised text a search box looks through: titles, summaries, venue name and address,
 * organiser, in both languages. Fields are joined by a line break, which no search term contains,
 * so a match never spans two fields.
 */
export function eventHaystack(event: ProgrammeEvent): string {
  let haystack = haystacks.get(event);
  if (haystack === undefined) {
    haystack = searchFields(event).map(normalizeSearchText).join('\n');
    haystacks.set(event, haystack);
  }
  return haystack;
}

/** The fields `eventHaystack` searches, in its order, empty ones left out. */
export function searchFields(event: ProgrammeEvent): string[] {
  const { venue } = event;
  const fields = [
    event.title,
    event.titleEn,
    event.summary,
    event.summaryEn,
    venue?.name,
    venue?.nameEn,
    venue?.address,
    event.organiser,
    event.organiserEn,
  ];
  return fields.filter((field): field is string => !!field);
}
