/**
 * A calendar file of one event or of the whole plan: offered to the page first
 * (`sx-calendar-download`, cancelable), else downloaded. Imported on the first click: most
 * visitors never ask for one, and the iCalendar writer is a good part of the SDK.
 */
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { eventsToIcs, icsFileName } from '../../src/ics.js';
import type { Lang } from '../shared/i18n.js';
import { SxCalendarDownloadEvent } from './custom-events.js';

export interface CalendarRequest {
  events: ProgrammeEvent[];
  edition: Edition;
  now: Date;
  lang: Lang;
  /** The whole plan (the file is named after the edition, not the first event). */
  wholePlan: boolean;
  /** Fires the event from the widget; false when the page cancelled it. */
  emit: (event: Event) => boolean;
}

export function downloadCalendar(request: CalendarRequest): void {
  const { events, edition, emit } = request;
  const ics = eventsToIcs(events, edition, { now: request.now, lang: request.lang });
  const filename = icsFileName(edition, request.wholePlan ? undefined : events[0]);
  if (!emit(new SxCalendarDownloadEvent(events, ics, filename))) return;
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.click();
  // Revoke later: the download reads the blob after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
