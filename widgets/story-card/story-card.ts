import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SxClient } from '../../src/client/types.js';
import type { Edition, Story } from '../../src/feed/types.js';
import { safeUrl, safeWebUrl } from '../../src/feed/safe-url.js';
import { Announcer } from '../shared/announcer.js';
import { bidiStyles } from '../shared/bidi.js';
import { defineElement } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { phrases } from '../shared/phrases.js';
import { renderHeading } from '../shared/heading.js';
import { messagesFor, termName, type Lang } from '../shared/i18n.js';
import { safeLink } from '../shared/safe-link.js';
import {
  renderEmpty,
  renderError,
  renderLoading,
  renderSampleMarker,
  renderPartial,
  renderStale,
} from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { SxElement } from '../shared/sx-element.js';
import { choice, wholeNumber, type AttributeRules } from '../shared/attribute-rules.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { splitList } from '../../src/text/split-list.js';
import { LazyParts } from '../shared/lazy-part.js';
import { SxStoryChangeEvent, type StoryChangeCause } from './custom-events.js';
import { icon } from './icons.js';
import type { QrCode } from './qr-code.js';
import type { RotationController } from './rotation.js';
import {
  STORY_PICKS,
  chooseStories,
  linkedStoryId,
  monogram,
  storyUrl,
  type StoryChoice,
  type StoryPick,
} from './story-choice.js';
import { storyCardMessages, type StoryCardMessages } from './story-card.messages.js';
import { storyCardStyles } from './story-card.styles.js';
import {
  announceShown,
  freeIndex,
  joinPage,
  leavePage,
  shownBefore,
  shownByOthers,
} from './page-stories.js';

export type StoryCardVariant = 'card' | 'compact' | 'feature';

const VARIANTS: readonly StoryCardVariant[] = ['card', 'compact', 'feature'];
/** Shortest time a story stays when rotating: long enough to read a headline and a summary. */
const MIN_ROTATE_SECONDS = 5;

/** The attribute checks (`attribute-rules.ts`); choices list the default first. */
const RULES: AttributeRules = {
  pick: choice(STORY_PICKS),
  variant: choice(VARIANTS),
  // 0 turns rotation off; a shorter time is raised to the minimum (too fast to read).
  rotate: {
    problem: (value) =>
      value === 0 || (value as number) >= MIN_ROTATE_SECONDS
        ? undefined
        : `is not 0 or ≥ ${MIN_ROTATE_SECONDS} s`,
    fallback: (value: number) => (value > 0 ? MIN_ROTATE_SECONDS : 0),
  },
  headingLevel: wholeNumber(2, 6, 3),
};

/** Feed text in the UI language when the feed has it, else the Chinese (marked as such). */
interface Text {
  text: string;
  /** Set when the text is not in the UI language. */
  lang: string | undefined;
}

function textIn(lang: Lang, zh: string, en: string | undefined): Text {
  if (lang === 'en' && en) return { text: en, lang: undefined };
  return { text: zh, lang: lang === 'en' ? 'zh-CN' : undefined };
}

/** Only web addresses for images (`mailto:` or `tel:` would be no picture). */
const imageUrl = (src: string | undefined) => (src ? safeWebUrl(src) : undefined);

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

  /** Id of the story to show (first, when rotating). Wins over `pick`. */
  @property() story: string | undefined;
  /**
   * How to choose a story: `latest` (newest published), `daily` (the same story for every visitor
   * on a given day, in the edition's zone) or `random` (on each page view). @default 'latest'
   */
  @property() pick: StoryPick = 'latest';
  /** Only stories on these topics (`ai`, `health`…; comma-separated, any of). */
  @property() topic: string | undefined;
  /** Only stories with these honours (`national-sci-tech`, `most-beautiful`…; any of). */
  @property() honour: string | undefined;
  /** Only stories showing these spirit facets (`patriotism`, `dedication`…; any of). */
  @property() spirit: string | undefined;
  /**
   * Seconds each story stays before the next matching one (at least 5); 0 or absent: no rotation.
   * Rotation pauses on hover, on focus and while the tab is hidden, and does not start on its own
   * with `prefers-reduced-motion: reduce`.
   */
  @property({ type: Number }) rotate = 0;
  /** `card`, `compact` (one line and a thumbnail, for side bars) or `feature` (wide). @default 'card' */
  @property({ reflect: true }) variant: StoryCardVariant = 'card';
  /** Level of the heading holding the person's name (2–6). @default 3 */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** A client to load from instead of the page's shared one (custom timeout, storage…). */
  @property({ attribute: false }) client: SxClient | undefined;

  @state() private index = 0;
  @state() private expanded = false;
  @state() private qrOpen = false;
  @state() private qr: QrCode | 'loading' | 'failed' | undefined;
  /** The QR module's renderer, once a visitor has opened a QR panel (it loads with the encoder). */
  private qrRequest: string | undefined;
  @state() private feedback: string | undefined;

  private readonly feed = new FeedController(this, {
    // Both asked at once: the stories need the client module (imported on demand), the edition
    // does not, and the client shares the one request for the feed between them.
    load: async (client) => {
      const [edition, stories] = await Promise.allSettled([client.edition(), client.stories()]);
      if (edition.status === 'rejected') throw edition.reason;
      if (stories.status === 'rejected') {
        this.errorEdition = edition.value.data;
        throw stories.reason;
      }
      return { edition: edition.value, stories: stories.value };
    },
  });
  private readonly announcer = new Announcer(this);
  /** Loaded with its controls only by a card that rotates (most cards show one story). */
  private rotation: RotationController | undefined;
  private rotationLoad: Promise<void> | undefined;
  /** Rotation and the QR encoder, imported when a card needs them. */
  private readonly lazy = new LazyParts(this, {
    rotation: () => import('./rotation.js'),
    qr: () => import('./qr-code.js'),
  });
  private errorEdition: Edition | undefined;
  private choice: StoryChoice = { stories: [], index: 0 };
  private choiceInputs: readonly unknown[] = [];
  private readonly failedImages = new Set<string>();
  private announcedStoryId: string | undefined;

  /** The story shown now (undefined while loading or when none matches). */
  get currentStory(): Story | undefined {
    return this.choice.stories[this.index];
  }

  /** The id of the story on show (for the page's other story cards). */
  get shownStoryId(): string | undefined {
    return this.currentStory?.id;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinPage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leavePage(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.shownStoryId !== this.announcedStoryId) {
      this.announcedStoryId = this.shownStoryId;
      announceShown(this);
    }
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
    return this.feed.settled.then(() => this.updateComplete).then(() => this.rotationLoad);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateChoice();
    const ready = this.feed.status !== 'error' && this.feed.value !== undefined;
    const seconds = ready ? this.rotateSeconds() : 0;
    const count = this.choice.stories.length;
    if (seconds && count > 1) this.loadRotation();
    this.rotation?.configure(seconds, count);
  }

  private loadRotation(): void {
    this.rotationLoad ??= this.lazy.load('rotation').then(
      ({ RotationController }) => {
        this.rotation = new RotationController(this, () => this.show(this.index + 1));
        this.syncReading();
        this.requestUpdate();
      },
      (error: unknown) => {
        // The card shows its first story still; the next render asks again.
        this.rotationLoad = undefined;
        console.warn(`<${this.localName}> could not load rotation.`, error);
      },
    );
  }

  /** Rotation is wanted: the controls are shown (or their space is kept while they load). */
  private get rotating(): boolean {
    return this.rotation
      ? this.rotation.enabled
      : this.rotateSeconds() > 0 && this.choice.stories.length > 1;
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
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
    const inputs = [value, this.story, this.pick, this.topic, this.honour, this.spirit, this.now];
    if (inputs.every((input, i) => input === this.choiceInputs[i])) return;
    this.choiceInputs = inputs;
    this.choice = value
      ? chooseStories(value.stories, {
          id: this.story?.trim() || undefined,
          pick: STORY_PICKS.includes(this.pick) ? this.pick : 'latest',
          query: {
            topic: splitList(this.topic),
            honour: splitList(this.honour),
            spirit: splitList(this.spirit),
          },
          now: this.currentTime(),
          timeZone: value.edition.timeZone,
          linkedId: typeof location === 'undefined' ? undefined : linkedStoryId(location.href),
        })
      : { stories: [], index: 0 };
    // A card told which story to show shows it; others open on one no earlier card shows.
    const ids = this.choice.stories.map((story) => story.id);
    this.index = this.story?.trim()
      ? this.choice.index
      : freeIndex(ids, this.choice.index, shownBefore(this));
    this.resetStoryState();
    if (this.choice.missingId) {
      this.warnOnce('story', `story="${this.choice.missingId}" names no story in the feed.`);
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
    this.rotation?.restart();
    const story = this.choice.stories[this.index]!;
    const change = new SxStoryChangeEvent(story, this.index, count, cause);
    this.dispatchEvent(change);
    const lang = this.uiLang;
    const t = messagesFor(storyCardMessages, lang);
    this.announcer.announce(
      t.nowShowing(this.index + 1, count, textIn(lang, story.name, story.nameEn).text),
    );
  }

  private resetStoryState(): void {
    this.expanded = false;
    this.qrOpen = false;
    this.feedback = undefined;
    this.rotation?.release('reading');
  }

  // ---- rendering ----

  private get shownVariant(): StoryCardVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'card';
  }

  private renderContent(lang: Lang): unknown {
    const feed = this.feed;
    const t = messagesFor(storyCardMessages, lang);
    if (feed.status === 'error') {
      return renderError({
        lang,
        error: feed.error,
        onRetry: () => feed.retry(),
        officialUrl: (feed.value?.edition ?? this.errorEdition)?.officialUrl,
      });
    }
    if (!feed.value) {
      // Roughly the card's height, so the page does not jump when it arrives.
      const compact = this.shownVariant === 'compact';
      return renderLoading({ lang, rows: 1, rowHeight: compact ? '4em' : '22em' });
    }
    const { edition } = feed.value;
    // Stories split by city: the cities whose files failed are named, with a retry.
    const stale = html`${renderPartial({
      lang,
      missing: feed.missing,
      cities: edition.cities,
      onRetry: () => feed.reload(),
    })}${
      feed.stale
        ? renderStale({ lang, fetchedAt: feed.fetchedAt, timeZone: edition.timeZone })
        : nothing
    }`;
    const story = this.currentStory;
    if (!story) {
      const missing = this.choice.missingId;
      // Suggest loosening the filters only when there are some.
      const filtered = [this.topic, this.honour, this.spirit].some(splitList);
      return html`${stale}${renderEmpty({
        lang,
        message: missing ? t.notFound(missing) : filtered ? t.emptyTitle : t.noStories,
        hint: missing ? t.notFoundHint : filtered ? t.emptyHint : undefined,
      })}`;
    }
    const card =
      this.variant === 'compact'
        ? this.renderCompact(story, edition, lang, t)
        : this.renderCard(story, edition, lang, t);
    if (!this.rotating) return html`${stale}${card}`;
    const controls = this.rotation
      ? this.rotation.renderControls({
          t,
          index: this.index,
          count: this.choice.stories.length,
          go: (step) => this.show(this.index + step, step < 0 ? 'previous' : 'next'),
        })
      : html`<div class="controls controls--pending"></div>`;
    return html`${stale}
      <section part="carousel" class="carousel" aria-label=${t.carousel}>
        ${card} ${controls}
      </section>`;
  }

  private renderCard(
    story: Story,
    edition: Edition,
    lang: Lang,
    t: StoryCardMessages,
  ): TemplateResult {
    const name = textIn(lang, story.name, story.nameEn);
    const hasBody = story.body.length > 0;
    const src = imageUrl(story.image?.src);
    const pictured = src !== undefined && !this.failedImages.has(src);
    return html`<article
      part="card"
      class="card ${pictured ? 'card--pictured' : 'card--monogram'}"
      aria-labelledby="story-name"
    >
      ${this.renderPortrait(story, name.text)}
      <div part="content" class="content">
        <header class="header">
          ${this.renderName(story, name, lang)}
          ${this.para('affiliation', lang, story.affiliation, story.affiliationEn)}
        </header>
        ${this.renderHonours(story, edition, lang, t)}
        ${this.para('headline', lang, story.headline, story.headlineEn)}
        ${this.renderSpirit(story, edition, lang, t)} ${this.renderQuote(story, lang)}
        ${this.para('summary', lang, story.summary, story.summaryEn)}
        ${
          hasBody
            ? this.renderBody(story, lang, t, !this.expanded)
            : this.renderSource(story, lang, t)
        }
        ${this.renderActions(story, name.text, lang, t, true)}
        ${this.renderTopics(story, edition, lang, t)}
      </div>
    </article>`;
  }

  /**
   * One line and a thumbnail; the toggle opens everything else below. The sample marker waits in
   * the details: in a side bar the line belongs to the name (sample names say 示例 anyway).
   */
  private renderCompact(
    story: Story,
    edition: Edition,
    lang: Lang,
    t: StoryCardMessages,
  ): TemplateResult {
    const name = textIn(lang, story.name, story.nameEn);
    const expanded = this.expanded;
    return html`<article part="card" class="card" aria-labelledby="story-name">
      <div class="line">
        ${this.renderPortrait(story, name.text)}
        <div part="content" class="content">
          ${this.renderName(story, name, lang, false)}
          ${this.para('headline', lang, story.headline, story.headlineEn)}
        </div>
        <button
          part="expand"
          class="sx-button expand"
          type="button"
          aria-expanded=${String(expanded)}
          aria-controls="story-details"
          aria-label=${expanded ? t.readLess : t.readMore}
          @click=${this.toggleExpanded}
        >
          ${icon('expand')}
        </button>
      </div>
      <div part="details" class="details" id="story-details" ?hidden=${!expanded}>
        ${story.sample ? html`<div>${renderSampleMarker(lang)}</div>` : nothing}
        ${this.para('affiliation', lang, story.affiliation, story.affiliationEn)}
        ${this.renderHonours(story, edition, lang, t)} ${this.renderSpirit(story, edition, lang, t)}
        ${this.renderQuote(story, lang)}
        ${this.para('summary', lang, story.summary, story.summaryEn)}
        ${this.renderBody(story, lang, t, false)}
        ${this.renderActions(story, name.text, lang, t, false)}
        ${this.renderTopics(story, edition, lang, t)}
      </div>
    </article>`;
  }

  /** The heading, and the "示例数据" marker beside it unless told to leave it to the details. */
  private renderName(story: Story, name: Text, lang: Lang, marker = true): TemplateResult {
    return html`<div class="title">
      ${renderHeading(
        { level: this.headingLevel, part: 'name', className: 'name', id: 'story-name' },
        html`<span lang=${ifDefined(name.lang)}>${name.text}</span>`,
      )}
      ${marker && story.sample ? renderSampleMarker(lang) : nothing}
    </div>`;
  }

  /** A paragraph of feed text in the UI language when the feed has it (part = class = `part`). */
  private para(part: string, lang: Lang, zh: string, en: string | undefined): TemplateResult {
    const value = textIn(lang, zh, en);
    const text = phrases(value.text);
    const classes = `${part} sx-phrases`;
    return html`<p part=${part} class=${classes} lang=${ifDefined(value.lang)}>${text}</p>`;
  }

  /**
   * The full text: plain-text paragraphs (never markup), in English when the feed has them,
   * otherwise in Chinese marked as such; then where it comes from.
   */
  private renderBody(story: Story, lang: Lang, t: StoryCardMessages, hidden: boolean) {
    const english = lang === 'en' && story.bodyEn?.length ? story.bodyEn : undefined;
    const paragraphs = english ?? story.body;
    const zhLang = lang === 'en' ? 'zh-CN' : undefined;
    return html`<div part="body" class="body" id="story-body" ?hidden=${hidden}>
      ${paragraphs.map((paragraph) =>
        english
          ? html`<p>${paragraph}</p>`
          : html`<p class="sx-phrases" lang=${ifDefined(zhLang)}>${phrases(paragraph)}</p>`,
      )}
      ${this.renderSource(story, lang, t)}
    </div>`;
  }

  private renderPortrait(story: Story, name: string): TemplateResult {
    const src = imageUrl(story.image?.src);
    if (src && !this.failedImages.has(src)) {
      return html`<div part="portrait" class="portrait">
        <img
          part="image"
          src=${src}
          alt=${story.image!.alt}
          loading="lazy"
          decoding="async"
          width="320"
          height="320"
          @error=${() => this.imageFailed(src)}
        />
      </div>`;
    }
    // The name is the heading right beside it: the letter is decoration.
    return html`<div part="portrait" class="portrait portrait--monogram">
      <span part="monogram" class="monogram" aria-hidden="true">${monogram(name)}</span>
    </div>`;
  }

  private renderHonours(story: Story, edition: Edition, lang: Lang, t: StoryCardMessages) {
    if (!story.honours.length) return nothing;
    return html`<ul part="honours" class="badges" aria-label=${t.honours}>
      ${story.honours.map(
        (honour) =>
          html`<li part="honour" class="badge">
            ${icon('honour')}<span
              >${t.honour(termName(edition.awards, honour.award, lang), honour.year)}</span
            >
          </li>`,
      )}
    </ul>`;
  }

  private renderSpirit(story: Story, edition: Edition, lang: Lang, t: StoryCardMessages) {
    if (!story.spirit.length) return nothing;
    return html`<div part="spirit" class="spirit">
      <span class="label" id="spirit-label">${t.spirit}</span>
      <ul class="chips" aria-labelledby="spirit-label">
        ${story.spirit.map(
          (facet) =>
            html`<li part="spirit-facet" class="chip">
              ${termName(edition.spiritFacets, facet, lang)}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Only a quote the feed carries (a real one, with where it was published). */
  private renderQuote(story: Story, lang: Lang) {
    const quote = story.quote;
    if (!quote?.text) return nothing;
    return html`<figure
      part="quote"
      class="quote"
      lang=${ifDefined(lang === 'en' ? 'zh-CN' : undefined)}
    >
      <blockquote>${quote.text}</blockquote>
      <figcaption>
        ${safeLink({ url: quote.source.url, text: quote.source.title, lang })}
      </figcaption>
    </figure>`;
  }

  private renderSource(story: Story, lang: Lang, t: StoryCardMessages) {
    const source = story.source;
    if (!source?.title) return nothing;
    return html`<p part="source" class="source">
      ${t.source}${safeLink({ url: source.url, text: source.title, lang })}
    </p>`;
  }

  private renderActions(
    story: Story,
    name: string,
    lang: Lang,
    t: StoryCardMessages,
    withReadMore: boolean,
  ): TemplateResult {
    const url = typeof location === 'undefined' ? undefined : storyUrl(story, location.href);
    const sourceUrl = story.source?.url ? safeUrl(story.source.url) : undefined;
    let readMore: unknown = nothing;
    if (withReadMore && story.body.length) {
      readMore = html`<button
        part="read-more"
        class="sx-button sx-button--primary"
        type="button"
        aria-expanded=${String(this.expanded)}
        aria-controls="story-body"
        @click=${this.toggleExpanded}
      >
        ${this.expanded ? t.readLess : t.readMore}
      </button>`;
    } else if (withReadMore && sourceUrl) {
      readMore = safeLink({
        url: sourceUrl,
        text: t.readSource,
        lang,
        part: 'read-more',
        className: 'sx-button sx-button--primary',
      });
    }
    if (!url) return html`<div part="actions" class="actions">${readMore}</div>`;
    return html`<div part="actions" class="actions">
        ${readMore}
        <button
          part="share"
          class="sx-button"
          type="button"
          @click=${() => this.share(story, url, name)}
        >
          ${icon('share')}${t.share}
        </button>
        <button
          part="qr-toggle"
          class="sx-button"
          type="button"
          aria-expanded=${String(this.qrOpen)}
          aria-controls="story-qr"
          @click=${() => this.toggleQr(url)}
        >
          ${icon('qr')}${t.qr}
        </button>
        <span part="feedback" class="feedback">${this.feedback ?? ''}</span>
      </div>
      <div part="qr-panel" class="qr-panel" id="story-qr" ?hidden=${!this.qrOpen}>
        ${this.qrOpen ? this.renderQrPanel(url, name, t) : nothing}
      </div>`;
  }

  private renderQrPanel(url: string, name: string, t: StoryCardMessages): TemplateResult {
    const qr = this.qr;
    const code =
      qr === 'failed'
        ? html`<p class="qr-failed">${t.qrFailed}</p>`
        : qr && qr !== 'loading' && qr.text === url && this.lazy.parts.qr
          ? this.lazy.parts.qr.renderQrCode(qr, t.qrLabel(name))
          : html`<div class="qr-code qr-placeholder" aria-hidden="true"></div>`;
    return html`${code}
      <div class="qr-text">
        <p part="qr-hint" class="qr-hint">${t.qrHint}</p>
        <p part="qr-url" class="qr-url">${url}</p>
      </div>`;
  }

  private renderTopics(story: Story, edition: Edition, lang: Lang, t: StoryCardMessages) {
    if (!story.topics.length) return nothing;
    return html`<ul part="topics" class="topics" aria-label=${t.topics}>
      ${story.topics.map(
        (topic) =>
          html`<li part="topic" class="topic">${termName(edition.topics, topic, lang)}</li>`,
      )}
    </ul>`;
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
    if (this.expanded || this.qrOpen) this.rotation?.hold('reading');
    else this.rotation?.release('reading');
  }

  private async share(story: Story, url: string, name: string): Promise<void> {
    const lang = this.uiLang;
    const t = messagesFor(storyCardMessages, lang);
    const text = textIn(lang, story.headline, story.headlineEn).text;
    const { shareLink } = await import('../shared/share-url.js');
    const outcome = await shareLink({ title: name, text, url });
    if (outcome === 'shared' || outcome === 'cancelled') return;
    this.feedback = outcome === 'copied' ? t.linkCopied : t.copyFailed;
    // The link is printed under the QR code, ready to copy by hand.
    if (outcome === 'failed' && !this.qrOpen) this.toggleQr(url);
    this.announcer.announce(this.feedback);
  }

  private imageFailed(src: string): void {
    this.failedImages.add(src);
    this.requestUpdate();
  }

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
