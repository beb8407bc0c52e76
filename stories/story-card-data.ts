/**
 * In-memory data for the <sx-story-card> stories: the embedded sample stories plus two more
 * fictional ones (a portrait with a quote, and a portrait that fails to load), each state
 * without a network. Every person here is invented and marked 示例.
 */
import type { SxClient } from '../src/client/types.js';
import type { Story } from '../src/feed/types.js';
import storiesJson from '../src/data/shanxi-2025/stories.json';
import { memoryClient, stateOptions, type StoryState } from '../test/support/memory-client.js';
import { FETCHED_AT, edition } from './sample-edition.js';

export { edition } from './sample-edition.js';
export type { StoryState } from '../test/support/memory-client.js';

/** Vite copies the file and gives its address (an http URL, as the feed rules require). */
const portrait = new URL('./story-card-portrait.svg?no-inline', import.meta.url).href;

export const portraitStory: Story = {
  id: 'preview-portrait',
  name: '示例人物 · 周岚',
  nameEn: 'Sample person · Zhou Lan',
  affiliation: '示例光电研究所',
  affiliationEn: 'Sample institute of optoelectronics',
  honours: [
    { award: 'national-sci-tech', year: 2022 },
    { award: 'most-beautiful', year: 2024 },
  ],
  headline: '在暗室里追光二十年',
  headlineEn: 'Twenty years chasing light in a dark room',
  summary: '她带领团队研制出更灵敏的光学传感器，用于矿山安全监测。',
  summaryEn: 'She led a team that built more sensitive optical sensors for mine-safety monitoring.',
  body: [
    '示例正文第一段：她在暗室里度过了大部分工作时间，一次次调整光路。',
    '示例正文第二段：团队与企业合作，把样机带进了矿井，接受真实环境的检验。',
    '本文为虚构的示例故事，人物、单位和情节均为演示用途，与真实人物无关。',
  ],
  quote: {
    text: '示例引语：实验室里没有捷径，只有一次次重来。',
    source: { title: '示例日报', url: 'https://example.org/news/zhou-lan' },
  },
  spirit: ['truth-seeking', 'dedication', 'innovation'],
  topics: ['emergency-safety', 'energy-materials'],
  image: { src: portrait, alt: '示例人物周岚的插画肖像' },
  source: { title: '示例日报', url: 'https://example.org/news/zhou-lan' },
  publishedAt: '2025-05-29T08:00:00+08:00',
  sample: true,
};

export const brokenImageStory: Story = {
  id: 'preview-broken-image',
  name: '示例人物 · 吴昊',
  nameEn: 'Sample person · Wu Hao',
  affiliation: '示例大学',
  affiliationEn: 'Sample university',
  honours: [],
  headline: '肖像加载失败时显示姓名首字',
  headlineEn: 'When the portrait fails, the first letter of the name',
  summary: '这个示例故事的肖像地址无法访问。',
  summaryEn: 'The portrait of this sample story cannot be loaded.',
  body: [],
  spirit: ['collaboration'],
  topics: ['ai'],
  image: { src: 'https://example.invalid/portrait.jpg', alt: '示例人物吴昊的照片' },
  publishedAt: '2025-05-20T08:00:00+08:00',
  sample: true,
};

export const sampleStories: Story[] = [
  portraitStory,
  brokenImageStory,
  ...(storiesJson as unknown as Story[]),
];

/** A client that answers with `stories` (or never, or with an error, or from a "saved copy"). */
export const storyCardClient = (stories: Story[], state: StoryState = 'ready'): SxClient =>
  memoryClient(
    'stories',
    { stories },
    {
      ...stateOptions(state, FETCHED_AT),
      edition: { ...edition, officialUrl: 'https://example.org/notice' },
    },
  );
