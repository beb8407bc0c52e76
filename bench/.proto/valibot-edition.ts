import * as v from 'valibot';
import { editionSchema } from '../../src/feed/schema/edition.js';
export const check = (x: unknown) => v.safeParse(editionSchema, x);
