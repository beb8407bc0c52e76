/**
 * Sharing a link from a widget, imported when a visitor asks to share (it is not on the page's
 * first download).
 *
 * The address to share for the page a widget is on: the page's own, without the parameters that
 * only preview it (`now`, `theme`, `lang`: a shared link must show the programme as it is, in the
 * reader's language and theme, not the editor's preview of 30 May in dark mode).
 */
const PREVIEW_PARAMS = ['now', 'theme', 'lang', 'sx-now', 'sx-theme', 'sx-lang'];

/** `href` without preview parameters (an address that does not parse is returned as it is). */
export function shareUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  // Untouched addresses keep their exact form (searchParams re-encodes the whole query).
  if (!PREVIEW_PARAMS.some((name) => url.searchParams.has(name))) return href;
  for (const name of PREVIEW_PARAMS) url.searchParams.delete(name);
  return url.href;
}

/**
 * Shares a link the way the visitor's device can: the system share sheet where there is one,
 * otherwise a copy to the clipboard. The widget says what happened in its own words.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed';

export async function shareLink(data: ShareData & { url: string }): Promise<ShareOutcome> {
  try {
    if (typeof navigator.share === 'function' && navigator.canShare?.(data) !== false) {
      await navigator.share(data);
      return 'shared';
    }
  } catch (error) {
    // The visitor closed the share sheet: nothing to report. Any other failure: copy instead.
    if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
  }
  try {
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
