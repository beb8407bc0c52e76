import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, SxEvent } from '../../src/feed/types.js';
import type { TimeRemaining } from '../../src/query/edition.js';
import { Announcer } from '../shared/announcer.js';
import { sharedClock, type Granularity } from '../shared/clock.js';
import { bidiStyles } from '../shared/bidi.js';
import { defineElement } from '../shared/define.js';
import { localized, type Lang } from '../shared/i18n.js';
import { FeedController, loadedErrorStates } from '../shared/feed-controller.js';
import { LazyParts } from '../shared/lazy-part.js';
import { startServerLoad } from '../shared/server-data.js';
import { SxElement } from '../shared/sx-element.js';
import { choice, type AttributeRules } from '../shared/attribute-rules.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { clockOffset } from './clock-offset.js';
import { SxCountdownEndEvent } from './custom-events.js';
import { zhMessages, type CountdownMessages } from './countdown.messages.js';
import {
  countdownState,
  eventTarget,
  needsInstantReader,
  phaseKey,
  readTarget,
  type CountdownState,
  type CountdownTarget,
} from './countdown-model.js';
import { countdownStyles } from './countdown.styles.js';

export type CountdownFormat = 'days' | 'dhm' | 'dhms';
export type CountdownVariant = 'inline' | 'card' | 'banner';

const FORMATS: readonly string[] = ['dhms', 'dhm', 'days'];
const VARIANTS: readonly string[] = ['inline', 'card', 'banner'];
const MINUTE = 60_000;

type Loaded = { edition: FeedResult<Edition>; events?: FeedResult<SxEvent[]> };
/**
 * Parts imported on demand: the card and banner layouts and the English words (both loaded with
 * the data, when used); the dates (reading an instant in `to`, writing a date other than the
 * week's); the error, stale and next-edition extras.
 */
const importers = {
  layouts: () => import('./countdown-layouts.js'),
  en: () => import('./countdown.messages.en.js'),
  dates: () => import('./countdown-dates.js'),
  extras: () => import('./countdown-extras.js'),
};
type Parts = { [K in PartName]: Awaited<ReturnType<(typeof importers)[K]>> };
type PartName = keyof typeof importers;

/** The parts a server has imported (see `loadPart`). */
const serverParts: Partial<Parts> = {};

/** What the countdown says around its numbers in one phase. */
interface Words {
  /** What is counted to ("2025年山西省科技活动周开幕"). */
  name: string;
  /** "距…还有". */
  lead: string;
  /** The accessible name of the group. */
  group: string;
  /** "活动进行中 · 第 3 天" while under way. */
  status: string | undefined;
  /** The date counted to (card). */
  when: string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

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
 * @csspart next - The line naming the next edition.
 * @csspart next-link - The link to the next edition.
 * @csspart loading - The placeholder shown while loading without fallback content.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart official-link - The link to the official notice in the error state.
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
  /** The attribute checks (`attribute-rules.ts`); choices list the default first. */
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
    load: async (client) => {
      const edition = await client.edition();
      return this.eventId ? { edition, events: await client.events() } : { edition };
    },
    key: () => this.eventId,
  });
  private readonly announcer = new Announcer(this);

  /** What `to` / `event` resolved to, for the data (and instant reader) it was resolved with. */
  private target: CountdownTarget | undefined;
  private resolvedFor: unknown;
  private resolvedWith: unknown;
  /** `to` names an instant, which needs the reader of the dates part. */
  private readsInstant = false;
  private view: CountdownState | undefined;
  private viewKey: string | undefined;
  /** Milliseconds to add to the visitor's clock (`sync-clock`). */
  private offset = 0;
  private ticked = false;
  private reached: SxCountdownEndEvent | undefined;
  private readonly fired = new Set<string>();
  private unsubscribe: (() => void) | undefined;
  private granularity: Granularity | undefined;
  /** The words of the current phase, built once per phase, language and layout (not per tick). */
  private words: Words | undefined;
  private wordsKey = '';
  private sentenceText = '';
  private sentenceKey = '';
  /** The parts imported on demand, once they are here; and their imports, once asked for. */
  private readonly lazy = new LazyParts(this, importers, isServer ? serverParts : {});
  private readonly parts = this.lazy.parts;

  /** Settles when the data has loaded (or failed) and is rendered: for tests and scripts. */
  get loaded(): Promise<void> {
    return this.updateComplete
      .then(() => this.feed.settled)
      .then(() => this.lazy.settled('layouts', 'en', 'dates'))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached: compute the time again (and subscribe in `updated`).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.tickWith(undefined);
  }

  /** The time now on the clock the countdown follows (frozen, or the shared clock corrected). */
  private clockNow(): Date {
    if (this.clockFrozen) return this.currentTime();
    return new Date(sharedClock().now().getTime() + this.offset);
  }

  private readonly onTick = (): void => {
    this.ticked = true;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The card and the banner load their styles, and English its words, while the data loads.
    if (this.layout !== 'inline') this.loadPart('layouts');
    if (this.uiLang === 'en') this.loadPart('en');
    const ticked = this.ticked;
    this.ticked = false;
    const data = this.feed.status === 'ready' ? this.feed.value : undefined;
    if (!data) {
      this.view = undefined;
      return;
    }
    const fresh = data !== this.resolvedFor;
    this.resolvedFor = data;
    // The instant reader arriving resolves a `to` that waited for it.
    const reader = this.parts.dates?.parseInstant;
    if (fresh || changed.has('to') || changed.has('eventId') || reader !== this.resolvedWith) {
      this.resolvedWith = reader;
      this.readsInstant = !this.eventId && needsInstantReader(this.to, data.edition);
      this.target = this.resolveTarget(data.edition, data.events as SxEvent[] | undefined);
      this.viewKey = undefined; // a new target is not "reached" by a tick
    }
    if (this.needsDates) this.loadPart('dates');
    if (fresh || changed.has('syncClock')) this.updateOffset();
    const previous = this.view;
    const previousKey = this.viewKey;
    const view = this.target && countdownState(this.target, this.clockNow());
    this.view = view;
    this.viewKey = view && phaseKey(view);
    if (!ticked || !view || !previous) return;
    if (previous.target && previousKey && this.viewKey !== previousKey) {
      this.onReached(previous, view);
    } else if (view.target && lastMinute(view.left) && !lastMinute(previous.left)) {
      this.announcer.announce(this.sentence(view, this.messages(this.uiLang)));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const reached = this.reached;
    this.reached = undefined;
    if (reached) this.dispatchEvent(reached);
    this.tickWith(this.neededGranularity());
    if (this.needsExtras()) this.loadPart('extras');
  }

  /** Whether what is shown now needs the rarely used parts. */
  private needsExtras(): boolean {
    const { status, stale, value } = this.feed;
    const after = this.view?.phase === 'after' && this.target?.kind === 'week';
    return (
      status === 'error' ||
      (stale && this.layout !== 'inline') ||
      (after && Boolean(value?.edition.nextEdition))
    );
  }

  /** Imports a part (once; again after a failure), with its styles, and renders again. */
  private loadPart(name: PartName): void {
    if (isServer) {
      // Every server render shares the parts: a render after `serverDataReady()` has them all.
      startServerLoad(`sx-countdown part ${name}`, async () => {
        (serverParts as Record<PartName, unknown>)[name] = await importers[name]();
      });
      return;
    }
    this.lazy.load(name).catch((error: unknown) => {
      console.warn(`<${this.localName}> could not load a part of itself.`, error);
    });
  }

  private updateOffset(): void {
    const edition = this.feed.results?.edition;
    if (this.syncClock && !this.src) {
      this.warnOnce(
        'syncClock',
        'sync-clock needs a src: the embedded edition has no server clock.',
      );
    }
    this.offset = this.syncClock && edition ? clockOffset(edition) : 0;
  }

  private resolveTarget(
    edition: Edition,
    events: SxEvent[] | undefined,
  ): CountdownTarget | undefined {
    if (this.eventId) {
      const event = events?.find((candidate) => candidate.id === this.eventId);
      if (event) return eventTarget(event);
      this.warnOnce('eventId', `event="${this.eventId}" is not in the programme.`);
      return undefined;
    }
    const reader = this.parts.dates?.parseInstant;
    if (this.readsInstant && !reader) return undefined; // until the reader arrives
    const target = readTarget(this.to, edition, reader);
    if (target) return target;
    this.warnOnce(
      'to',
      `to="${this.to}" is not start, end, a milestone of the edition or an ISO 8601 instant; counting to the week.`,
    );
    return readTarget(undefined, edition);
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
    const t = this.messages(this.uiLang);
    this.announcer.announce(now.target ? this.sentence(now, t) : this.afterMessage(t));
  }

  /** `second` while seconds are shown or the end is near, `minute` otherwise, none when idle. */
  private neededGranularity(): Granularity | undefined {
    const view = this.view;
    if (!this.isConnected || this.clockFrozen || !view?.target) return undefined;
    return this.format === 'dhm' || this.format === 'days'
      ? view.left.totalMs <= 2 * MINUTE
        ? 'second'
        : 'minute'
      : 'second';
  }

  private tickWith(granularity: Granularity | undefined): void {
    if (granularity === this.granularity) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.granularity = granularity;
    if (granularity) this.unsubscribe = sharedClock().subscribe(this.onTick, granularity);
  }

  /** Whether what is shown needs the dates part: an instant in `to`, or a date on the card. */
  private get needsDates(): boolean {
    const target = this.target;
    return this.readsInstant || (this.layout === 'card' && !!target && target.kind !== 'week');
  }

  /** The layout: `variant` when valid, else inline. */
  private get layout(): CountdownVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'inline';
  }

  // --- words ------------------------------------------------------------------------------

  private get edition(): Edition | undefined {
    return this.feed.value?.edition;
  }

  /** The words of `lang` (Chinese until the English words have arrived). */
  private messages(lang: Lang): CountdownMessages {
    return (lang === 'en' && this.parts.en?.enMessages) || zhMessages;
  }

  private editionTitle(lang: Lang): string {
    const edition = this.edition!;
    return localized(lang, edition.title, edition.titleEn);
  }

  /** What the numbers count to, in words ("2025年山西省科技活动周开幕", "全国科技工作者日"). */
  private subjectName(view: CountdownState, t: CountdownMessages): string {
    const lang = this.uiLang;
    const target = this.target!;
    switch (view.subject) {
      case 'start':
        return t.opening(this.editionTitle(lang));
      case 'end':
        return t.closing(view.phase === 'during' ? undefined : this.editionTitle(lang));
      case 'milestone': {
        const id = target.kind === 'milestone' ? target.id : '';
        const milestone = this.edition!.milestones.find((m) => m.id === id);
        return milestone ? localized(lang, milestone.label, milestone.labelEn) : id;
      }
      case 'event-start':
      case 'event-end': {
        const event = (target as Extract<CountdownTarget, { kind: 'event' }>).event;
        const title = localized(lang, event.title, event.titleEn);
        return view.subject === 'event-start' ? t.eventStart(title) : t.eventEnd(title);
      }
      default:
        return this.when(view.target!, lang);
    }
  }

  /**
   * A date and time in the edition's zone, named when that is Beijing time. Asked for only once
   * the dates part is here (the layout waits for it); the ISO text is a safety net.
   */
  private when(instant: Date, lang: Lang): string {
    const dates = this.parts.dates;
    const zone = this.edition!.timeZone;
    return dates
      ? dates.formatWhen(instant, lang, zone, this.messages(lang).beijingTime)
      : instant.toISOString();
  }

  private status(view: CountdownState, t: CountdownMessages): string {
    return view.day ? `${t.underWay} · ${t.dayNumber(view.day)}` : t.underWay;
  }

  /** The words of `view`'s phase, kept until the phase, the day, the language or layout change. */
  private wordsOf(view: CountdownState, t: CountdownMessages, variant: string): Words {
    const lang = this.uiLang;
    const key = `${this.viewKey}|${view.day}|${lang}|${variant}|${Object.keys(this.parts)}`;
    if (this.words && key === this.wordsKey) return this.words;
    const name = this.subjectName(view, t);
    this.wordsKey = key;
    this.words = {
      name,
      lead: t.lead(name),
      group: t.countdownName(name),
      status: view.phase === 'during' ? this.status(view, t) : undefined,
      when: variant === 'card' ? this.renderWhen(view, lang) : undefined,
    };
    return this.words;
  }

  /** The screen-reader sentence: to the minute, so it changes at most once a minute. */
  private sentence(view: CountdownState, t: CountdownMessages): string {
    const words = this.wordsOf(view, t, this.layout);
    const { days, hours, minutes } = view.left;
    const last = lastMinute(view.left);
    const key = `${this.wordsKey}|${days}|${hours}|${minutes}|${last}`;
    if (key === this.sentenceKey) return this.sentenceText;
    const left = last ? t.lastMinute(words.name) : t.sentence(words.name, view.left);
    this.sentenceKey = key;
    this.sentenceText = words.status ? `${words.status}。${left}` : left;
    return this.sentenceText;
  }

  private afterMessage(t: CountdownMessages): string {
    const target = this.target!;
    const lang = this.uiLang;
    switch (target.kind) {
      case 'week':
        return t.weekEnded(this.editionTitle(lang));
      case 'event':
        return t.eventEnded(localized(lang, target.event.title, target.event.titleEn));
      case 'milestone': {
        const milestone = this.edition!.milestones.find((m) => m.id === target.id);
        return t.reached(
          milestone ? localized(lang, milestone.label, milestone.labelEn) : target.id,
        );
      }
      case 'instant':
        return t.reached(this.when(target.instant, lang));
    }
  }

  // --- render -----------------------------------------------------------------------------

  // The templates have no white space between nodes (line breaks fall inside tags): in the inline
  // layout every node is inline, and a stray space would show before the page's own punctuation.
  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const variant = this.layout;
    const base = `sx-root countdown countdown--${variant}`;
    const { status, error } = this.feed;
    const { extras, layouts } = this.parts;
    // The states are downloaded by the feed controller before it reports a failure or a saved
    // copy; their styles come with the extras.
    const states = extras && loadedErrorStates();
    if (status === 'error' && states) {
      // prettier-ignore
      return html`<div part="base" class=${base} lang=${lang}
        >${states.renderError({ lang, error, onRetry: () => this.feed.retry() })}</div>`;
    }
    const view = this.view;
    const laidOut =
      (variant === 'inline' || layouts) &&
      (lang !== 'en' || this.parts.en) &&
      (!this.needsDates || this.parts.dates);
    if (!view || !laidOut) {
      // Loading (or failed without the error states): the page's fallback content stays (no
      // flash, no jump), else a placeholder. Ready without a view: the event named by `event` is
      // not in the programme.
      // prettier-ignore
      return status === 'ready' && laidOut
        ? html`<div part="base" class=${base} lang=${lang}>${this.renderMissing(lang)}</div>`
        : html`<div part="base" class=${base} lang=${lang} aria-busy=${status !== 'error'}
        ><slot><span part="loading" class="placeholder"></span></slot></div>`;
    }
    const t = this.messages(lang);
    // A countdown is computed from the target instant, so an old copy is rarely wrong: the
    // notice goes in the card and the banner, not into a line of the page's text.
    const stale =
      this.feed.stale && states && variant !== 'inline'
        ? states.renderStale({
            lang,
            fetchedAt: this.feed.fetchedAt,
            timeZone: this.edition!.timeZone,
          })
        : nothing;
    if (!view.target) {
      // prettier-ignore
      return html`<div part="base" class=${base} lang=${lang}
        >${this.announcer.render()}<p part="message">${this.afterMessage(t)}</p
        >${this.renderNext(lang, t)}${stale}</div>`;
    }
    const words = this.wordsOf(view, t, variant);
    // prettier-ignore
    return html`<div part="base" class=${base} lang=${lang} role="group" aria-label=${words.group}
      >${this.announcer.render()}<p part="sentence" class="sx-visually-hidden"
      >${this.sentence(view, t)}</p><div part="body" aria-hidden="true"
        ><div class="head"
          >${words.status ? html`<p part="status">${words.status}</p>` : nothing}<p part="label"
          >${words.lead}</p></div
        ><p part="time">${this.renderTime(view.left, variant, t)}</p
        >${words.when ? html`<p part="when">${words.when}</p>` : nothing}</div
      >${stale}</div>`;
  }

  private renderMissing(lang: Lang): TemplateResult {
    return html`<p part="message">${this.messages(lang).eventMissing}</p>`;
  }

  private renderWhen(view: CountdownState, lang: Lang): string | undefined {
    return this.target?.kind === 'week'
      ? this.parts.layouts?.weekDates(this.edition!, lang)
      : this.when(view.target!, lang);
  }

  private renderTime(left: TimeRemaining, variant: string, t: CountdownMessages): TemplateResult {
    const segment = (kind: string, value: string, unit: string) =>
      html`<span part="segment segment-${kind}"
        ><span part="value">${value}</span><span part="unit">${unit}</span></span
      >`;
    const { days, hours, minutes, seconds } = left;
    // The last minute is told in seconds whatever the format.
    if (this.format !== 'dhms' && FORMATS.includes(this.format) && lastMinute(left)) {
      return segment('seconds', String(seconds), t.unit.seconds);
    }
    if (this.format === 'days' && days > 0) return segment('days', String(days), t.unit.days(days));
    const withSeconds = !(this.format === 'dhm' || this.format === 'days');
    if (variant === 'card') {
      return html`${segment('days', String(days), t.unit.days(days))}${segment(
        'hours',
        pad(hours),
        t.unit.hours,
      )}${segment('minutes', pad(minutes), t.unit.minutes)}${
        withSeconds ? segment('seconds', pad(seconds), t.unit.seconds) : nothing
      }`;
    }
    const dayPart = days > 0 ? segment('days', String(days), t.unit.days(days)) : nothing;
    if (withSeconds) {
      // One text node: a tick changes one string, which the browser lays out again.
      const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
      return html`${dayPart}<span part="clock">${clock}</span>`;
    }
    // In words, leading zero units are left out: "8小时14分钟", "4分钟".
    const hourPart =
      days > 0 || hours > 0 ? segment('hours', String(hours), t.longUnit.hours(hours)) : nothing;
    return html`${dayPart}${hourPart}${segment(
      'minutes',
      String(minutes),
      t.longUnit.minutes(minutes),
    )}`;
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

/** Less than a minute left (but something). */
function lastMinute(left: TimeRemaining): boolean {
  return left.totalMs > 0 && left.totalMs < MINUTE;
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
