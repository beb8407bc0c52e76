/** Styles of the shared states (`states.ts`); used with `tokenStyles`. */
import { css } from 'lit';

export const stateStyles = css`
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

  .sx-stale {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid color-mix(in srgb, var(--_highlight) 40%, var(--_border));
    background: color-mix(in srgb, var(--_highlight) 8%, var(--_surface));
    font-size: 0.9em;
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
  }
`;
