/**
 * The visitor's own clock beside the edition's. Imported only for a visitor whose zone is not the
 * edition's (most visitors of a Shanxi programme are in 北京时间 and never download it).
 */
import { css } from 'lit';
import { localTimeHint } from '../../src/time/visitor.js';

export { localTimeHint };
export { zoneLabel } from '../../src/time/zone-label.js';

/** True when the visitor's clock reads differently from the edition's during the week. */
export function clockDiffers(editionZone: string, visitorZone: string, day: string): boolean {
  const probe = `${day}T12:00:00Z`;
  return localTimeHint(probe, probe, { editionZone, visitorZone }) !== undefined;
}

/** The zone's label and the visitor's own time on a card, adopted with this module. */
export const styles = css`
  .zone {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .local-time {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
