import { expect } from 'chai';
import type * as v from 'valibot';
import { editionSchema } from '../../src/feed/schema/edition.js';
import { eventSchema } from '../../src/feed/schema/event.js';
import { labSchema } from '../../src/feed/schema/lab.js';
import { storySchema } from '../../src/feed/schema/story.js';
import { feedDocumentSchema, feedManifestSchema } from '../../src/feed/schema/feed.js';
import type {
  Edition,
  FeedDocument,
  FeedManifest,
  Lab,
  ProgrammeEvent,
  Story,
} from '../../src/feed/types.js';
import type { SxEvent } from '../../src/index.js';

/**
 * Compile-time proof that the schemas describe exactly the interfaces of types.ts: `tsc` fails on
 * this file when a field is added, removed, renamed or retyped on one side only.
 */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Equal<v.InferOutput<typeof editionSchema>, Edition>>,
  Assert<Equal<v.InferOutput<typeof eventSchema>, ProgrammeEvent>>,
  Assert<Equal<v.InferOutput<typeof labSchema>, Lab>>,
  Assert<Equal<v.InferOutput<typeof storySchema>, Story>>,
  Assert<Equal<v.InferOutput<typeof feedDocumentSchema>, FeedDocument>>,
  Assert<Equal<v.InferOutput<typeof feedManifestSchema>, FeedManifest>>,
  // The record's old name stays exported, deprecated, for code written against it.
  Assert<Equal<SxEvent, ProgrammeEvent>>,
];

describe('feed schemas', () => {
  it('describe the record kinds of types.ts (checked by tsc)', () => {
    // The real test is the `Checks` type above; this keeps the file a runnable suite.
    const names = [editionSchema, eventSchema, labSchema, storySchema].map((s) => s.type);
    expect(names).to.deep.equal(['object', 'object', 'object', 'object']);
  });
});
