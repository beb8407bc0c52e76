/**
 * The card's two layouts. The `card` and `feature` variants share one markup (their styles
 * differ); `compact` is one line and a thumbnail with everything else behind a toggle.
 */
import { html, type TemplateResult } from 'lit';
import { icon } from './icons.js';
import { renderActions } from './story-actions.js';
import {
  para,
  renderBody,
  renderHonours,
  renderName,
  renderQuote,
  renderSource,
  renderSpirit,
  renderTopics,
} from './story-parts.js';
import { renderPortrait } from './story-portrait.js';
import { textIn } from './story-text.js';
import type { StoryView } from './story-view.js';

export function renderCard(view: StoryView): TemplateResult {
  const { story, lang } = view;
  const name = textIn(lang, story.name, story.nameEn).text;
  return html`<article
    part="card"
    class="card ${view.image ? 'card--pictured' : 'card--monogram'}"
    aria-labelledby="story-name"
  >
    ${renderPortrait(view)}
    <div part="content" class="content">
      <header class="header">
        ${renderName(view)} ${para('affiliation', lang, story.affiliation, story.affiliationEn)}
      </header>
      ${renderHonours(view)} ${para('headline', lang, story.headline, story.headlineEn)}
      ${renderSpirit(view)} ${renderQuote(view)}
      ${para('summary', lang, story.summary, story.summaryEn)}
      ${story.body.length ? renderBody(view, !view.expanded) : renderSource(view)}
      ${renderActions(view, name, true)} ${renderTopics(view)}
    </div>
  </article>`;
}

/**
 * One line and a thumbnail; the toggle opens everything else below. The line holds the name and
 * the sample marker (the name is never cut; the headline may be, it is in the details in full).
 */
export function renderCompact(view: StoryView): TemplateResult {
  const { story, lang, t, expanded } = view;
  const name = textIn(lang, story.name, story.nameEn).text;
  return html`<article part="card" class="card" aria-labelledby="story-name">
    <div class="line">
      ${renderPortrait(view)}
      <div part="content" class="content">
        ${renderName(view)} ${para('headline', lang, story.headline, story.headlineEn)}
      </div>
      <button
        part="expand"
        class="sx-button expand"
        type="button"
        aria-expanded=${String(expanded)}
        aria-controls="story-details"
        aria-label=${expanded ? t.readLess : t.readMore}
        @click=${view.onToggleExpanded}
      >
        ${icon('expand')}
      </button>
    </div>
    <div part="details" class="details" id="story-details" ?hidden=${!expanded}>
      ${para('affiliation', lang, story.affiliation, story.affiliationEn)} ${renderHonours(view)}
      ${renderSpirit(view)} ${renderQuote(view)}
      ${para('summary', lang, story.summary, story.summaryEn)} ${renderBody(view, !expanded)}
      ${renderActions(view, name, false)} ${renderTopics(view)}
    </div>
  </article>`;
}
