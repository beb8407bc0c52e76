/**
 * Which stories a card shows, in which order, and which one first. Pure functions of the feed and
 * the card's attributes, so the choice is testable without a browser.
 */
import type { Story } from '../../src/feed/types.js';
import { safeWebUrl } from '../../src/feed/safe-url.js';
import { filterStories, storyOfTheDay } from '../../src/query/stories.js';
import type { StoryQuery } from '../../src/query/types.js';
import { splitList } from '../../src/text/split-list.js';

export type StoryPick = 'latest' | 'daily' | 'random';
export const STORY_PICKS: readonly StoryPick[] = ['latest', 'daily', 'random'];

/**
 * The page-URL parameter that names a story (`?sx-story=<id>`). A query parameter rather than a
 * fragment: it survives the way WeChat and other apps pass links on, and it follows the `sx-`
 * parameters `<sx-events sync-url>` writes.
 */
export const STORY_PARAM = 'sx-story';

export interface StoryChoiceOptions {
  /** The `story` attribute: show this story first. */
  id?: string | undefined;
  pick: StoryPick;
  query: StoryQuery;
  now: Date;
  /** The edition's zone: a "day" for `daily` is a day there. */
  timeZone: string;
  /** A story named by the page URL (`?sx-story=`): shown first when the card would show it. */
  linkedId?: string | undefined;
  /** `[0, 1)`, for `random`. @default Math.random */
  random?: () => number;
}

export interface StoryChoice {
  /** The stories to rotate through, in order. */
  stories: Story[];
  /** Which one to show first. */
  index: number;
  /** Set when `id` names no story in the feed. */
  missingId?: string;
}

const publishedMs = (story: Story) =>
  story.publishedAt ? Date.parse(story.publishedAt) : -Infinity;

/** Undated stories count as oldest (and compare equal to each other: `-Infinity - -Infinity` is NaN). */
const newestFirst = (a: Story, b: Story) => {
  const [x, y] = [publishedMs(a), publishedMs(b)];
  return x === y ? 0 : x < y ? 1 : -1;
};

const byId = (a: Story, b: Story) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The stories a card rotates through and the one it starts on.
 *
 * - Stories dated after `now` are not out yet and never chosen (unless named by `id`).
 * - `latest`: newest first. `daily`: by id, starting on the story of the day in `timeZone`, the
 *   same for every visitor that day. `random`: feed order, starting anywhere.
 * - `id` (the `story` attribute) starts on that story, even when the filters would leave it out.
 */
export function chooseStories(all: readonly Story[], options: StoryChoiceOptions): StoryChoice {
  const { id, pick, query, now, timeZone, linkedId } = options;
  const out = filterStories(
    all.filter((story) => publishedMs(story) <= now.getTime()),
    query,
  );
  let stories: Story[];
  let first: Story | undefined;
  if (pick === 'daily') {
    stories = out.sort(byId);
    first = storyOfTheDay(stories, now, timeZone);
  } else if (pick === 'random') {
    stories = out;
    first = stories[Math.floor((options.random ?? Math.random)() * stories.length)];
  } else {
    // Stable sort: stories published at the same instant keep their feed order.
    stories = out.sort(newestFirst);
    first = stories[0];
  }
  if (id) {
    const named = all.find((story) => story.id === id);
    if (!named) return { stories: [], index: 0, missingId: id };
    if (!stories.includes(named)) stories = [named, ...stories];
    first = named;
  } else if (linkedId) {
    first = stories.find((story) => story.id === linkedId) ?? first;
  }
  return { stories, index: first ? stories.indexOf(first) : 0 };
}

/**
 * The address a story is shared and encoded in its QR code with: the story's own source when the
 * feed gives a web address for it, otherwise the page the card is on with `?sx-story=<id>` (the
 * card on that page then opens on this story).
 */
export function storyUrl(story: Story, pageHref: string): string | undefined {
  const source = story.source?.url ? safeWebUrl(story.source.url) : undefined;
  if (source) return source;
  try {
    const url = new URL(pageHref);
    url.searchParams.set(STORY_PARAM, story.id);
    return url.href;
  } catch {
    return undefined;
  }
}

/** The story id a page URL names (`?sx-story=<id>`), if any. */
export function linkedStoryId(pageHref: string): string | undefined {
  try {
    return new URL(pageHref).searchParams.get(STORY_PARAM) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a card's choice depends on, as the element has it: attributes as written, the loaded feed,
 * the frozen instant (undefined: the real clock) and the story the page URL names. The choice is
 * remembered with these values as its key (see `lastResult`), so an input added here is part of
 * the key without anyone listing it twice.
 */
export interface CardChoiceInputs {
  stories: readonly Story[] | undefined;
  timeZone: string | undefined;
  story: string | undefined;
  pick: string;
  topic: string | undefined;
  honour: string | undefined;
  spirit: string | undefined;
  /** Epoch milliseconds of a frozen "now"; undefined reads the real clock. */
  frozenNow: number | undefined;
  linkedId: string | undefined;
}

/** The choice for a card's attributes: no stories until the feed is here; a bad pick is `latest`. */
export function cardChoice(inputs: CardChoiceInputs): StoryChoice {
  const { stories, timeZone, pick } = inputs;
  if (!stories || !timeZone) return { stories: [], index: 0 };
  return chooseStories(stories, {
    id: inputs.story?.trim() || undefined,
    pick: STORY_PICKS.includes(pick as StoryPick) ? (pick as StoryPick) : 'latest',
    query: {
      topic: splitList(inputs.topic),
      honour: splitList(inputs.honour),
      spirit: splitList(inputs.spirit),
    },
    now: new Date(inputs.frozenNow ?? Date.now()),
    timeZone,
    linkedId: inputs.linkedId,
  });
}

/**
 * `fn` remembering its last result: computed again only when a value of its input object changes
 * (compared with `Object.is`). The key is the input itself, so it cannot miss a field; the inputs
 * come from one object literal, so their order is the same every time.
 */
export function lastResult<I extends object, R>(fn: (input: I) => R): (input: I) => R {
  let key: unknown[] | undefined;
  let result: R;
  return (input) => {
    const values = Object.values(input);
    if (!key || values.some((value, i) => !Object.is(value, key![i]))) {
      key = values;
      result = fn(input);
    }
    return result;
  };
}
