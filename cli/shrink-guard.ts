/**
 * The guard against publishing a worse feed: before a build replaces the feed in `--out`, it
 * counts the records the previous feed holds. A kind that would go from some records to none, or
 * lose more than the allowed share, stops the build, unless the organiser says the drop is real.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isManifest, resourceFiles } from '../src/feed/resources.js';
import type { FeedManifest } from '../src/feed/types.js';
import { countRecords } from './count-records.js';
import type { InputMessages, RecordKind } from './messages-input.js';
import { MANIFEST_FILE } from './write-feed.js';

const KINDS: RecordKind[] = ['events', 'labs', 'stories'];

export type RecordCounts = Partial<Record<RecordKind, number>>;

/** Share of records a build may drop without --allow-shrink, in percent. */
export const DEFAULT_MAX_SHRINK = 50;

/**
 * The number of records of each kind in the feed at `dir`: undefined when there is no manifest;
 * `unreadable` when there is one that cannot be read (the guard then has nothing to compare).
 */
export async function previousCounts(
  dir: string,
  known?: ReadonlyMap<string, number>,
): Promise<RecordCounts | 'unreadable' | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  let manifest: FeedManifest;
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as FeedManifest;
    if (!json || typeof json !== 'object' || !isManifest(json)) return 'unreadable';
    manifest = json;
  } catch {
    return 'unreadable';
  }
  const counts: RecordCounts = {};
  for (const kind of KINDS) {
    const ref = manifest.resources[kind];
    if (!ref) continue;
    let total = 0;
    for (const file of resourceFiles(kind, ref)) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(dir, file.ref));
      } catch {
        // A file the previous manifest names but that is gone: count what can be counted.
        continue;
      }
      total += countRecords(file.ref, bytes, kind, known);
    }
    counts[kind] = total;
  }
  return counts;
}

/** The reasons to stop, one per kind that would shrink too far (empty when the build may go on). */
export function shrinkProblems(
  before: RecordCounts,
  after: RecordCounts,
  maxShrinkPercent: number,
  im: InputMessages,
): string[] {
  const problems: string[] = [];
  for (const kind of KINDS) {
    const was = before[kind] ?? 0;
    const now = after[kind] ?? 0;
    if (was === 0 || now >= was) continue;
    if (now === 0) problems.push(im.wouldEmpty(kind, was));
    else if (((was - now) / was) * 100 > maxShrinkPercent) {
      problems.push(im.wouldShrink(kind, was, now, maxShrinkPercent));
    }
  }
  return problems;
}
