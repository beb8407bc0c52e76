/**
 * The embedded sample edition's three exhibitions that open on 24 May and run into June, alone:
 * an agenda of them shows every later day with its "continues" line and nothing behind "show
 * more" (with the whole programme and a small `limit`, the agenda stops at the last day a shown
 * event begins).
 */
import { html } from '@open-wc/testing';
import embeddedEdition from '../../src/data/shanxi-2025/edition.json';
import embeddedEvents from '../../src/data/shanxi-2025/events.json';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { memoryClient } from './memory-client.js';

const OPENING = '2025-05-24';

export function sampleExhibitions(): ProgrammeEvent[] {
  const events = embeddedEvents as unknown as ProgrammeEvent[];
  return events.filter(
    (event) => event.start.startsWith(OPENING) && !event.end.startsWith(OPENING),
  );
}

/** A client serving those three as the embedded edition does (the sample notice included). */
export function exhibitionsClient() {
  return memoryClient(
    'events',
    { events: sampleExhibitions() },
    { edition: embeddedEdition as unknown as Edition, src: undefined },
  );
}

/** The agenda of those three at `now`, in `lang`. */
export const exhibitionsAgenda = (now: string, lang: string) =>
  html`<sx-events
    now=${now}
    lang=${lang}
    limit="3"
    view="agenda"
    .client=${exhibitionsClient()}
  ></sx-events>`;
