// Any run of white space, including the ideographic space U+3000 (NFKC folds it to U+0020 first).
const SPACES = /\s+/g;

/**
 * Text reduced to what a search should compare: NFKC (full-width `ＡＩ１２` becomes `ai12`,
 * half-width katakana becomes full-width, compatibility ideographs become the unified ones),
 * lower case, white space collapsed to one space and trimmed.
 * @example normalizeSearchText('  ＡＩ　科普  ') // 'ai 科普'
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SPACES, ' ').trim();
}

/**
 * The words of a search box: normalised, split at spaces, empty ones dropped. A record matches
 * a query when its text contains every term (`太原 讲座` finds lectures in Taiyuan).
 */
export function searchTerms(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized ? normalized.split(' ') : [];
}

/** True when `haystack` (already normalised) contains every term. */
export function matchesAllTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
