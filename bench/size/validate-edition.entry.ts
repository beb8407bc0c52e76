// Bundle-size probe: what validating only the edition costs a page (see bench/validate.bench.ts).
export { validateEdition } from '../../src/feed/validate.js';
