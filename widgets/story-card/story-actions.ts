/**
 * A story's actions: "read more" (the full text, or the source when there is none here), share,
 * and the QR code for WeChat with the link printed under it, ready to copy by hand.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../src/feed/safe-url.js';
import { safeLink } from '../shared/safe-link.js';
import { icon } from './icons.js';
import type { StoryView } from './story-view.js';

function renderReadMore({ story, lang, t, expanded, onToggleExpanded }: StoryView) {
  if (story.body.length) {
    return html`<button
      part="read-more"
      class="sx-button sx-button--primary"
      type="button"
      aria-expanded=${String(expanded)}
      aria-controls="story-body"
      @click=${onToggleExpanded}
    >
      ${expanded ? t.readLess : t.readMore}
    </button>`;
  }
  const sourceUrl = story.source?.url ? safeUrl(story.source.url) : undefined;
  if (!sourceUrl) return nothing;
  return safeLink({
    url: sourceUrl,
    text: t.readSource,
    lang,
    part: 'read-more',
    className: 'sx-button sx-button--primary',
  });
}

/** The buttons, and the QR panel they open; `withReadMore` is false where a toggle opened them. */
export function renderActions(view: StoryView, name: string, withReadMore: boolean) {
  const { url, t, qrOpen } = view;
  const readMore = withReadMore ? renderReadMore(view) : nothing;
  if (!url) return html`<div part="actions" class="actions">${readMore}</div>`;
  return html`<div part="actions" class="actions">
      ${readMore}
      <button part="share" class="sx-button" type="button" @click=${() => view.onShare(url)}>
        ${icon('share')}${t.share}
      </button>
      <button
        part="qr-toggle"
        class="sx-button"
        type="button"
        aria-expanded=${String(qrOpen)}
        aria-controls="story-qr"
        @click=${() => view.onToggleQr(url)}
      >
        ${icon('qr')}${t.qr}
      </button>
      <span part="feedback" class="feedback">${view.feedback ?? ''}</span>
    </div>
    <div part="qr-panel" class="qr-panel" id="story-qr" ?hidden=${!qrOpen}>
      ${qrOpen ? renderQrPanel(view, url, name) : nothing}
    </div>`;
}

function renderQrPanel({ qr, qrModule, t }: StoryView, url: string, name: string): TemplateResult {
  const code =
    qr === 'failed'
      ? html`<p class="qr-failed">${t.qrFailed}</p>`
      : qr && qr !== 'loading' && qr.text === url && qrModule
        ? qrModule.renderQrCode(qr, t.qrLabel(name))
        : html`<div class="qr-code qr-placeholder" aria-hidden="true"></div>`;
  return html`${code}
    <div class="qr-text">
      <p part="qr-hint" class="qr-hint">${t.qrHint}</p>
      <p part="qr-url" class="qr-url">${url}</p>
    </div>`;
}
