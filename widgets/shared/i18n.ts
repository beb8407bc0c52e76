/**
 * Languages and message catalogs. Every UI string lives in a catalog (`messages.ts` for the shared
 * ones, `<widget>.messages.ts` for each widget's own); templates never hold UI text literals.
 * Names of vocabulary terms (topics, categories…) come from the edition's `Term`s instead
 * (`term-name.ts`). A widget's own catalog ships Chinese and imports English when a widget first
 * shows it (`lazy-catalog.ts`); the shared catalogs, a few sentences each, hold every language.
 */
import type { Lang } from '../../src/time/lang.js';

export type { Lang };

/** The language used when neither the element nor any ancestor names one. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/**
 * Reads a BCP 47 tag as a supported language: `zh`, `zh-Hans`, `zh-TW` → `zh-CN`; `en`, `en-GB`
 * → `en`; anything else (or empty) → undefined, so the caller can look further up.
 */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const value = tag.trim().toLowerCase();
  if (value === 'zh' || value.startsWith('zh-')) return 'zh-CN';
  if (value === 'en' || value.startsWith('en-')) return 'en';
  return undefined;
}

/** One catalog per supported language, all of the same shape. */
export type Catalogs<M> = Record<Lang, M>;

/** The catalog of `lang`. */
export function messagesFor<M>(catalogs: Catalogs<M>, lang: Lang): M {
  return catalogs[lang] ?? catalogs[DEFAULT_LANG];
}

/** The English variant of a feed field when showing English and it exists, else the Chinese. */
export function localized(lang: Lang, zh: string, en: string | undefined): string;
export function localized(
  lang: Lang,
  zh: string | undefined,
  en: string | undefined,
): string | undefined;
export function localized(
  lang: Lang,
  zh: string | undefined,
  en: string | undefined,
): string | undefined {
  return lang === 'en' && en ? en : zh;
}
