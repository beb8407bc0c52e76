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
