import * as v from 'valibot';
import { feedDocumentSchema, feedManifestSchema } from '../../src/feed/schema/feed.js';
export const check = (x: unknown) => v.safeParse(v.union([feedDocumentSchema, feedManifestSchema]), x);
