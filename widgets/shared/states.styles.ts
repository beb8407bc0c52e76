/**
 * Styles of the shared states (`states.ts`) and of the shared button (`.sx-button`, with
 * `.sx-button--primary` and `[aria-pressed=true]`), which the states use and widgets reuse in their
 * own controls; used with `tokenStyles`. A widget without controls (a countdown) can leave them out
 * of its first render and adopt them with its error state.
 */
import { css } from 'lit';

export const stateStyles = css`
  .sx-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 2.25em;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.9em;
    font-weight: 500;
    line-height: 1.3;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  /* Hover only where a pointer hovers: on a touch screen it would stick after a tap. */
  @media (hover: hover) {
    .sx-button:hover {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
  }

  .sx-button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  .sx-button--primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  /* Hover only where a pointer hovers: on a touch screen it would stick after a tap. */
  @media (hover: hover) {
    .sx-button--primary:hover {
      background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
      border-color: color-mix(in srgb, var(--_accent) 85%, var(--_text));
    }
  }

  .sx-loading {
    display: grid;
    gap: var(--_space);
  }

  .sx-skeleton {
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: sx-pulse 1.4s ease-in-out infinite;
  }

  @keyframes sx-pulse {
    50% {
      opacity: 0.55;
    }
  }

  .sx-error,
  .sx-empty {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    /* Its sentence starts where its button does, also inside a centred layout (a countdown card
       or banner): centred, a message of two lines stood over a button on the left. */
    text-align: start;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .sx-error {
    border-inline-start: 4px solid var(--_highlight);
  }

  .sx-state-text {
    margin: 0;
    font-weight: 600;
  }

  .sx-state-hint {
    margin: 0;
    color: var(--_muted);
  }

  .sx-state-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }

  .sx-partial,
  .sx-stale {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid color-mix(in srgb, var(--_highlight) 40%, var(--_border));
    background: color-mix(in srgb, var(--_highlight) 8%, var(--_surface));
    font-size: 0.9em;
  }

  .sx-partial {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
    border-inline-start: 4px solid var(--_highlight);
  }

  .sx-sample {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px dashed var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.6;
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .sx-skeleton {
      border: 1px solid GrayText;
    }
    .sx-button {
      border-color: ButtonText;
    }
    .sx-button[aria-pressed='true'],
    .sx-button--primary {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }

  .sx-sample-notice {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_muted);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.875em;
    /* Chinese breaks after its commas only, never "…活动安 / 排。". */
    word-break: keep-all;
  }
`;
