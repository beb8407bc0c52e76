/**
 * Which words of a story the card shows: feed text in the visitor's language when the feed has
 * it, the name without a sample prefix, images only from web addresses. Pure functions, tested
 * without a DOM.
 */
import type { Story } from '../../src/feed/types.js';
import { safeWebUrl } from '../../src/feed/safe-url.js';
import type { Lang } from '../shared/i18n.js';
import type { StoryCardMessages } from './story-card.messages.js';

/** Feed text in the UI language when the feed has it, else the Chinese (marked as such). */
export interface Text {
  text: string;
  /** Set when the text is not in the UI language. */
  lang: string | undefined;
}

export function textIn(lang: Lang, zh: string, en: string | undefined): Text {
  if (lang === 'en' && en) return { text: en, lang: undefined };
  return { text: zh, lang: lang === 'en' ? 'zh-CN' : undefined };
}

/** Only web addresses for images (`mailto:` or `tel:` would be no picture). */
export const imageUrl = (src: string | undefined): string | undefined =>
  src ? safeWebUrl(src) : undefined;

/** `示例人物 · `, `样例 · `, `Sample person · `: a sample record's name saying so itself. */
const SAMPLE_PREFIX = /^\s*(?:示例|样例|sample)[^·•・]{0,20}[·•・]\s*/i;

/**
 * The name for the heading. A sample story carries the one "示例数据" badge beside it, so a
 * prefix saying "sample" again is dropped: marked once per card, not twice. Shared text (the
 * share sheet, the QR label, announcements) keeps the whole name, which travels without the badge.
 */
export function headingName(story: Story, lang: Lang): Text {
  const name = textIn(lang, story.name, story.nameEn);
  const bare = story.sample ? name.text.replace(SAMPLE_PREFIX, '') : name.text;
  return { ...name, text: bare || name.text };
}

/**
 * The letter of a portrait placeholder: the first character of the name after a sample marker
 * (`示例人物 · 李华` → `李`, `Sample person · Li Hua` → `L`).
 */
export function monogram(name: string): string {
  const parts = name.split(/[·•・]/);
  const personal = (parts[parts.length - 1] ?? '').trim() || name.trim();
  return (Array.from(personal)[0] ?? '?').toLocaleUpperCase();
}

/**
 * What an empty card says: that the story it names is missing, that nothing matches its filters
 * (with a hint to loosen them, only when there are filters), or that there are no stories yet.
 */
export function emptyText(t: StoryCardMessages, missingId: string | undefined, filtered: boolean) {
  if (missingId) return { message: t.notFound(missingId), hint: t.notFoundHint };
  return filtered ? { message: t.emptyTitle, hint: t.emptyHint } : { message: t.noStories };
}
