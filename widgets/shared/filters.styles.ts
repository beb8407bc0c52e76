import { css } from 'lit';

/**
 * What every widget that filters a list shows alike: the filter bar's framed form
 * (`role="search"`), its labelled selects, search box and check boxes (`.field`, `.field-label`,
 * `.control`, `.check`), and its lists (`ul[role=list]`: the records, a lab's opening days).
 */
export const filterStyles = css`
  /* The frame; each widget lays out the fields in it (a grid of columns, a wrapping row). */
  :where(form[role='search']) {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    min-width: 0;
  }

  .field-label {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 500;
  }

  .control {
    width: 100%;
    min-height: 2.5em;
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9375em;
    line-height: 1.4;
  }

  /* Hover only where a pointer hovers: on a touch screen it would stick after a tap. */
  @media (hover: hover) {
    .control:hover {
      border-color: var(--_muted);
    }
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5em;
    font-size: 0.9375em;
    cursor: pointer;
  }

  /* Lists without bullets (role="list" keeps them lists for VoiceOver); each widget lays them out. */
  :where(ul[role='list']) {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .check input {
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
    cursor: pointer;
  }
`;
