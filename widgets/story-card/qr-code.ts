/**
 * A QR code of a story's address, made in the browser (no image service sees the link), drawn as
 * an SVG by Lit from the module matrix, so no markup string is ever parsed. The card imports this
 * module, and with it the encoder (`uqr`, ~4 KB gz), only when a visitor opens the QR panel.
 */
import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET = 4;

export interface QrCode {
  /** The text encoded. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path drawing every dark module (runs of a row merged). */
  path: string;
}

/** Encodes `text` (medium error correction: survives a smudged phone screen or a bad print). */
export function makeQrCode(text: string): QrCode {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run += 1;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { text, size, path };
}

/**
 * The code as an image named `label`: always dark on white with its quiet zone, whatever the
 * theme (phone cameras read inverted or low-contrast codes badly).
 */
export function renderQrCode(code: QrCode, label: string): TemplateResult {
  const side = code.size + 2 * QUIET;
  return html`<svg
    part="qr-code"
    class="qr-code"
    role="img"
    aria-label=${label}
    viewBox="${-QUIET} ${-QUIET} ${side} ${side}"
    shape-rendering="crispEdges"
  >
    <rect x=${-QUIET} y=${-QUIET} width=${side} height=${side} fill="#fff"></rect>
    <path d=${code.path} fill="#000"></path>
  </svg>`;
}
