/** The sample edition the stories show (their client is the tests' one: test/support/memory-client.ts). */
import type { Edition } from '../src/feed/types.js';
import editionJson from '../src/data/shanxi-2025/edition.json';

export const edition = editionJson as unknown as Edition;

/** When a story's feed was fetched (its "saved copy" is dated by this). */
export const FETCHED_AT = new Date('2025-05-29T22:15:00+08:00');
