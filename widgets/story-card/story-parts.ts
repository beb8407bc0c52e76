/**
 * The pieces of a story's text: the name, paragraphs of feed text, honours, spirit facets, the
 * quote, the full text and its source, topics. Feed text is always a Lit text binding, never
 * markup; text not in the visitor's language is marked with its own `lang`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderHeading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import { termName } from '../shared/term-name.js';
import { phrases } from '../shared/phrases.js';
import { safeLink } from '../shared/safe-link.js';
import { renderSampleMarker } from '../shared/states.js';
import { icon } from './icons.js';
import { headingName, textIn } from './story-text.js';
import type { StoryView } from './story-view.js';

/** The heading (the name, without a sample prefix) and the one "示例数据" marker of the card. */
export function renderName({ story, lang, headingLevel }: StoryView): TemplateResult {
  const name = headingName(story, lang);
  return html`<div class="title">
    ${renderHeading(
      { level: headingLevel, part: 'name', className: 'name', id: 'story-name' },
      html`<span lang=${ifDefined(name.lang)}>${name.text}</span>`,
    )}
    ${story.sample ? renderSampleMarker(lang) : nothing}
  </div>`;
}

/** A paragraph of feed text in the UI language when the feed has it (part = class = `part`). */
export function para(part: string, lang: Lang, zh: string, en: string | undefined) {
  const value = textIn(lang, zh, en);
  const text = phrases(value.text);
  const classes = `${part} sx-phrases`;
  return html`<p part=${part} class=${classes} lang=${ifDefined(value.lang)}>${text}</p>`;
}

/**
 * The full text: plain-text paragraphs (never markup), in English when the feed has them,
 * otherwise in Chinese marked as such; then where it comes from. Closed, the box is there for
 * "read more" to control, empty: its paragraphs (the most text of a story) are drawn when opened,
 * not on the first screen nor in the word breaks after it (#16).
 */
export function renderBody(view: StoryView, hidden: boolean): TemplateResult {
  const { story, lang } = view;
  const english = lang === 'en' && story.bodyEn?.length ? story.bodyEn : undefined;
  const zhLang = lang === 'en' ? 'zh-CN' : undefined;
  return html`<div part="body" class="body" id="story-body" ?hidden=${hidden}>
    ${(hidden ? [] : (english ?? story.body)).map((paragraph) =>
      english
        ? html`<p>${paragraph}</p>`
        : html`<p class="sx-phrases" lang=${ifDefined(zhLang)}>${phrases(paragraph)}</p>`,
    )}
    ${hidden ? nothing : renderSource(view)}
  </div>`;
}

export function renderSource({ story, lang, t }: StoryView) {
  const source = story.source;
  if (!source?.title) return nothing;
  return html`<p part="source" class="source">
    ${t.source}${safeLink({ url: source.url, text: source.title, lang })}
  </p>`;
}

export function renderHonours({ story, edition, lang, t }: StoryView) {
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

export function renderSpirit({ story, edition, lang, t }: StoryView) {
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
export function renderQuote({ story, lang }: StoryView) {
  const quote = story.quote;
  if (!quote?.text) return nothing;
  return html`<figure
    part="quote"
    class="quote"
    lang=${ifDefined(lang === 'en' ? 'zh-CN' : undefined)}
  >
    <blockquote>${quote.text}</blockquote>
    <figcaption>${safeLink({ url: quote.source.url, text: quote.source.title, lang })}</figcaption>
  </figure>`;
}

export function renderTopics({ story, edition, lang, t }: StoryView) {
  if (!story.topics.length) return nothing;
  return html`<ul part="topics" class="topics" aria-label=${t.topics}>
    ${story.topics.map(
      (topic) => html`<li part="topic" class="topic">${termName(edition.topics, topic, lang)}</li>`,
    )}
  </ul>`;
}
