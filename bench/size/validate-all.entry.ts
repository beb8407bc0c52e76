// Bundle-size probe: the whole validation layer.
export {
  isManifest,
  validateEdition,
  validateEvents,
  validateFeed,
  validateLabs,
  validateStories,
} from '../../src/feed/validate.js';
export { safeUrl } from '../../src/feed/safe-url.js';
