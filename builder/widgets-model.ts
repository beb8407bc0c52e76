/**
 * The widgets' public surface for the builder. This stub only serves type checks and tests of
 * the sources: the build (builder/rollup.mjs) replaces it with the model read from
 * custom-elements.json, inlined so the page needs no extra request.
 */
import type { BuilderModel } from './model.js';

export const MODEL: BuilderModel = { version: '0.0.0', widgets: [] };
