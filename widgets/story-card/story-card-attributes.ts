/**
 * The attribute values `<sx-story-card>` accepts and its attribute checks (`attribute-rules.ts`):
 * data, so the element file holds only the element.
 */
import { choice, wholeNumber, type AttributeRules } from '../shared/attribute-rules.js';
import { STORY_PICKS } from './story-choice.js';

export type StoryCardVariant = 'card' | 'compact' | 'feature';

export const VARIANTS: readonly StoryCardVariant[] = ['card', 'compact', 'feature'];
/** Shortest time a story stays when rotating: long enough to read a headline and a summary. */
export const MIN_ROTATE_SECONDS = 5;

/** The attribute checks (`attribute-rules.ts`); choices list the default first. */
export const RULES: AttributeRules = {
  pick: choice(STORY_PICKS),
  variant: choice(VARIANTS),
  // 0 turns rotation off; a shorter time is raised to the minimum (too fast to read).
  rotate: {
    problem: (value) =>
      value === 0 || (value as number) >= MIN_ROTATE_SECONDS
        ? undefined
        : `is not 0 or ≥ ${MIN_ROTATE_SECONDS} s`,
    fallback: (value: number) => (value > 0 ? MIN_ROTATE_SECONDS : 0),
  },
  headingLevel: wholeNumber(2, 6, 3),
};
