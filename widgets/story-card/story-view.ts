/**
 * What the card's templates are given: the story, its edition and language, and the element's
 * state and handlers they show and call. One object, so the templates are plain functions of it.
 */
import type { Edition, Story } from '../../src/feed/types.js';
import type { Lang } from '../shared/i18n.js';
import type { QrCode } from './qr-code.js';
import type { StoryCardMessages } from './story-card.messages.js';

export interface StoryView {
  story: Story;
  edition: Edition;
  lang: Lang;
  t: StoryCardMessages;
  headingLevel: number;
  /** The full text (or the compact card's details) is open. */
  expanded: boolean;
  /** The portrait's address while it loads or shows; undefined: the monogram. */
  image: string | undefined;
  /** The address the story is shared with; undefined: no share or QR buttons. */
  url: string | undefined;
  qrOpen: boolean;
  /** The QR code once made, or how making it goes. */
  qr: QrCode | 'loading' | 'failed' | undefined;
  /** The QR module, once imported (it draws the code). */
  qrModule: typeof import('./qr-code.js') | undefined;
  /** "Link copied" and similar, after a share. */
  feedback: string | undefined;
  onImageError: (src: string) => void;
  onToggleExpanded: () => void;
  onShare: (url: string) => void;
  onToggleQr: (url: string) => void;
}
