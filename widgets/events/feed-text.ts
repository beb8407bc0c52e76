import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, type Lang } from '../shared/i18n.js';
import { keepTogether } from '../shared/keep-together.js';

/**
 * The words of feed text to show (`localized`), with the `lang` to mark them with: `zh-CN` when an
 * English widget has only the Chinese, else undefined (the widget's own).
 */
export function feedWords(
  lang: Lang,
  zh: string,
  en: string | undefined,
): { text: string; mark: 'zh-CN' | undefined } {
  const text = localized(lang, zh, en);
  return { text, mark: lang === 'en' && text === zh ? 'zh-CN' : undefined };
}

/**
 * Feed text in an element of its own, isolated from the text around it (a title in Arabic or
 * Uyghur script must not reorder the "·" beside it) and marked `lang="zh-CN"` when an English
 * widget has only the Chinese.
 */
export function feedText(
  lang: Lang,
  zh: string,
  en: string | undefined,
  keep = true,
): TemplateResult {
  const { text, mark } = feedWords(lang, zh, en);
  return html`<bdi lang=${ifDefined(mark)}>${keep ? keepTogether(text) : text}</bdi>`;
}
