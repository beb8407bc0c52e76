/**
 * The visitor's filters of `<sx-events>`: what they chose (over the page's presets), the search
 * text as typed and as applied after the debounce, and with `sync-url` the page URL that keeps
 * them. A reactive controller: a change renders its element again and is reported through
 * `applied`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_FILTERS, type FilterState } from './filter-state.js';
import { presetFilters } from './events-query.js';
import type * as UrlState from './url-state.js';

/** What the filters read from their element. */
export interface FiltersContext {
  /** The `city`, `topic` and `q` attributes: the preset filters. */
  presets: () => { city?: string | undefined; topic?: string | undefined; q?: string | undefined };
  /** Milliseconds the search waits after the last keystroke. */
  debounce: () => number;
  syncUrl: () => boolean;
  /** Imports the URL reader and writer (once; again after a failure). */
  loadUrlState: () => Promise<typeof UrlState>;
  /** A bad parameter in the page URL: one warning. */
  warn: (message: string) => void;
  /** After a visitor's change (first page, event, announcement). */
  applied: () => void;
  /** Settles when a search can be answered without a long task (undefined: it can now). */
  searchPending?: () => Promise<unknown> | undefined;
}

export class EventsFilters implements ReactiveController {
  /** The filters applied to the list. */
  state: FilterState = { ...EMPTY_FILTERS };
  /** The search box's text, applied to `state.q` after the debounce. */
  searchText = '';
  /** The URL module once the filters were read from the page URL (with `sync-url`). */
  private urlState: Promise<typeof UrlState | undefined> | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ctx: FiltersContext,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
  }

  /** With `sync-url`: the filters from the page URL, read once before the list first shows. */
  get restored(): Promise<unknown> | undefined {
    if (this.ctx.syncUrl()) this.urlState ??= this.restore();
    return this.urlState;
  }

  /** The filter values the attributes set: what "clear filters" goes back to. */
  presets(): FilterState {
    const { city, topic, q } = this.ctx.presets();
    return presetFilters(city, topic, q);
  }

  /** The attributes changed: their filters replace the visitor's city, topic and search. */
  presetsChanged(): void {
    const { city, topic, q } = this.presets();
    this.state = { ...this.state, city, topic, q };
    this.searchText = q;
  }

  change(change: Partial<FilterState>): void {
    this.state = { ...this.state, ...change };
    this.applied();
  }

  input(text: string): void {
    this.searchText = text;
    this.host.requestUpdate();
    clearTimeout(this.searchTimer);
    const wait = this.ctx.debounce();
    if (wait <= 0) this.commit();
    else this.searchTimer = setTimeout(() => this.commit(), wait);
  }

  /**
   * Applies the typed search now (Enter, or the debounce is over), or once a big list's search
   * texts are ready: the text typed by then is applied, and the list and count stay those of
   * the last search until then.
   */
  commit(): void {
    clearTimeout(this.searchTimer);
    const pending = this.searchText && this.ctx.searchPending?.();
    if (pending) void pending.then(() => this.commit());
    else if (this.state.q !== this.searchText) this.change({ q: this.searchText });
  }

  /** Back to the page's preset filters, or past them to every event (`all`). */
  clear(all = false): void {
    this.state = all ? { ...EMPTY_FILTERS } : this.presets();
    this.searchText = this.state.q;
    this.applied();
  }

  private applied(): void {
    if (this.ctx.syncUrl()) {
      const state = this.state;
      void this.urlState?.then((module) => module?.writeUrlState(state, this.presets()));
    }
    this.host.requestUpdate();
    this.ctx.applied();
  }

  private restore(): Promise<typeof UrlState | undefined> {
    return this.ctx.loadUrlState().then(
      (module) => {
        const ignored: string[] = [];
        const fromUrl = module.readUrlState(location.search, (problem) => ignored.push(problem));
        if (ignored.length) this.ctx.warn(`ignores ${ignored.join('; ')} in the page URL.`);
        this.state = { ...this.state, ...fromUrl };
        this.searchText = this.state.q;
        this.host.requestUpdate();
        return module;
      },
      () => undefined,
    );
  }
}
