/**
 * A real `<h2>`…`<h6>` whose level the partner page chooses (`heading-level`), so a widget's
 * headings fit under the page's own outline. Lit cannot bind a tag name, hence one template per
 * level.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  /** 2–6; anything else is clamped. */
  level: number;
  part: string;
  className?: string;
  id?: string;
  /** `tabindex="-1"`: script may move focus to it (the first new item after "show more"). */
  focusTarget?: boolean;
}

/** The heading of `level` holding `content`. */
export function renderHeading(options: HeadingOptions, content: unknown): TemplateResult {
  const { part, className, id } = options;
  const cls = ifDefined(className);
  const hid = ifDefined(id);
  const tab = ifDefined(options.focusTarget ? '-1' : undefined);
  switch (Math.min(6, Math.max(2, Math.round(options.level) || 3))) {
    case 2:
      return html`<h2 part=${part} class=${cls} id=${hid} tabindex=${tab}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${cls} id=${hid} tabindex=${tab}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls} id=${hid} tabindex=${tab}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls} id=${hid} tabindex=${tab}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${cls} id=${hid} tabindex=${tab}>${content}</h6>`;
  }
}
