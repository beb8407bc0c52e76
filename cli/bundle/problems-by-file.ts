/**
 * A feed's problems grouped by the file they are in: the manifest names a file for each resource
 * (and for each city), and an issue's path starts with the resource's path (`events.byCity.140100`).
 */
import { resourceFiles, type ResourceKind } from '../../src/feed/resources.js';
import type { FeedIssue, ResourceRef } from '../../src/feed/types.js';

export interface FileProblems {
  file: string;
  issues: FeedIssue[];
}

const KINDS: ResourceKind[] = ['events', 'labs', 'stories'];

export function problemsByFile(
  mainFile: string,
  resources: Partial<Record<ResourceKind, ResourceRef>> | undefined,
  issues: readonly FeedIssue[],
): FileProblems[] {
  const files: { path: string; file: string }[] = [];
  for (const kind of KINDS) {
    const ref = resources?.[kind];
    if (ref) for (const { path, ref: file } of resourceFiles(kind, ref)) files.push({ path, file });
  }
  const groups = new Map<string, FeedIssue[]>([[mainFile, []]]);
  for (const { file } of files) groups.set(file, []);
  // Longest path first, so `events.byCity.140100` wins over `events`.
  const longestFirst = [...files].sort((a, b) => b.path.length - a.path.length);
  for (const issue of issues) {
    const owner = longestFirst.find(
      ({ path }) =>
        issue.path === path ||
        issue.path.startsWith(path + '[') ||
        issue.path.startsWith(path + '.'),
    );
    groups.get(owner?.file ?? mainFile)!.push(issue);
  }
  return [...groups].map(([file, list]) => ({ file, issues: list }));
}
