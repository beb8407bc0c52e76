/** Registers every widget: `import 'sx-science-week/widgets/all.js'`. */
import './events/events.js';
import './story-card/story-card.js';
import './lab-map/lab-map.js';
import './countdown/countdown.js';
