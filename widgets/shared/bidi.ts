/**
 * Bidirectional isolation of feed text. A direction control in a feed string (U+202E RIGHT-TO-LEFT
 * OVERRIDE, an unclosed U+2067 isolate, a run of Arabic or Hebrew) must not reorder the text
 * printed after it: "venue · 太原市" must never show the city reversed.
 *
 * Two layers: `bidiStyles` isolates every inline element of a widget's shadow root (feed text
 * sits in its own element almost everywhere), and `isolate()` wraps feed text that would
 * otherwise share a text run with trusted text (a bare value before a separator).
 */
import { css, html, type TemplateResult } from 'lit';

/** Feed text in its own `<bdi>`: what it contains stays inside. */
export function isolate(text: string): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}

/**
 * Every inline element is a bidi isolate, so an override in one element ends at its edge. Block
 * elements end an embedding anyway; form controls isolate their own text.
 */
export const bidiStyles = css`
  :where(span, a, bdi, time, strong, em, b, i, small, cite, q, abbr, label, button, dt, dd, li) {
    unicode-bidi: isolate;
  }
`;
