/**
 * The geographic map's styles: imported with it and added to the element's own when a basemap
 * has loaded, so the schematic default does not download them.
 */
import { css } from 'lit';

export const geoMapStyles = css`
  .viewport {
    position: relative;
    aspect-ratio: var(--_geo-aspect);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    /* One finger scrolls the page; two pinch the map (see gestures.ts). */
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }

  .basemap {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }

  .area {
    fill: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    stroke: color-mix(in srgb, var(--_text) 40%, var(--_surface));
    stroke-width: 1;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }

  .area[data-selected] {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }

  .city-labels,
  .markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  .city-label {
    position: absolute;
    transform: translate(-50%, calc(var(--_sx-rem) * 1.2));
    color: var(--_muted);
    font-size: 0.75em;
    white-space: nowrap;
    text-shadow:
      0 0 2px var(--_surface),
      0 0 2px var(--_surface),
      0 0 3px var(--_surface);
  }

  /* Placed by label-placement.ts so that names never overlap each other or a marker. */
  .city-label[data-place='above'] {
    transform: translate(-50%, calc(-100% - var(--_sx-rem) * 1.1));
  }

  .city-label[data-place='right'] {
    transform: translate(calc(var(--_sx-rem) * 1.1), -50%);
  }

  .city-label[data-place='left'] {
    transform: translate(calc(-100% - var(--_sx-rem) * 1.1), -50%);
  }

  .city-label[data-place='none'] {
    display: none;
  }

  .markers:focus-visible {
    outline-offset: -3px;
  }

  .marker {
    position: absolute;
    display: grid;
    place-items: center;
    width: calc(var(--_sx-rem) * 1.5);
    height: calc(var(--_sx-rem) * 1.5);
    padding: 0;
    transform: translate(-50%, -50%);
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.35);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1;
    pointer-events: auto;
    cursor: pointer;
  }

  .cluster {
    width: calc(var(--_sx-rem) * 2.25);
    height: calc(var(--_sx-rem) * 2.25);
  }

  .marker[data-selected] {
    background: var(--_highlight);
    color: var(--_on-accent);
    box-shadow:
      0 0 0 3px color-mix(in srgb, var(--_highlight) 35%, transparent),
      0 1px 3px rgb(0 0 0 / 0.35);
  }

  .zoom {
    position: absolute;
    top: var(--_space);
    right: var(--_space);
    display: grid;
    gap: 4px;
  }

  .zoom .sx-button {
    width: calc(var(--_sx-rem) * 2.25);
    min-height: calc(var(--_sx-rem) * 2.25);
    padding: 0;
    font-size: 1.125em;
    background: var(--_surface);
  }

  .zoom .sx-button:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }

  .credit {
    color: var(--_text);
  }

  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: ButtonFace;
      border: 1px solid ButtonText;
      color: ButtonText;
    }
    .marker[data-selected] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .area {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
