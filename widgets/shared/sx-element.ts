/**
 * The base of every widget: the attributes they all share (`src`, `lang`, `now`, `theme`), the
 * language lookup through ancestors, the clock used for "now", and warn-once validation.
 *
 * Unregistered on purpose: each widget registers its own tag with `defineElement`.
 */
import {
  html,
  isServer,
  LitElement,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
} from 'lit';
import { DEFAULT_LANG, messagesFor, normalizeLang, type Lang } from './i18n.js';
import { sharedMessages } from './messages.js';
import { readInstant } from './read-input.js';
import {
  attributeWarning,
  checkAttribute,
  choice,
  instant,
  type AttributeRules,
} from './attribute-rules.js';

export type Theme = 'light' | 'dark' | 'auto';
/** A controller's steps for server rendering and for hydrating its markup (`FeedController`). */
interface ServerStep {
  serverUpdate(): void;
  hydrate(): Promise<void>;
}

/** The checks of the attributes every widget has (`lang` aside: the page's language applies). */
const SHARED_RULES: AttributeRules = {
  theme: choice(['auto', 'light', 'dark'] satisfies Theme[]),
  now: instant('using the real clock'),
};

/**
 * The page's connected widgets: re-rendered when `<html lang>` changes (one observer for the whole
 * page), and the ones `after-content.ts` waits for (no scan of the whole document each frame).
 */
const langListeners = new Set<SxElement>();
export const connectedWidgets: ReadonlySet<SxElement> = langListeners;
let htmlLangObserver: MutationObserver | undefined;

function watchHtmlLang(element: SxElement): void {
  langListeners.add(element);
  if (htmlLangObserver || typeof MutationObserver === 'undefined') return;
  htmlLangObserver = new MutationObserver(() => {
    for (const listener of langListeners) listener.requestUpdate();
  });
  htmlLangObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

function unwatchHtmlLang(element: SxElement): void {
  langListeners.delete(element);
  if (langListeners.size === 0 && htmlLangObserver) {
    htmlLangObserver.disconnect();
    htmlLangObserver = undefined;
  }
}

/** The nearest `lang` above `element`, crossing shadow roots (a widget inside another widget). */
function ancestorLang(element: Element): string | undefined {
  // A server render sees no ancestors: there, `lang` on the element itself decides.
  if (isServer) return undefined;
  let node: Element | null = element.parentElement;
  let root = element.getRootNode();
  for (;;) {
    const owner = node?.closest('[lang]');
    const value = owner?.getAttribute('lang');
    if (value) return value;
    if (!(root instanceof ShadowRoot)) return undefined;
    node = root.host;
    root = node.getRootNode();
  }
}

export class SxElement extends LitElement {
  // Declared without decorators: a page with only a countdown then needs no decorator code.
  static override properties: PropertyDeclarations = {
    src: {},
    lang: {},
    now: {},
    theme: { reflect: true },
  };

  /**
   * The element's attribute checks (`attribute-rules.ts`), applied at the start of `willUpdate`:
   * a refused value warns once and the property takes the rule's default.
   */
  static attributeRules: AttributeRules = {};

  /**
   * Feed URL (a document or a manifest). Without it the widget shows the embedded default
   * edition and loads nothing from the network.
   */
  src: string | undefined;

  /**
   * Display language: `zh-CN` or `en` (any `zh*`/`en*` tag). Without it the nearest ancestor's
   * `lang` applies, else `zh-CN`.
   */
  override lang!: string;

  /**
   * Freezes "now" at this ISO 8601 instant (previews, screenshots, tests). An invalid value logs
   * a warning and the real clock is used.
   */
  now: string | undefined;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). */
  theme: Theme = 'auto';

  private readonly warned = new Set<string>();
  /** Controllers with a server step (`FeedController`), run in `willUpdate` under SSR. */
  private serverControllers: ServerStep[] | undefined;
  /** Upgraded over server markup (declarative shadow DOM): the first render hydrates it. */
  protected readonly serverMarkup = !isServer && this.shadowRoot !== null;
  private visitorZone: string | undefined;
  private resolvedLang: Lang | undefined;
  private frozenNow: Date | undefined;

  /**
   * The language the widget renders in, after the lookup through ancestors. Looked up once per
   * update (templates ask many times); a change of `<html lang>` triggers an update.
   */
  get uiLang(): Lang {
    return (this.resolvedLang ??=
      normalizeLang(this.lang) ?? normalizeLang(ancestorLang(this)) ?? DEFAULT_LANG);
  }

  /** The instant to treat as now: the `now` attribute when valid, else the real clock. */
  currentTime(): Date {
    return this.frozenNow ? new Date(this.frozenNow.getTime()) : new Date();
  }

  /** True when `now` freezes the clock (no timers needed). */
  get clockFrozen(): boolean {
    return this.frozenNow !== undefined;
  }

  /**
   * The visitor's own time zone (the browser's). Read once per connection: building an
   * `Intl.DateTimeFormat` to ask costs more than rendering a list item.
   */
  visitorTimeZone(): string {
    return (this.visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  }

  /** @internal Records the controllers with a server step; otherwise Lit's own. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if ((isServer || this.serverMarkup) && 'serverUpdate' in controller) {
      (this.serverControllers ??= []).push(controller as ServerStep);
    }
  }

  /**
   * Over server markup, the first render waits for the data the server rendered with (the
   * embedded edition), so that it matches the markup and hydrates it in place: no skeleton drawn
   * over the content, no feed request. Later updates are Lit's own.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverMarkup || this.hasUpdated || !this.serverControllers) {
      return super.scheduleUpdate();
    }
    return Promise.all(this.serverControllers.map((controller) => controller.hydrate())).then(() =>
      super.scheduleUpdate(),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.visitorZone = undefined;
    this.resolvedLang = undefined;
    watchHtmlLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchHtmlLang(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkAttributes(changed);
    this.resolvedLang = undefined;
    if (changed.has('now')) this.frozenNow = this.readNow();
    // `@lit-labs/ssr` calls willUpdate and render only: the data must be in place before render.
    if (isServer) for (const controller of this.serverControllers ?? []) controller.serverUpdate();
  }

  /** Applies the shared and the element's `attributeRules` to the properties that changed. */
  private checkAttributes(changed: PropertyValues<this>): void {
    const ctor = this.constructor as typeof SxElement;
    const rules: AttributeRules = { ...SHARED_RULES, ...ctor.attributeRules };
    const target = this as unknown as Record<string, unknown>;
    for (const key in rules) {
      if (!(changed as Map<PropertyKey, unknown>).has(key)) continue;
      const { attribute } = ctor.getPropertyOptions(key);
      const name = typeof attribute === 'string' ? attribute : key.toLowerCase();
      const refused = checkAttribute(rules[key]!, name, target[key]);
      if (!refused) continue;
      this.warnOnce(key, refused.warning);
      target[key] = refused.fallback;
    }
    // `lang` is not rewritten: an unknown one still marks the text's language for the browser.
    if (changed.has('lang') && this.lang && !normalizeLang(this.lang)) {
      this.warnOnce(
        'lang',
        attributeWarning('lang', this.lang, 'is not zh-CN or en', "using the page's"),
      );
    }
  }

  /**
   * Logs `message` once per element and `key`+value (a bad attribute warns once, not on every
   * render), prefixed with the tag so a page author sees which element complains.
   */
  protected warnOnce(key: string, message: string): void {
    const value = String((this as unknown as Record<string, unknown>)[key] ?? '');
    const id = `${key}=${value}|${message}`;
    if (this.warned.has(id)) return;
    this.warned.add(id);
    console.warn(`<${this.localName}> ${message}`);
  }

  /**
   * The last line of defence of the rule that no input may stop a widget: an update that throws
   * (an input no reader anticipated) is reported once and replaced by the shared "cannot be
   * shown" sentence and a retry button, instead of leaving the previous state, often the loading
   * skeleton, on screen for ever.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.serverMarkup && !this.hasUpdated && !this.warned.has('|hydration')) {
        this.redrawServerMarkup(error);
        return;
      }
      this.showUpdateFailure(error);
    }
  }

  /**
   * The first render in the browser did not match the server's markup (a visitor whose time zone
   * adds local times, say), so Lit could not adopt it: draw the widget afresh over it (the
   * server's styles stay) rather than show the error state.
   */
  private redrawServerMarkup(error: unknown): void {
    this.warned.add('|hydration');
    console.warn(`<${this.localName}> differs from its server markup; drawing it again.`, error);
    for (const node of [...this.renderRoot.childNodes]) {
      if (!(node instanceof HTMLStyleElement)) node.remove();
    }
    this.requestUpdate();
  }

  private showUpdateFailure(error: unknown): void {
    if (!this.warned.has('|update-failed')) {
      this.warned.add('|update-failed');
      console.error(`<${this.localName}> could not render; showing an error instead.`, error);
    }
    const t = messagesFor(sharedMessages, this.uiLang);
    try {
      render(
        html`<div part="base error" class="sx-root sx-error" role="alert" lang=${this.uiLang}>
          <p class="sx-state-text">${t.failed}</p>
          <button part="retry" class="sx-button" type="button" @click=${() => this.requestUpdate()}>
            ${t.retry}
          </button>
        </div>`,
        this.renderRoot,
        this.renderOptions,
      );
    } catch {
      // Nothing more can be shown; the page itself must not break.
    }
  }

  /** The frozen instant; `now` holds a valid one or none (checked by `SHARED_RULES`). */
  private readNow(): Date | undefined {
    const reading = this.now ? readInstant(this.now) : undefined;
    return reading?.ok ? reading.value : undefined;
  }
}
