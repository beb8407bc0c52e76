import type { SxEvent } from '../feed/types.js';
import { normalizeSearchText } from '../text/normalize.js';

// Normalising a record's text costs far more than searching it, so it is done once per record.
// Records are treated as immutable: an edited record must be a new object to be searched anew.
const haystacks = new WeakMap<SxEvent, string>();

/**
 * Joins a record's fields for one normalisation. U+001F is a normalisation and case boundary
 * (a control character: NFKC never composes, reorders or maps across it, and it is neither cased
 * nor case-ignorable for the final-sigma rule), so normalising the joined text and splitting it
 * there gives each field as normalised alone, for one ICU call per record instead of nine (about
 * 4× faster at 100,000 events). Validation removes control characters from feed text; a field
 * that still holds one is normalised alone.
 */
const JOIN = '\u001f';
// Any white space but a lone ASCII space: what `normalizeSearchText` folds to one space, found
// without replacing each ordinary space by itself.
const FOLDED_SPACES = /\s{2,}|[^\S ]/g;

/** The searchable fields of a record, in order. */
function searchFields(event: SxEvent): string[] {
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

/**
 * A record's search text, computed (not cached): see `eventHaystack`. A prepared list keeps these
 * in its own column (event-index.ts), so a big list fills no per-record cache.
 */
export function buildHaystack(event: SxEvent): string {
  const fields = searchFields(event);
  const parts = fields.join(JOIN).normalize('NFKC').toLowerCase().split(JOIN);
  // A field holding the separator itself (an unvalidated record): each field on its own.
  if (parts.length !== fields.length) return fields.map(normalizeSearchText).join('\n');
  for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.replace(FOLDED_SPACES, ' ').trim();
  return parts.join('\n');
}

/**
 * The normalised text a search box looks through: titles, summaries, venue name and address,
 * organiser, in both languages. Fields are joined by a line break, which no search term contains,
 * so a match never spans two fields.
 */
export function eventHaystack(event: SxEvent): string {
  let haystack = haystacks.get(event);
  if (haystack === undefined) {
    haystack = buildHaystack(event);
    haystacks.set(event, haystack);
  }
  return haystack;
}
