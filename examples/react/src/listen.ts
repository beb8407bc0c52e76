// Plain TypeScript: importing an element module types its events for addEventListener.
import 'sx-science-week/widgets/events.js';
import { SxFilterChangeEvent } from 'sx-science-week/widgets/events.js';

document.querySelector('sx-events')?.addEventListener('sx-filter-change', (event) => {
  console.log(event.filters.city, event.count); // event: SxFilterChangeEvent
});
document.addEventListener('sx-load', (event) => console.log(event.counts));
document.body.addEventListener('sx-filter-change', (event) => {
  if (event instanceof SxFilterChangeEvent) console.log(event.filters.q);
});
// @ts-expect-error the filter state has no `search` field (it is `q`)
document.addEventListener('sx-filter-change', (event) => event.filters.search);
