import { css } from 'lit';

/**
 * Styles of the shared map-links control (`map-links.ts`): the label and the two links on one
 * line when they fit, each link whole when they do not.
 */
export const mapLinksStyles = css`
  .sx-map-links {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  .sx-map-links-label {
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
  }

  .sx-map-link,
  .sx-map-link a {
    white-space: nowrap;
  }
`;
