// Plain TypeScript: importing an element module types its events for addEventListener.
import 'sx-science-week/widgets/events.js';
import { SxFilterChangeEvent } from 'sx-science-week/widgets/events.js';

const list = document.querySelector('sx-events');
list?.addEventListener('sx-filter-change', (event) => {
  console.log(event.filters.city, event.count);
});
document.addEventListener('sx-load', (event) => console.log(event.counts));
document.body.addEventListener('sx-filter-change', (event) => {
  if (event instanceof SxFilterChangeEvent) console.log(event.filters.q);
});
