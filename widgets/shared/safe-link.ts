/**
 * Links from feed data. Only a URL that `safeUrl` accepts (http, https, mailto, tel) becomes an
 * `<a>`; anything else renders as plain text, so a `javascript:` URL in a feed can never run.
 * Feed text is always a Lit text binding, never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { messagesFor, type Lang } from './i18n.js';
import { sharedMessages } from './messages.js';

export interface SafeLinkOptions {
  url: string | undefined;
  text: string;
  lang: Lang;
  /** `part` attribute of the link (and of the plain-text fallback). */
  part?: string;
  /** Extra class names for the link. */
  className?: string;
  /** An accessible name when the visible text is not enough ("报名：科学实验展演"). */
  label?: string;
  /** Resolves relative URLs. */
  base?: string;
}

/** An `<a target=_blank rel="noopener noreferrer">` for a safe URL, else the text alone. */
export function safeLink(options: SafeLinkOptions): TemplateResult | typeof nothing {
  const { url, text, lang, part, className, label, base } = options;
  const href = url ? safeUrl(url, base) : undefined;
  if (!href) {
    return text ? html`<span part=${ifDefined(part)}>${text}</span>` : nothing;
  }
  const newTab = messagesFor(sharedMessages, lang).opensInNewTab;
  // Same-tab for mailto:/tel: (a new tab would stay blank).
  const external = /^https?:/i.test(href);
  return html`<a
    part=${ifDefined(part)}
    class=${ifDefined(className)}
    href=${href}
    target=${ifDefined(external ? '_blank' : undefined)}
    rel="noopener noreferrer"
    aria-label=${ifDefined(label ? `${label}${external ? ` ${newTab}` : ''}` : undefined)}
    >${text}${
      external && !label ? html`<span class="sx-visually-hidden"> ${newTab}</span>` : nothing
    }</a
  >`;
}
