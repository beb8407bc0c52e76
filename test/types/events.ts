/**
 * Type-level test (checked by `npm run typecheck`, never run): importing an element module by its
 * package path is all an app needs for typed listeners and `instanceof` on the widgets' events.
 * The package specifiers resolve to the sources here (tsconfig `paths`); examples/ checks the same
 * against the packed tarball's declarations.
 */
import 'sx-science-week/widgets/events.js';
import { SxFilterChangeEvent, SxLoadEvent } from 'sx-science-week/widgets/events.js';
import { SxCountdownEndEvent } from 'sx-science-week/widgets/countdown.js';
import { SxLabSelectEvent } from 'sx-science-week/widgets/lab-map.js';
import { SxStoryChangeEvent } from 'sx-science-week/widgets/story-card.js';

declare const host: HTMLElement;
declare const events: HTMLElementTagNameMap['sx-events'];

host.addEventListener('sx-filter-change', (e) => {
  const count: number = e.count;
  const search: string = e.filters.q;
  // @ts-expect-error the filter state is read-only
  e.filters.q = 'x';
  // @ts-expect-error no such field on this event
  void e.plan;
  void [count, search];
});
events.addEventListener('sx-event-star', (e) => void (e.starred satisfies boolean));
events.addEventListener('sx-calendar-download', (e) => void (e.ics satisfies string));
events.addEventListener('sx-load', (e) => void (e.counts satisfies Record<string, number>));
document.addEventListener('sx-error', (e) => void (e.error satisfies unknown));
window.addEventListener('sx-countdown-end', (e) => void (e satisfies SxCountdownEndEvent));
host.addEventListener('sx-lab-select', (e) => void (e satisfies SxLabSelectEvent));
host.addEventListener('sx-story-change', (e) => void (e satisfies SxStoryChangeEvent));
host.addEventListener('sx-map-open', (e) => {
  const provider: 'amap' | 'baidu' = e.provider;
  // @ts-expect-error the provider is one of two names
  const other: 'google' = e.provider;
  void [provider, other];
});

// @ts-expect-error a listener for one event does not accept another's class
host.addEventListener('sx-filter-change', (e: SxLoadEvent) => void e);

declare const any: Event;
if (any instanceof SxFilterChangeEvent) void (any.filters satisfies object);
// @ts-expect-error the classes are real values, not type-only exports
const notAType: typeof SxFilterChangeEvent = 'sx-filter-change';
void notAType;
