// An app with nothing but <sx-events> on a feed URL: what the widget costs a Vite build.
import 'sx-science-week/widgets/events.js';
