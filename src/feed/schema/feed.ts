import * as v from 'valibot';
import type { SchemaVersion } from '../types.js';
import { divisionCode, instant, text, MAX } from './common.js';
import { editionSchema } from './edition.js';
import { eventSchema } from './event.js';
import { labSchema } from './lab.js';
import { storySchema } from './story.js';

/** `major.minor`; a reader refuses a major it does not know. */
export const SCHEMA_VERSION_PATTERN = /^(\d+)\.(\d+)$/;

export const schemaVersionSchema = v.pipe(
  v.string(),
  v.regex(SCHEMA_VERSION_PATTERN, 'must be major.minor, e.g. 1.0'),
  // Only narrows the type: the pattern above is the check.
  v.transform((value) => value as SchemaVersion),
);

/** A resource's URL relative to the manifest, or one URL per city (keyed by division code). */
export const resourceRefSchema = v.union([
  text(MAX.url),
  v.object({ byCity: v.record(divisionCode, text(MAX.url)) }),
]);

export const feedManifestSchema = v.pipe(
  v.object({
    schemaVersion: schemaVersionSchema,
    edition: editionSchema,
    updatedAt: v.optional(instant),
    resources: v.object({
      events: v.optional(resourceRefSchema),
      labs: v.optional(resourceRefSchema),
      stories: v.optional(resourceRefSchema),
    }),
  }),
  v.description(
    'A small document naming the edition and the URLs (relative to the manifest) of its events, labs and stories.',
  ),
);

export const feedDocumentSchema = v.pipe(
  v.object({
    schemaVersion: schemaVersionSchema,
    edition: editionSchema,
    updatedAt: v.optional(instant),
    events: v.optional(v.array(eventSchema), []),
    labs: v.optional(v.array(labSchema), []),
    stories: v.optional(v.array(storySchema), []),
  }),
  v.description('A whole Science and Technology Week feed in one document.'),
);
