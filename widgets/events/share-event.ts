/**
 * Sharing one event: offered to the page first (`sx-share`, cancelable), then the system share
 * sheet or the clipboard. Imported on the first "分享": most visitors never share.
 */
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { localized, type Lang } from '../shared/i18n.js';
import { shareLink, shareUrl } from '../shared/share-url.js';
import { SxShareEvent } from './custom-events.js';
import type { EventsMessages } from './events.messages.js';

/**
 * Shares `event` (its own page, else this page without the preview parameters `?now=…&theme=…`);
 * resolves to the words to show beside the button, or undefined when there is nothing to say
 * (shared, cancelled by the visitor or by the page).
 */
export async function shareEvent(
  event: ProgrammeEvent,
  lang: Lang,
  t: EventsMessages,
  emit: (event: Event) => boolean,
): Promise<string | undefined> {
  const url = (event.url && safeUrl(event.url)) || shareUrl(location.href);
  if (!emit(new SxShareEvent(event, url))) return undefined;
  const title = localized(lang, event.title, event.titleEn);
  const outcome = await shareLink({ title, url });
  if (outcome === 'shared' || outcome === 'cancelled') return undefined;
  return outcome === 'copied' ? t.linkCopied : t.shareFailed;
}
