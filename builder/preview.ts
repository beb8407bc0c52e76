/**
 * The live preview: a fresh page in an iframe holding the loader, the token CSS and the tag, as
 * a partner's page would. A widget or feed change rebuilds that page; an attribute or colour
 * change is applied to the element in place, so the preview answers within a frame or two.
 */
import { tagMarkup, tokensCss, type Value } from './model.js';

export type Width = 'phone' | 'desktop';
export type Scheme = 'light' | 'dark';

export const WIDTHS: Record<Width, number> = { phone: 375, desktop: 1280 };

const TOKENS_ID = 'sx-builder-tokens';

export interface PreviewPage {
  loader: string;
  tag: string;
  attributes: readonly [string, Value][];
  tokens: readonly [string, string][];
  lang: string;
  scheme: Scheme;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The preview page's HTML (what `srcdoc` gets). */
export function previewHtml(page: PreviewPage): string {
  return `<!doctype html><html lang="${page.lang}" style="color-scheme:${page.scheme}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{margin:16px;background:Canvas;color:CanvasText;font-family:system-ui,sans-serif}</style>
<style id="${TOKENS_ID}">${tokensCss(page.tag, page.tokens)}</style>
<script type="module" src="${escapeAttribute(page.loader)}"></script></head><body>
${tagMarkup(page.tag, page.attributes)}
</body></html>`;
}

type LitLike = HTMLElement & { updateComplete?: Promise<unknown> };

export class Preview {
  readonly frame: HTMLIFrameElement;
  private page?: PreviewPage;
  private width: Width = 'phone';

  constructor(
    private readonly host: HTMLElement,
    title: string,
  ) {
    this.frame = document.createElement('iframe');
    this.frame.title = title;
    host.append(this.frame);
    new ResizeObserver(() => this.fit()).observe(host.parentElement ?? host);
    this.frame.addEventListener('load', () => this.watchHeight());
  }

  /** The previewed element, once the page has loaded. */
  get element(): LitLike | null {
    return this.page ? (this.frame.contentDocument?.querySelector(this.page.tag) ?? null) : null;
  }

  /** Shows `page`; in place when only attributes, tokens or the scheme changed. */
  show(page: PreviewPage): Promise<void> {
    const before = this.page;
    this.page = page;
    const element = this.element;
    const inPlace =
      before &&
      element &&
      before.tag === page.tag &&
      before.loader === page.loader &&
      before.lang === page.lang;
    if (!inPlace) {
      this.frame.srcdoc = previewHtml(page);
      this.setScheme(page.scheme);
      return Promise.resolve();
    }
    const wanted = new Map(page.attributes);
    for (const [name] of before.attributes) if (!wanted.has(name)) element.removeAttribute(name);
    for (const [name, value] of wanted) {
      const text = value === true ? '' : (value as string);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
    const style = this.frame.contentDocument!.getElementById(TOKENS_ID);
    if (style) style.textContent = tokensCss(page.tag, page.tokens);
    this.setScheme(page.scheme);
    return Promise.resolve(element.updateComplete).then(() => undefined);
  }

  setWidth(width: Width): void {
    this.width = width;
    this.host.dataset.width = width;
    this.fit();
  }

  private setScheme(scheme: Scheme): void {
    // An iframe's prefers-color-scheme follows the color-scheme of the iframe element.
    this.frame.style.colorScheme = scheme;
    this.host.dataset.scheme = scheme;
    const root = this.frame.contentDocument?.documentElement;
    if (root) root.style.colorScheme = scheme;
  }

  /** The page at its real width, scaled down to fit the pane (a desktop page in a narrow pane). */
  private fit(): void {
    const width = WIDTHS[this.width];
    // The pane is as wide as the page it shows, or as wide as there is room for (then scaled).
    const pane = this.host.parentElement;
    const style = pane ? getComputedStyle(pane) : undefined;
    const room =
      (pane?.clientWidth ?? 0) -
        parseFloat(style?.paddingLeft ?? '0') -
        parseFloat(style?.paddingRight ?? '0') || width;
    const scale = Math.min(1, room / width);
    this.host.style.width = `${Math.min(room, width)}px`;
    this.frame.style.width = `${width}px`;
    this.frame.style.transform = scale < 1 ? `scale(${scale})` : '';
    const height = Number(this.frame.dataset.contentHeight ?? 480);
    this.frame.style.height = `${height}px`;
    this.host.style.height = `${Math.ceil(height * scale)}px`;
  }

  private watchHeight(): void {
    const doc = this.frame.contentDocument;
    const view = this.frame.contentWindow as (Window & typeof globalThis) | null;
    if (!doc || !view) return;
    new view.ResizeObserver(() => {
      this.frame.dataset.contentHeight = String(
        Math.min(2400, Math.max(240, doc.documentElement.scrollHeight)),
      );
      this.fit();
    }).observe(doc.body);
  }
}
