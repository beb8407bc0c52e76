import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { SxClient } from '../../src/client/types.js';
import type { Edition, Story } from '../../src/feed/types.js';
import { Announcer } from '../shared/announcer.js';
import { bidiStyles } from '../shared/bidi.js';
import { defineElement } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import type { Lang } from '../shared/i18n.js';
import { shownLang } from '../shared/lazy-catalog.js';
import { renderEmpty, renderError, renderLoading, renderNotices } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { SxElement } from '../shared/sx-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { splitList } from '../../src/text/split-list.js';
import { LazyParts } from '../shared/lazy-part.js';
import { SxStoryChangeEvent, type StoryChangeCause } from './custom-events.js';
import type { QrCode } from './qr-code.js';
import { RotationSlot } from './rotation-slot.js';
import {
  MIN_ROTATE_SECONDS,
  RULES,
  VARIANTS,
  type StoryCardVariant,
} from './story-card-attributes.js';
import {
  cardChoice,
  lastResult,
  linkedStoryId,
  storyUrl,
  type StoryChoice,
  type StoryPick,
} from './story-choice.js';
import { storyCardMessages, type StoryCardMessages } from './story-card.messages.js';
import { storyCardStyles } from './story-card.styles.js';
import { renderCard, renderCompact } from './story-layouts.js';
import { emptyText, imageUrl, textIn } from './story-text.js';
import type { StoryView } from './story-view.js';
import { PageStoriesController, freeIndex, shownBefore, shownByOthers } from './page-stories.js';

export type { StoryCardVariant } from './story-card-attributes.js';

/**
 * The story of a scientist or engineer (国家科学技术奖, 国家工程师奖, 国家创新争先奖,
 * 最美科技工作者 …): one chosen story, or several in rotation, as a card, a one-line side-bar
 * entry or a wide home-page feature, with sharing and a QR code for WeChat.
 *
 * The address a story is shared with is its `source.url` when the feed has one; otherwise the
 * page's own address with `?sx-story=<id>`, and a card on that page opens on that story.
 *
 * @summary A scientist's or engineer's story, chosen, daily or rotating.
 *
 * @csspart base - The root of the widget.
 * @csspart carousel - The region holding a rotating card and its controls.
 * @csspart card - The story (`article`).
 * @csspart portrait - The picture area.
 * @csspart image - The portrait image.
 * @csspart monogram - The placeholder letter shown without a (working) portrait.
 * @csspart content - Everything beside the picture.
 * @csspart name - The heading: the person's name.
 * @csspart sample - The "示例数据" marker of a sample story.
 * @csspart affiliation - Where the person works.
 * @csspart honours - The list of honours.
 * @csspart honour - One honour badge (award and year).
 * @csspart headline - The story's headline.
 * @csspart spirit - The spirit facets with their label.
 * @csspart spirit-facet - One facet (爱国, 创新…).
 * @csspart quote - A quote with its source (only when the feed has one).
 * @csspart summary - The summary.
 * @csspart body - The full text (paragraphs), shown by "read more".
 * @csspart source - The story's source line.
 * @csspart actions - Read more, share and QR buttons.
 * @csspart read-more - The "read more" button (or link to the source).
 * @csspart expand - The compact variant's "read more" toggle.
 * @csspart details - The compact variant's expandable part.
 * @csspart share - The share button.
 * @csspart qr-toggle - The button that shows the QR code.
 * @csspart feedback - "Link copied" and similar messages.
 * @csspart qr-panel - The panel with the QR code, a hint and the link.
 * @csspart qr-code - The QR code (SVG).
 * @csspart qr-hint - The "scan with WeChat" hint.
 * @csspart qr-url - The link as text.
 * @csspart topics - The list of topics.
 * @csspart topic - One topic.
 * @csspart controls - The rotation controls.
 * @csspart previous - The "previous story" button.
 * @csspart toggle - The pause / play button.
 * @csspart next - The "next story" button.
 * @csspart position - "2 / 7".
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart official-link - The link to the official notice in the error state.
 * @csspart empty - The empty state.
 * @csspart stale - The banner shown when the data is a saved copy.
 *
 * @cssprop --sx-color-accent - Links, buttons, focus ring. Default #1d4e89.
 * @cssprop --sx-color-highlight - Honour badges. Default #a23b24.
 * @cssprop --sx-color-text - Text. Default #1f2933.
 * @cssprop --sx-color-muted - Secondary text. Default #5b6673.
 * @cssprop --sx-color-surface - Background. Default #ffffff.
 * @cssprop --sx-color-border - Rules and outlines. Default #d5dbe3.
 * @cssprop --sx-font-family - Font stack (system UI with PingFang SC, Microsoft YaHei, Noto Sans CJK SC).
 * @cssprop --sx-font-size - Base font size. Default `medium` (the visitor's default, usually 16px).
 * @cssprop --sx-radius - Corner radius. Default 6px.
 * @cssprop --sx-space - Spacing unit. Default half the base font size.
 *
 * @fires sx-load - {SxLoadEvent} The stories arrived (counts, issues, stale).
 * @fires sx-error - {SxErrorEvent} The stories could not be loaded.
 * @fires sx-story-change - {SxStoryChangeEvent} The visitor moved to another story.
 *
 * @example <sx-story-card pick="daily" honour="national-sci-tech"></sx-story-card>
 * @example <sx-story-card variant="compact" rotate="12" spirit="dedication,mentoring"></sx-story-card>
 */
export class SxStoryCard extends SxElement {
  static override styles = [tokenStyles, bidiStyles, stateStyles, storyCardStyles];
  // Not decorators: each decorated field cost a call and the pages a helper (#17 bytes, 7 Dec 2026).
  static override properties = {
    story: {},
    pick: {},
    topic: {},
    honour: {},
    spirit: {},
    rotate: { type: Number },
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    client: { attribute: false },
    index: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    qrOpen: { state: true, attribute: false },
    qr: { state: true, attribute: false },
    feedback: { state: true, attribute: false },
  };

  /** Id of the story to show (first, when rotating). Wins over `pick`. */
  story: string | undefined;
  /**
   * How to choose a story: `latest` (newest published), `daily` (the same story for every visitor
   * on a given day, in the edition's zone) or `random` (on each page view). @default 'latest'
   */
  pick: StoryPick = 'latest';
  /** Only stories on these topics (`ai`, `health`…; comma-separated, any of). */
  topic: string | undefined;
  /** Only stories with these honours (`national-sci-tech`, `most-beautiful`…; any of). */
  honour: string | undefined;
  /** Only stories showing these spirit facets (`patriotism`, `dedication`…; any of). */
  spirit: string | undefined;
  /**
   * Seconds each story stays before the next matching one (at least 5); 0 or absent: no rotation.
   * Rotation pauses on hover, on focus and while the tab is hidden, and does not start on its own
   * with `prefers-reduced-motion: reduce`.
   */
  rotate = 0;
  /** `card`, `compact` (one line and a thumbnail, for side bars) or `feature` (wide). @default 'card' */
  variant: StoryCardVariant = 'card';
  /** Level of the heading holding the person's name (2–6). @default 3 */
  headingLevel = 3;
  /** A client to load from instead of the page's shared one (custom timeout, storage…). */
  client: SxClient | undefined;

  private index = 0;
  private expanded = false;
  private qrOpen = false;
  private qr: QrCode | 'loading' | 'failed' | undefined;
  /** The QR module's renderer, once a visitor has opened a QR panel (it loads with the encoder). */
  private qrRequest: string | undefined;
  private feedback: string | undefined;

  private readonly feed = new FeedController(this, {
    // Both asked at once: the stories need the client module (imported on demand), the edition
    // does not, and the client shares the one request for the feed between them. The words of
    // the visitor's language come alongside, so the card never shows without them.
    load: async (client) => {
      const words = storyCardMessages.load(this.uiLang).catch(() => undefined); // else Chinese
      const [edition, stories] = await Promise.allSettled([client.edition(), client.stories()]);
      await words;
      if (edition.status === 'rejected') throw edition.reason;
      if (stories.status === 'rejected') throw stories.reason;
      return { edition: edition.value, stories: stories.value };
    },
  });
  private readonly announcer = new Announcer(this);
  /** Rotation and the QR encoder, imported when a card needs them. */
  private readonly lazy = new LazyParts(this, {
    rotation: () => import('./rotation.js'),
    qr: () => import('./qr-code.js'),
  });
  private readonly rotation = new RotationSlot(
    this,
    () => this.lazy.load('rotation'),
    () => this.show(this.index + 1),
  );
  private choice: StoryChoice = { stories: [], index: 0 };
  private readonly choose = lastResult(cardChoice);
  private readonly failedImages = new Set<string>();

  constructor() {
    super();
    // Registers itself: no two story cards on the page show the same story.
    new PageStoriesController(this);
  }

  /** The story shown now (undefined while loading or when none matches). */
  get currentStory(): Story | undefined {
    return this.choice.stories[this.index];
  }

  /** The id of the story on show (for the page's other story cards). */
  get shownStoryId(): string | undefined {
    return this.currentStory?.id;
  }

  /** An earlier card on the page now shows this card's story: show the next free one. */
  giveWay(): void {
    if (this.story?.trim()) return;
    const ids = this.choice.stories.map((story) => story.id);
    const index = freeIndex(ids, this.index, shownBefore(this));
    if (index === this.index) return;
    this.index = index;
    this.resetStoryState();
  }

  /** The stories this card shows (rotates through), in order. */
  get stories(): readonly Story[] {
    return this.choice.stories;
  }

  /** Settles when the data has loaded (or failed) and the card is ready to show it. */
  get loaded(): Promise<void> {
    return this.feed.settled
      .then(() => storyCardMessages.load(this.uiLang).catch(() => undefined))
      .then(() => this.updateComplete)
      .then(() => this.rotation.loading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateChoice();
    const ready = this.feed.status !== 'error' && this.feed.value !== undefined;
    const seconds = ready ? this.rotateSeconds() : 0;
    this.rotation.configure(seconds, this.choice.stories.length);
  }

  /** Rotation is wanted: the controls are shown (or their space is kept while they load). */
  private get rotating(): boolean {
    return this.rotation.wanted(this.rotateSeconds(), this.choice.stories.length);
  }

  protected override render(): TemplateResult {
    const { status, value } = this.feed;
    // The loading and error states speak the shared catalog, which has every language.
    const lang = status !== 'error' && value ? this.shownLang() : this.uiLang;
    return html`<div
      part="base"
      class="sx-root story-card story-card--${this.shownVariant}"
      lang=${lang}
      @keydown=${this.onKeydown}
    >
      ${this.renderContent(lang)} ${this.announcer.render()}
    </div>`;
  }

  // ---- choosing ----

  private updateChoice(): void {
    const value = this.feed.value;
    const choice = this.choose({
      stories: value?.stories,
      timeZone: value?.edition.timeZone,
      story: this.story,
      pick: this.pick,
      topic: this.topic,
      honour: this.honour,
      spirit: this.spirit,
      frozenNow: this.clockFrozen ? this.currentTime().getTime() : undefined,
      linkedId: typeof location === 'undefined' ? undefined : linkedStoryId(location.href),
    });
    if (choice === this.choice) return;
    this.choice = choice;
    // A card told which story to show shows it; others open on one no earlier card shows.
    const ids = choice.stories.map((story) => story.id);
    this.index = this.story?.trim()
      ? choice.index
      : freeIndex(ids, choice.index, shownBefore(this));
    this.resetStoryState();
    if (choice.missingId) {
      this.warnOnce('story', `story="${choice.missingId}" names no story in the feed.`);
    }
  }

  private rotateSeconds(): number {
    const seconds = Number(this.rotate);
    return Number.isFinite(seconds) && seconds > 0 ? Math.max(MIN_ROTATE_SECONDS, seconds) : 0;
  }

  /** Shows story `index` (wrapping); `cause` is set when the visitor asked for it. */
  private show(index: number, cause?: StoryChangeCause): void {
    const count = this.choice.stories.length;
    if (count === 0) return;
    // Rotation steps past the stories other cards on the page show.
    const ids = this.choice.stories.map((story) => story.id);
    const step = cause === 'previous' ? -1 : 1;
    this.index = freeIndex(ids, ((index % count) + count) % count, shownByOthers(this), step);
    this.resetStoryState();
    if (!cause) return;
    this.rotation.controller?.restart();
    const story = this.choice.stories[this.index]!;
    const change = new SxStoryChangeEvent(story, this.index, count, cause);
    this.dispatchEvent(change);
    const lang = this.shownLang();
    const t = this.t;
    this.announcer.announce(
      t.nowShowing(this.index + 1, count, textIn(lang, story.name, story.nameEn).text),
    );
  }

  private resetStoryState(): void {
    this.expanded = false;
    this.qrOpen = false;
    this.feedback = undefined;
    this.rotation.setReading(false);
  }

  // ---- rendering ----

  /**
   * The language the card is shown in: the visitor's (`uiLang`) once its words are here. English
   * is imported with the stories (see `feed`); a page that switches to English later shows
   * Chinese for the moment the import takes.
   */
  private shownLang(): Lang {
    return shownLang(this, storyCardMessages);
  }

  /** The words of the shown language. */
  private get t(): StoryCardMessages {
    return storyCardMessages.get(this.shownLang())!;
  }

  private get shownVariant(): StoryCardVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'card';
  }

  private renderContent(lang: Lang): unknown {
    const feed = this.feed;
    if (feed.status === 'error') return renderError(feed, lang);
    if (!feed.value) {
      // Roughly the card's height, so the page does not jump when it arrives.
      const compact = this.shownVariant === 'compact';
      return renderLoading({ lang, rows: 1, rowHeight: compact ? '4em' : '22em' });
    }
    const { edition } = feed.value;
    const t = this.t;
    // The missing cities and a saved copy; a sample story is marked on the card itself.
    const notices = renderNotices(feed, lang, { ...edition, sample: false });
    const story = this.currentStory;
    if (!story) {
      const filtered = [this.topic, this.honour, this.spirit].some(splitList);
      return html`${notices}${renderEmpty({ lang, ...emptyText(t, this.choice.missingId, filtered) })}`;
    }
    const view = this.view(story, edition, lang, t);
    const card = this.variant === 'compact' ? renderCompact(view) : renderCard(view);
    if (!this.rotating) return html`${notices}${card}`;
    const controls = this.rotation.renderControls({
      t,
      index: this.index,
      count: this.choice.stories.length,
      go: (step) => this.show(this.index + step, step < 0 ? 'previous' : 'next'),
    });
    return html`${notices}
      <section part="carousel" class="carousel" aria-label=${t.carousel}>
        ${card} ${controls}
      </section>`;
  }

  /** What the templates show and call for `story`. */
  private view(story: Story, edition: Edition, lang: Lang, t: StoryCardMessages): StoryView {
    const src = imageUrl(story.image?.src);
    return {
      story,
      edition,
      lang,
      t,
      headingLevel: this.headingLevel,
      expanded: this.expanded,
      image: src && !this.failedImages.has(src) ? src : undefined,
      url: typeof location === 'undefined' ? undefined : storyUrl(story, location.href),
      qrOpen: this.qrOpen,
      qr: this.qr,
      qrModule: this.lazy.parts.qr,
      feedback: this.feedback,
      onImageError: this.imageFailed,
      onToggleExpanded: this.toggleExpanded,
      onShare: (url) => void this.share(story, url, textIn(lang, story.name, story.nameEn).text),
      onToggleQr: (url) => this.toggleQr(url),
    };
  }

  // ---- actions ----

  /**
   * Escape closes what the visitor opened, innermost first (the QR panel, then the full text),
   * and puts focus back on the button that opened it.
   */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    let opener: string;
    if (this.qrOpen) {
      this.qrOpen = false;
      opener = '[part~="qr-toggle"]';
    } else if (this.expanded) {
      this.expanded = false;
      opener = '[part~="read-more"], [part~="expand"]';
    } else {
      return;
    }
    event.preventDefault();
    this.syncReading();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(opener)?.focus();
    });
  };

  private readonly toggleExpanded = (): void => {
    this.expanded = !this.expanded;
    this.syncReading();
  };

  private toggleQr(url: string): void {
    this.qrOpen = !this.qrOpen;
    this.syncReading();
    if (!this.qrOpen) return;
    if (typeof this.qr === 'object' && this.qr.text === url) return;
    // Only the latest request counts: the story may change while the encoder loads.
    this.qrRequest = url;
    this.qr = 'loading';
    this.lazy
      .load('qr')
      .then(({ makeQrCode }) => {
        if (this.qrRequest === url) this.qr = makeQrCode(url);
      })
      .catch((error: unknown) => {
        console.error(`<${this.localName}> could not make the QR code.`, error);
        if (this.qrRequest === url) this.qr = 'failed';
      });
  }

  /** A visitor reading the full text or scanning the QR code must not see the card move on. */
  private syncReading(): void {
    this.rotation.setReading(this.expanded || this.qrOpen);
  }

  private async share(story: Story, url: string, name: string): Promise<void> {
    const lang = this.shownLang();
    const t = this.t;
    const text = textIn(lang, story.headline, story.headlineEn).text;
    const { shareLink } = await import('../shared/share-url.js');
    const outcome = await shareLink({ title: name, text, url });
    if (outcome === 'shared' || outcome === 'cancelled') return;
    this.feedback = outcome === 'copied' ? t.linkCopied : t.copyFailed;
    // The link is printed under the QR code, ready to copy by hand.
    if (outcome === 'failed' && !this.qrOpen) this.toggleQr(url);
    this.announcer.announce(this.feedback);
  }

  private readonly imageFailed = (src: string): void => {
    this.failedImages.add(src);
    this.requestUpdate();
  };

  static override attributeRules = RULES;
}

// The events this element fires, exported for `instanceof` and so that this module's types carry
// their event-map entries: importing the element is enough for typed `addEventListener`.
export * from './custom-events.js';
export { SxErrorEvent, SxLoadEvent, type SxLoadDetail } from '../shared/events.js';

defineElement('sx-story-card', SxStoryCard);

declare global {
  interface HTMLElementTagNameMap {
    'sx-story-card': SxStoryCard;
  }
}
