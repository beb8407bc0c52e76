/**
 * How a manifest names its resource files, read the same way by the SDK client and the CLI (so a
 * feed the CLI accepts loads the same in a browser). No validation here: the client imports this
 * without loading the validators.
 */
import type { DivisionCode, FeedDocument, FeedManifest, ResourceRef } from './types.js';

export type ResourceKind = 'events' | 'labs' | 'stories';

/** True for a feed that names where its records are instead of holding them. */
export function isManifest(feed: FeedDocument | FeedManifest): feed is FeedManifest {
  return 'resources' in feed;
}

export interface ResourceFile {
  /** Where its issues are reported: `events`, or `events.byCity.140100` for a city's file. */
  path: string;
  /** The file's URL as the manifest writes it (relative to the manifest). */
  ref: string;
  /** The city the file covers, for a split resource. */
  city?: DivisionCode;
}

/** The files a manifest's `ref` for `kind` names: one, or one per city. */
export function resourceFiles(kind: ResourceKind, ref: ResourceRef): ResourceFile[] {
  if (typeof ref === 'string') return [{ path: kind, ref }];
  return Object.entries(ref.byCity).map(([city, file]) => ({
    path: `${kind}.byCity.${city}`,
    ref: file,
    city,
  }));
}

/** The records in a resource file: a bare array, or an object holding the array under its kind. */
export function resourceRecords(json: unknown, kind: ResourceKind): unknown {
  return Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[kind];
}
