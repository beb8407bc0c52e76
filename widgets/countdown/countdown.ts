import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { Announcer } from '../shared/announcer.js';
import { sharedClock, type Granularity } from '../shared/clock.js';
import { bidiStyles } from '../shared/bidi.js';
import { defineElement } from '../shared/define.js';
import type { Lang } from '../shared/i18n.js';
import { FeedController } from '../shared/feed-controller.js';
import { shownLang } from '../shared/lazy-catalog.js';
import { SxElement } from '../shared/sx-element.js';
import { choice, type AttributeRules } from '../shared/attribute-rules.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { clockOffset, type OffsetInput } from './clock-offset.js';
import { SxCountdownEndEvent } from './custom-events.js';
import { countdownMessages, type CountdownMessages } from './countdown.messages.js';
import {
  countdownState,
  eventTarget,
  needsDateReaders,
  phaseKey,
  readTarget,
  type CountdownState,
  type CountdownTarget,
  type Resolved,
  type TargetInput,
} from './countdown-model.js';
import { renderTime, type CountdownFormat } from './countdown-time.js';
import {
  afterMessage,
  asPhrase,
  countdownWords,
  lastMinute,
  spokenSentence,
  type Words,
} from './countdown-words.js';
import { countdownParts, loadPart, type PartName } from './countdown-parts.js';
import { countdownStyles } from './countdown.styles.js';
import { phrase } from './countdown-phrase.js';
import { memo } from './memo.js';
import { Ticker } from './countdown-ticker.js';

export type { CountdownFormat };
export type CountdownVariant = 'inline' | 'card' | 'banner';

const FORMATS: readonly string[] = ['dhms', 'dhm', 'days'];
const VARIANTS: readonly string[] = ['inline', 'card', 'banner'];

type Loaded = { edition: FeedResult<Edition>; events?: FeedResult<ProgrammeEvent[]> };

/**
 * A countdown to the Science and Technology Week, one of its milestones, one of its events or any
 * instant: "距2025年山西省科技活动周开幕还有 12 天 08:14:05". During the week it says which day it
 * is and counts to the close; afterwards it says the week has ended and links the next edition
 * when the feed names one.
 *
 * Every tick is computed from the absolute target instant; one shared timer drives every
 * countdown on the page, aligned to second boundaries and stopped while the tab is hidden. Screen
 * readers get a sentence that changes at most once a minute and announcements only when the phase
 * changes, in the last minute and at the end. Only the edition is loaded (never the programme,
 * unless `event` names one of its events).
 *
 * Before the script runs (no JavaScript, a slow network) the page's own content inside the
 * element shows, e.g. `<time datetime="2025-05-24">5月24日开幕</time>`. For nothing to move when
 * the element upgrades, give that fallback the box the countdown will take (the card and the
 * banner reserve these heights; `--sx-countdown-card-height` / `--sx-countdown-banner-height`
 * change both sides together):
 *
 * ```css
 * sx-countdown:not(:defined) { display: inline; }
 * sx-countdown:is([variant='card'], [variant='banner']):not(:defined) {
 *   display: block;
 *   font-size: var(--sx-font-size, medium);
 * }
 * sx-countdown[variant='card']:not(:defined) { min-height: 11em; }
 * sx-countdown[variant='banner']:not(:defined) { min-height: 4em; }
 * ```
 *
 * (the banner reserves 5.75em on screens narrower than 36rem: repeat that in a media query). The
 * heights are in `em` of the widget's own text size, never in `rem`, which a page may shrink.
 *
 * Inline, the phrase is longer than a short fallback: at the end of a line or in a wide column
 * nothing moves; in a narrow column the paragraph may gain a line.
 *
 * @summary A countdown to the week, a milestone, an event or an instant.
 *
 * @slot - Fallback shown until the element has its data (and, by the browser, before the script
 *   runs), e.g. `<time datetime="2025-05-24">5月24日开幕</time>`.
 *
 * @csspart base - The root of the widget.
 * @csspart body - The visible countdown (label, numbers, date); hidden from screen readers, which
 *   read `sentence` instead.
 * @csspart status - "活动进行中 · 第 3 天" while the week (or the event) is under way.
 * @csspart label - "距…还有" above or before the numbers.
 * @csspart time - The numbers.
 * @csspart segment - One number with its unit (also `segment-days`, `segment-hours`,
 *   `segment-minutes`, `segment-seconds`).
 * @csspart value - The digits of a segment.
 * @csspart unit - The unit of a segment ("天", "days").
 * @csspart clock - `08:14:05` in the inline and banner layouts.
 * @csspart when - The date counted to (card layout).
 * @csspart sentence - The visually hidden sentence read by screen readers.
 * @csspart message - "…已结束" once there is nothing left to count.
 * @csspart ended - Under that message (card, banner): the week's dates and the link to its
 *   official notice (`official-link`) when the edition names one.
 * @csspart next - The line naming the next edition.
 * @csspart next-link - The link to the next edition.
 * @csspart loading - The placeholder shown while loading without fallback content.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart official-link - The link to the official notice (error state, and once ended).
 * @csspart stale - The notice shown when the data is a saved copy.
 *
 * @cssprop --sx-color-accent - Digits (card), banner background, links. Default #1d4e89.
 * @cssprop --sx-color-highlight - "活动进行中". Default #a23b24.
 * @cssprop --sx-color-text - Text. Default #1f2933.
 * @cssprop --sx-color-muted - Labels and units. Default #5b6673.
 * @cssprop --sx-color-surface - Background (card). Default #ffffff.
 * @cssprop --sx-color-border - Card outline. Default #d5dbe3.
 * @cssprop --sx-font-family - Font stack.
 * @cssprop --sx-font-size - Base font size (card and banner; inline follows the text around it).
 * @cssprop --sx-radius - Corner radius. Default 6px.
 * @cssprop --sx-space - Spacing unit. Default half the base font size.
 * @cssprop --sx-countdown-digits-size - Size of the card's digits. Default 2em.
 * @cssprop --sx-countdown-card-height - Height the card reserves. Default 11em.
 * @cssprop --sx-countdown-banner-height - Height the banner reserves. Default 4em (5.75em below 36rem).
 *
 * @fires sx-load - {SxLoadEvent} The edition arrived.
 * @fires sx-error - {SxErrorEvent} The edition could not be loaded.
 * @fires sx-countdown-end - {SxCountdownEndEvent} The target was reached while the page showed
 *   it; the widget moves to the next phase.
 *
 * @example <sx-countdown><time datetime="2025-05-24">5月24日开幕</time></sx-countdown>
 * @example <sx-countdown to="workers-day" variant="card"></sx-countdown>
 */
export class SxCountdown extends SxElement {
  static override styles = [tokenStyles, bidiStyles, countdownStyles];
  /**
   * The attribute checks (`attribute-rules.ts`); choices list the default first. A refused value
   * is replaced by the default before the element's own `willUpdate`, so `format` and `variant`
   * are read as they are everywhere after it.
   */
  static override attributeRules: AttributeRules = {
    format: choice(FORMATS),
    variant: choice(VARIANTS),
  };
  static override properties: PropertyDeclarations = {
    to: {},
    eventId: { attribute: 'event' },
    format: {},
    variant: { reflect: true },
    syncClock: { type: Boolean, attribute: 'sync-clock' },
    client: { attribute: false },
  };

  /**
   * What to count to: `start` (the opening, then the close), `end`, `workers-day`,
   * `report-deadline`, another milestone id of the edition, or an ISO 8601 instant (without an
   * offset it is read in the edition's zone). Default: the opening before the week, the close
   * during it.
   */
  to: string | undefined;

  /** Count to the start (then the end) of this event of the programme instead. */
  eventId: string | undefined;

  /** `dhms` (days, hours, minutes, seconds), `dhm`, or `days`. @default 'dhms' */
  format: CountdownFormat = 'dhms';

  /** `inline` (a phrase in a line of text), `card`, or `banner`. @default 'inline' */
  variant: CountdownVariant = 'inline';

  /**
   * Corrects a wrong visitor clock with the `Date` header of the feed's response (needs `src`: the
   * embedded edition has no server clock; a feed on another origin must expose `Date` with
   * `Access-Control-Expose-Headers`).
   */
  syncClock = false;

  /** A client to load from instead of the page's shared one (custom timeout, tests…). */
  client: SxClient | undefined;

  private readonly feed = new FeedController<Loaded>(this, {
    // The words of the visitor's language come alongside, so the countdown never shows without them.
    load: async (client) => {
      const words = countdownMessages.load(this.uiLang).catch(() => undefined); // else Chinese
      const edition = await client.edition();
      const loaded = this.eventId ? { edition, events: await client.events() } : { edition };
      await words;
      return loaded;
    },
    key: () => this.eventId,
  });
  private readonly announcer = new Announcer(this);
  private readonly ticker = new Ticker(this, () => this.neededGranularity());
  /** The parts imported on demand, once they are here; and their imports, once asked for. */
  private readonly lazy = countdownParts(this);
  private readonly parts = this.lazy.parts;

  // Caches keyed by their whole input (see `memo`): nothing to keep in step by hand.
  private readonly resolve = memo((input: TargetInput) => this.resolveTarget(input));
  private readonly offsetOf = memo((input: OffsetInput) => this.clockOffsetOf(input));
  private readonly words = memo(countdownWords);
  private readonly spoken = memo(spokenSentence);

  private resolved: Resolved | undefined;
  private view: CountdownState | undefined;
  /** Milliseconds to add to the visitor's clock (`sync-clock`). */
  private offset = 0;
  private reached: SxCountdownEndEvent | undefined;
  private readonly fired = new Set<string>();

  /** Settles when the data has loaded (or failed) and is rendered: for tests and scripts. */
  get loaded(): Promise<void> {
    return this.updateComplete
      .then(() => this.feed.settled)
      .then(() => this.lazy.settled('layouts', 'dates'))
      .then(() => countdownMessages.load(this.uiLang).catch(() => undefined))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached: compute the time again (and tick again after the update).
    this.requestUpdate();
  }

  /** The time now on the clock the countdown follows (frozen, or the shared clock corrected). */
  private clockNow(): Date {
    if (this.clockFrozen) return this.currentTime();
    return new Date(sharedClock().now().getTime() + this.offset);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The card and the banner load their styles while the data loads.
    if (this.variant !== 'inline') this.loadPart('layouts');
    const ticked = this.ticker.takeTick();
    const data = this.feed.status === 'ready' ? this.feed.value : undefined;
    if (!data) {
      this.view = undefined;
      return;
    }
    const { eventId, to } = this;
    const resolved = this.resolve({ data, to, eventId, readers: this.parts.dates });
    // A new target (new data, attributes, or the reader arriving) is not "reached" by a tick.
    const previous = resolved === this.resolved ? this.view : undefined;
    this.resolved = resolved;
    if (this.needsDates) this.loadPart('dates');
    const { syncClock, src } = this;
    this.offset = this.offsetOf({ result: this.feed.results?.edition, syncClock, src });
    const view = resolved.target && countdownState(resolved.target, this.clockNow());
    this.view = view;
    if (!ticked || !view || !previous) return;
    if (previous.target && phaseKey(view) !== phaseKey(previous)) {
      this.onReached(previous, view);
    } else if (view.target && lastMinute(view.left) && !lastMinute(previous.left)) {
      this.announcer.announce(this.sentence(view, this.t));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const reached = this.reached;
    this.reached = undefined;
    if (reached) this.dispatchEvent(reached);
    if (this.needsExtras()) this.loadPart('extras');
  }

  /** Whether what is shown now needs the rarely used parts. */
  private needsExtras(): boolean {
    const { status, stale, value } = this.feed;
    const after = this.view?.phase === 'after' && this.target?.kind === 'week';
    return (
      status === 'error' ||
      (stale && this.variant !== 'inline') ||
      (after && Boolean(value?.edition.nextEdition))
    );
  }

  private loadPart(name: PartName): void {
    loadPart(this, this.lazy, name);
  }

  /** The clock correction of `sync-clock` (reads only its input). */
  private clockOffsetOf({ result, syncClock, src }: OffsetInput): number {
    if (syncClock && !src) {
      this.warnOnce(
        'syncClock',
        'sync-clock needs a src: the embedded edition has no server clock.',
      );
    }
    return syncClock && result ? clockOffset(result) : 0;
  }

  /** What `to` / `event` name in the data (reads only its input). */
  private resolveTarget({ data, to, eventId, readers }: TargetInput): Resolved {
    const { edition } = data;
    if (eventId) {
      const event = (data.events as ProgrammeEvent[] | undefined)?.find(
        (candidate) => candidate.id === eventId,
      );
      if (!event) this.warnOnce('eventId', `event="${eventId}" is not in the programme.`);
      return { target: event && eventTarget(event), needsReaders: false };
    }
    const needsReaders = needsDateReaders(to, edition);
    // Until the readers arrive, nothing is shown (the layout waits for the dates part).
    if (needsReaders && !readers) return { target: undefined, needsReaders };
    const target = readTarget(to, edition, readers);
    if (target) return { target, needsReaders };
    this.warnOnce(
      'to',
      `to="${to}" is not start, end, a milestone of the edition or an ISO 8601 instant; counting to the week.`,
    );
    return { target: readTarget(undefined, edition, readers), needsReaders };
  }

  /** The target of `previous` was reached: fire once, and say what happens now. */
  private onReached(previous: CountdownState, now: CountdownState): void {
    const id = `${previous.subject}|${previous.target!.getTime()}`;
    if (this.fired.has(id)) return;
    this.fired.add(id);
    const milestone = this.target?.kind === 'milestone' ? this.target.id : undefined;
    this.reached = new SxCountdownEndEvent(
      previous.subject!,
      previous.target!,
      now.phase,
      milestone,
    );
    const t = this.t;
    this.announcer.announce(now.target ? this.sentence(now, t) : this.afterMessage(t));
  }

  /** `second` while seconds are shown or the end is near, `minute` otherwise, none when idle. */
  private neededGranularity(): Granularity | undefined {
    const view = this.view;
    if (this.clockFrozen || !view?.target) return undefined;
    return this.format !== 'dhms' && view.left.totalMs > 2 * 60_000 ? 'minute' : 'second';
  }

  private get target(): CountdownTarget | undefined {
    return this.resolved?.target;
  }

  /** Whether what is shown needs the dates part: to read `to`, or for a date on the card. */
  private get needsDates(): boolean {
    const target = this.target;
    return (
      !!this.resolved?.needsReaders ||
      (this.variant === 'card' && !!target && target.kind !== 'week')
    );
  }

  // --- words ------------------------------------------------------------------------------

  private get edition(): Edition | undefined {
    return this.feed.value?.edition;
  }

  /**
   * The language the words are shown in: the visitor's (`uiLang`) once its catalog is here. English
   * is imported with the data (see `feed`); a page that switches to English later shows Chinese
   * for the moment the import takes.
   */
  private shownLang(): Lang {
    return shownLang(this, countdownMessages);
  }

  /** The words of the shown language. */
  private get t(): CountdownMessages {
    return countdownMessages.get(this.shownLang())!;
  }

  /** The words of `view`'s phase (computed again only when one of their inputs changes). */
  private wordsOf(view: CountdownState, t: CountdownMessages): Words {
    const { dates, layouts } = this.parts;
    return this.words({
      target: this.target!,
      phase: view.phase,
      subject: view.subject,
      instant: view.target,
      day: view.day,
      edition: this.edition!,
      lang: this.shownLang(),
      t,
      card: this.variant === 'card',
      dates,
      layouts,
    });
  }

  /** The screen-reader sentence: to the minute, so it changes at most once a minute. */
  private sentence(view: CountdownState, t: CountdownMessages): string {
    const { days, hours, minutes } = view.left;
    const words = this.wordsOf(view, t);
    return this.spoken({ words, t, days, hours, minutes, last: lastMinute(view.left) });
  }

  private afterMessage(t: CountdownMessages): string {
    const { edition, target } = this;
    const lang = this.shownLang();
    return afterMessage({ target: target!, edition: edition!, lang, t, dates: this.parts.dates });
  }

  // --- render -----------------------------------------------------------------------------

  // The templates have no white space between nodes (line breaks fall inside tags): in the inline
  // layout every node is inline, and a stray space would show before the page's own punctuation.
  protected override render(): TemplateResult {
    const { status } = this.feed;
    // The error and loading states speak the shared catalog, which has every language.
    const lang = status === 'ready' ? this.shownLang() : this.uiLang;
    const variant = this.variant;
    const base = `sx-root countdown countdown--${variant}`;
    const { extras, layouts } = this.parts;
    // The shared states come with the extras, and their styles (their words with the feed).
    if (status === 'error' && extras) {
      // prettier-ignore
      return html`<div part="base" class=${base} lang=${lang}
        >${extras.renderError(this.feed, lang)}</div>`;
    }
    const view = this.view;
    const laidOut = (variant === 'inline' || layouts) && (!this.needsDates || this.parts.dates);
    if (!view || !laidOut) {
      // Loading (or failed without the error states): the page's fallback content stays (no
      // flash, no jump), else a placeholder. Ready without a view: the event named by `event` is
      // not in the programme.
      // prettier-ignore
      return status === 'ready' && laidOut
        ? html`<div part="base" class=${base} lang=${lang}>${this.renderMissing()}</div>`
        : html`<div part="base" class=${base} lang=${lang} aria-busy=${status !== 'error'}
        ><slot><span part="loading" class="placeholder"></span></slot></div>`;
    }
    const t = this.t;
    // A countdown is computed from the target instant, so an old copy is rarely wrong: the
    // notice goes in the card and the banner, not into a line of the page's text.
    const stale =
      extras && variant !== 'inline'
        ? extras.renderStale(this.feed, lang, this.edition!.timeZone)
        : nothing;
    if (!view.target) {
      // prettier-ignore
      return html`<div part="base" class=${base} lang=${lang}
        >${this.announcer.render()}<p part="message" class="sx-phrases">${phrase(variant === 'inline' ? asPhrase(this.afterMessage(t)) : this.afterMessage(t), this)}</p
        >${layouts?.renderEnded(this.edition!, lang, this.target)}${this.renderNext(lang, t)}${stale}</div>`;
    }
    const words = this.wordsOf(view, t);
    const time = renderTime(view.left, this.format, variant === 'card', t);
    // prettier-ignore
    return html`<div part="base" class=${base} lang=${lang} role="group" aria-label=${words.group}
      >${this.announcer.render()}<p part="sentence" class="sx-visually-hidden"
      >${this.sentence(view, t)}</p><div part="body" aria-hidden="true"
        ><div class="head sx-phrases"
          >${words.status ? html`<p part="status">${phrase(words.status, this)}</p>` : nothing}<p part="label"
          >${phrase(words.lead, this)}</p></div
        ><p part="time">${time}</p
        >${words.when ? html`<p part="when">${words.when}</p>` : nothing}</div
      >${stale}</div>`;
  }

  private renderMissing(): TemplateResult {
    return html`<p part="message">${this.t.eventMissing}</p>`;
  }

  private renderNext(lang: Lang, t: CountdownMessages): TemplateResult | typeof nothing {
    const next = this.target?.kind === 'week' ? this.edition!.nextEdition : undefined;
    const extras = this.parts.extras;
    if (!next || !extras) return nothing;
    return extras.renderNextEdition(next, lang, {
      before: t.nextEdition,
      opens: t.nextEditionOpens,
    });
  }
}

// The events this element fires, exported for `instanceof` and so that this module's types carry
// their event-map entries: importing the element is enough for typed `addEventListener`.
export * from './custom-events.js';
export { SxErrorEvent, SxLoadEvent, type SxLoadDetail } from '../shared/events.js';

defineElement('sx-countdown', SxCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'sx-countdown': SxCountdown;
  }
}
