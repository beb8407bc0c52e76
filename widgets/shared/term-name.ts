/**
 * Names of vocabulary terms (topics, categories, honours…) in the shown language. A module of its
 * own: the pages that list terms import it, a countdown does not download it.
 */
import type { Term } from '../../src/feed/types.js';
import type { Lang } from './i18n.js';

/** The display name of vocabulary term `id` (falls back to the id for an unknown term). */
export function termName(terms: readonly Term[] | undefined, id: string, lang: Lang): string {
  const term = terms?.find((candidate) => candidate.id === id);
  if (!term) return id;
  return lang === 'en' ? term.en || term.zh : term.zh;
}
