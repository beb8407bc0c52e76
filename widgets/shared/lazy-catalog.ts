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
 * The words a widget shows, in one place for every widget: `lang` is the host's `uiLang` once its
 * catalog is here, else Chinese while the import runs (the host renders again when it lands), so a
 * zh-CN page never downloads English and an English page never shows a missing word.
 *
 * @example
 * private readonly words = new ShownCatalog(this, eventsMessages);
 * render() { return html`<p lang=${this.words.lang}>${this.words.t.empty}</p>`; }
 */
export class ShownCatalog<M> {
  private waiting = false;

  constructor(
    private readonly host: { readonly uiLang: Lang; requestUpdate(): void },
    private readonly catalogs: LazyCatalogs<M>,
  ) {}

  /** The language the words are in now. */
  get lang(): Lang {
    const lang = this.host.uiLang;
    if (this.catalogs.get(lang)) return lang;
    // One wait per import, however often a render asks (a template asks many times).
    if (!this.waiting) {
      this.waiting = true;
      this.catalogs.load(lang).then(
        () => {
          this.waiting = false;
          this.host.requestUpdate();
        },
        () => (this.waiting = false), // Chinese stays; the next render tries again
      );
    }
    return DEFAULT_LANG;
  }

  /** The catalog of `lang`. */
  get t(): M {
    return this.catalogs.get(this.lang)!;
  }
}
