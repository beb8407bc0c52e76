/** Registers every widget: `import 'sx-science-week/widgets/all.js'`. */
import './events/events.js';
import './story-card/story-card.js';
import './lab-map/lab-map.js';
import './countdown/countdown.js';
// For a server render (`sx-science-week/ssr`): kept in the build by this entry's re-export.
export { serverDataReady } from './shared/server-data.js';
