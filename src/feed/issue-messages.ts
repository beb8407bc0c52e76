/**
 * The sentence a person reads for a validation issue, in their language. Issues carry a stable
 * `code` and its `params`; the CLI and the widgets' developer messages translate through here,
 * so a new rule adds its wording in one place.
 */
import type { FeedIssue } from './types.js';

export type IssueLang = 'zh-CN' | 'en';

/** The issue in `lang`; the English `message` until a translation for its `code` exists. */
export function issueText(issue: FeedIssue, _lang: IssueLang): string {
  return issue.message;
}
