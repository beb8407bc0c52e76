/**
 * Vocabulary cells that do not name a term exactly. Two answers, kept apart on purpose:
 *
 * - a **synonym** listed below is read as its term, with a note: each is a word organisers use
 *   for that one activity form, topic or audience and for no other term of the edition (`讲座` is
 *   only ever a lecture; `科普展览` only an exhibition);
 * - anything else close to a term gets a **suggestion** ("did you mean 展览展示?") and is not
 *   read: a near word (`展览`, `科技下乡`) could mean more than one form to the organiser, and
 *   guessing would publish a category nobody chose.
 *
 * Synonyms are keyed by term id, so they apply only to an edition that has that term.
 */
import type { Term } from '../src/feed/types.js';
import { nameKey } from './cells.js';

/** Words read as a term automatically (term id → words). Unambiguous within the default edition. */
export const TERM_SYNONYMS: Record<string, string[]> = {
  // Activity forms (edition.categories)
  exhibition: ['科普展览', '科技展览', '主题展览', '展览展出', 'exhibition', 'expo'],
  'hands-on': ['科普互动体验', '互动体验活动', 'hands-on', 'handson', 'interactive'],
  'study-tour': ['研学', '研学活动', '科普研学', '研学旅行', 'study tour'],
  lecture: ['讲座', '科普讲座', '专家报告', '科普报告', '学术讲座', 'lecture'],
  'short-video': ['科普短视频', '短视频作品', 'video'],
  'explainer-contest': ['讲解大赛', '科普讲解比赛', '讲解比赛'],
  'experiment-show': ['科学实验秀', '实验展演', '科学秀', 'science show'],
  'open-day': ['公众开放日', '开放日活动', '实验室开放日', 'open day', 'openday'],
  'rural-outreach': ['科技特派员', '科技特派员服务'],
  'spirit-talk': ['科学家精神报告会', '科学家精神宣讲会'],
  performance: ['文艺演出', '科普文艺演出', '文艺汇报演出', 'performance'],
  // Audiences
  public: ['社会公众', '市民', 'general public', 'everyone'],
  youth: ['中小学生', '青少年学生', '少年儿童', 'young people', 'students'],
  researchers: ['科研人员', '科技人员', 'scientists'],
  rural: ['农民', '农民群众', '村民', 'farmers'],
  teachers: ['中小学教师', '科学教师', '老师'],
  // Topics
  health: ['医疗健康', '健康', '大健康'],
  aerospace: ['航天', '航空', '航空航天科普'],
  'emergency-safety': ['应急', '安全应急', '防灾减灾'],
  heritage: ['文物', '文化遗产保护'],
  'food-safety': ['食品'],
  'energy-materials': ['新能源', '新材料'],
};

export type VocabularyIndex = Map<string, string>;

/** Synonym words of the terms this edition has, by comparable key. */
export function synonymIndex(terms: readonly Term[]): VocabularyIndex {
  const index: VocabularyIndex = new Map();
  for (const term of terms) {
    for (const word of TERM_SYNONYMS[term.id] ?? []) index.set(nameKey(word), term.id);
  }
  return index;
}

/** Distinct characters shared, as a share of both (Dice): `科技下乡` ~ `科技特派员下乡` = 0.73. */
function similarity(a: string, b: string): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const c of left) if (right.has(c)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Below this, a term is too far from what was written to be worth suggesting. */
const MIN_SIMILARITY = 0.5;

/**
 * The terms closest to `text`, best first (at most two, both only when equally close): a term
 * containing what was written or contained in it first, then by shared characters.
 */
export function suggestTerms(text: string, terms: readonly Term[]): Term[] {
  const key = nameKey(text);
  if (!key) return [];
  const scored = terms
    .map((term) => {
      const zh = nameKey(term.zh);
      const en = nameKey(term.en);
      const contains = zh.includes(key) || key.includes(zh) || (key.length > 3 && en.includes(key));
      return { term, score: contains ? 1 : Math.max(similarity(key, zh), similarity(key, en)) };
    })
    .filter((s) => s.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return [];
  const best = scored[0]!.score;
  return scored
    .filter((s) => s.score === best)
    .slice(0, 2)
    .map((s) => s.term);
}
