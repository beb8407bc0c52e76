/**
 * The small line icons of an event card, drawn by CSS on an empty `<i class="icon icon--NAME">`:
 * the text colour through a mask of the icon's shape. Decorative: each sits beside words that say
 * the same, and an empty element has nothing for assistive technology to read.
 *
 * Not inline SVG: each card made five SVGs with their shapes (13 elements and 10 nested template
 * instances of a card's ~47 elements and ~30 instances), and a class binding chooses the icon, so
 * the card stays one template (#16). The shapes are the SVGs' as they were (16-unit boxes,
 * 1.4-unit round strokes; the star 20 units, 1.5), so they look the same.
 */
import { css } from 'lit';

export const iconStyles = css`
  .icon {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.25em;
    vertical-align: -0.15em;
    background: currentColor;
    mask: no-repeat center / 100% 100%;
    /* The text colour, also where forced colours replace backgrounds, and on paper. */
    forced-color-adjust: none;
    print-color-adjust: exact;
  }

  .icon--clock {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.4' stroke-linecap='round' stroke-linejoin='round'><circle cx='8' cy='8' r='6.25'/><path d='M8 4.5V8l2.5 1.5'/></svg>");
  }

  .icon--place {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.4' stroke-linecap='round' stroke-linejoin='round'><path d='M8 14.5s-4.75-4.2-4.75-8a4.75 4.75 0 0 1 9.5 0c0 3.8-4.75 8-4.75 8z'/><circle cx='8' cy='6.5' r='1.6'/></svg>");
  }

  .icon--online {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.4' stroke-linecap='round' stroke-linejoin='round'><rect x='1.75' y='3' width='12.5' height='8.5' rx='1'/><path d='M5.5 14h5M8 11.5V14'/></svg>");
  }

  .icon--ticket {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.4' stroke-linecap='round' stroke-linejoin='round'><path d='M2 5.5V3.75h12V5.5a2 2 0 0 0 0 4v1.75H2V9.5a2 2 0 0 0 0-4z'/><path d='M10 4v7' stroke-dasharray='1.2 1.3'/></svg>");
  }

  .icon--chevron {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.4' stroke-linecap='round' stroke-linejoin='round'><path d='M4 6l4 4 4-4'/></svg>");
  }

  /* The star: an outline, filled once pressed ("已收藏"). */
  .star-icon {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20' fill='none' stroke='black' stroke-width='1.5' stroke-linecap='round' stroke-linejoin='round'><path d='M10 1.8l2.5 5.3 5.7.7-4.2 4 1.1 5.7L10 14.7l-5.1 2.8 1.1-5.7-4.2-4 5.7-.7z'/></svg>");
  }

  [aria-pressed='true'] > .star-icon {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20' fill='black' stroke='black' stroke-width='1.5' stroke-linecap='round' stroke-linejoin='round'><path d='M10 1.8l2.5 5.3 5.7.7-4.2 4 1.1 5.7L10 14.7l-5.1 2.8 1.1-5.7-4.2-4 5.7-.7z'/></svg>");
  }
`;
