import { html, type TemplateResult } from 'lit';

/**
 * A real `<h2>`…`<h6>` at `level` (clamped), so the widget's headings fit under the partner
 * page's own (`heading-level` attribute). `tabindex=-1`: focus can be moved to it by script.
 */
export function heading(level: number, content: TemplateResult, part: string, className: string): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 part=${part} class=${className} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className} tabindex="-1">${content}</h6>`;
  }
}
