/**
 * A widget's catalogs when Chinese, the default, ships with the widget and English is imported the
 * first time a widget shows English, so a Chinese page does not download it.
 */
import { DEFAULT_LANG, type Lang } from './i18n.js';

export interface LazyCatalogs<M> {
  /** The catalog of `lang` once it has arrived, else undefined. */
  get(lang: Lang): M | undefined;
  /**
   * Imports the catalog of `lang` (once per page); settles when it is there. A failed import is
   * tried again on the next call (the visitor may be offline for a moment).
   */
  load(lang: Lang): Promise<unknown>;
}

export function lazyCatalogs<M>(zh: M, importEnglish: () => Promise<M>): LazyCatalogs<M> {
  const loaded: Partial<Record<Lang, M>> = { [DEFAULT_LANG]: zh };
  let english: Promise<unknown> | undefined;
  return {
    get: (lang) => loaded[lang],
    load: (lang) =>
      loaded[lang]
        ? Promise.resolve()
        : (english ??= importEnglish().then(
            (catalog) => (loaded.en = catalog),
            (error: unknown) => {
              english = undefined;
              throw error;
            },
          )),
  };
}

/**
 * The language a widget shows its own words in, one way for every widget: its `uiLang` once that
 * catalog is here, else Chinese while the import runs (the widget renders again when it lands;
 * Lit folds the repeated requests of one render into one), so a zh-CN page never downloads
 * English and an English page never shows a missing word. A function, not a controller: it
 * keeps no state, and every byte of it is on each page.
 *
 * @example
 * private shownLang(): Lang { return shownLang(this, eventsMessages); }
 * private get t() { return eventsMessages.get(this.shownLang())!; }
 */
export function shownLang(
  host: { readonly uiLang: Lang; requestUpdate(): void },
  catalogs: LazyCatalogs<unknown>,
): Lang {
  const lang = host.uiLang;
  if (catalogs.get(lang)) return lang;
  catalogs.load(lang).then(
    () => host.requestUpdate(),
    () => undefined, // Chinese stays; the next render tries again
  );
  return DEFAULT_LANG;
}
