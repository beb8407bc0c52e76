/** Events `<sx-story-card>` fires on a visitor's action (never on its own rotation). */
import type { Story } from '../../src/feed/types.js';
import { SX_EVENT_INIT } from '../shared/events.js';

/** How the visitor changed the story. */
export type StoryChangeCause = 'previous' | 'next';

/** The visitor moved to another story (previous / next). Bubbles and crosses shadow roots. */
export class SxStoryChangeEvent extends Event {
  static readonly eventName = 'sx-story-change';
  /** The story now shown. */
  readonly story: Story;
  /** Its position among the card's stories (0-based). */
  readonly index: number;
  readonly count: number;
  readonly cause: StoryChangeCause;

  constructor(story: Story, index: number, count: number, cause: StoryChangeCause) {
    super(SxStoryChangeEvent.eventName, SX_EVENT_INIT);
    this.story = story;
    this.index = index;
    this.count = count;
    this.cause = cause;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-story-change': SxStoryChangeEvent;
  }
}
