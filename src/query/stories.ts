import type { Story } from '../feed/types.js';
import { zonedDayKey } from '../time/zoned.js';
import { anyOf, intersects } from './any-of.js';
import { fnv1a } from './hash.js';
import { ownQuery } from './own-query.js';
import type { StoryQuery } from './types.js';

/** The stories that match `query` (lists mean any-of; fields must all match), in feed order. */
export function filterStories(stories: readonly Story[], asked: StoryQuery): Story[] {
  const query = ownQuery(asked);
  const topics = anyOf(query.topic);
  const honours = anyOf(query.honour);
  const spirit = anyOf(query.spirit);
  return stories.filter(
    (story) =>
      (query.id === undefined || story.id === query.id) &&
      intersects(topics, story.topics) &&
      intersects(
        honours,
        story.honours.map((honour) => honour.award),
      ) &&
      intersects(spirit, story.spirit),
  );
}

/**
 * The story shown on the day `date` falls on in `timeZone` (the edition's): the same for every
 * visitor that day, whatever their own zone, and whatever order the feed lists the stories in.
 * `undefined` when there are none.
 */
export function storyOfTheDay(
  stories: readonly Story[],
  date: Date,
  timeZone: string,
): Story | undefined {
  if (!stories.length) return undefined;
  const byId = [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byId[fnv1a(zonedDayKey(date, timeZone)) % byId.length];
}

/**
 * The most recently published story (stories without `publishedAt` count as oldest; with `now`,
 * stories dated after it are not out yet). `undefined` when there are none.
 */
export function latestStory(stories: readonly Story[], now?: Date): Story | undefined {
  const limit = now ? now.getTime() : Infinity;
  let latest: Story | undefined;
  let latestMs = -Infinity;
  for (const story of stories) {
    const ms = story.publishedAt ? Date.parse(story.publishedAt) : -Infinity;
    if (ms > limit) continue;
    if (!latest || ms > latestMs) {
      latest = story;
      latestMs = ms;
    }
  }
  return latest;
}
