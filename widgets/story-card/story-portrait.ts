/**
 * The picture beside the story: the portrait when the feed has one that loads, otherwise the
 * person's initial on a tinted shape sized to the name beside it (never an empty frame that looks
 * like a broken image).
 */
import { html, type TemplateResult } from 'lit';
import { monogram, textIn } from './story-text.js';
import type { StoryView } from './story-view.js';

export function renderPortrait({ story, lang, image, onImageError }: StoryView): TemplateResult {
  if (image) {
    return html`<div part="portrait" class="portrait">
      <img
        part="image"
        src=${image}
        alt=${story.image!.alt}
        loading="lazy"
        decoding="async"
        width="320"
        height="320"
        @error=${() => onImageError(image)}
      />
    </div>`;
  }
  // The name is the heading right beside it: the letter is decoration.
  return html`<div part="portrait" class="portrait portrait--monogram">
    <span part="monogram" class="monogram" aria-hidden="true"
      >${monogram(textIn(lang, story.name, story.nameEn).text)}</span
    >
  </div>`;
}
