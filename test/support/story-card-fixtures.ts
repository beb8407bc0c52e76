/**
 * Helpers of the <sx-story-card> tests: stories, a client that serves them without a network,
 * a fake page clock, a controllable `document.hidden`, and an independent QR decoder.
 */
import type { SxClient } from '../../src/client/types.js';
import type { Edition, Story } from '../../src/feed/types.js';
import { SharedClock, setSharedClock } from '../../widgets/shared/clock.js';
import { testEdition, testStory } from './fixture-edition.js';
import { memoryClient } from './memory-client.js';

/** Three published stories (newest last) and one dated after `NOW`. */
export const NOW = '2025-05-30T10:00:00+08:00';

export function storyA(overrides: Partial<Story> = {}): Story {
  return testStory({
    id: 'story-a',
    name: '示例人物 · 甲一',
    nameEn: 'Sample person · Alpha',
    headline: '甲一的示例标题',
    headlineEn: 'Alpha’s sample headline',
    honours: [{ award: 'national-sci-tech', year: 2023 }],
    spirit: ['innovation'],
    topics: ['ai'],
    quote: {
      text: '示例引语。',
      source: { title: '示例报', url: 'https://example.org/paper/a' },
    },
    source: { title: '示例报', url: 'https://example.org/stories/a' },
    publishedAt: '2025-05-24T08:00:00+08:00',
    ...overrides,
  });
}

export function storyB(overrides: Partial<Story> = {}): Story {
  return testStory({
    id: 'story-b',
    name: '示例人物 · 乙二',
    nameEn: 'Sample person · Beta',
    headline: '乙二的示例标题',
    headlineEn: 'Beta’s sample headline',
    honours: [{ award: 'most-beautiful', year: 2024 }],
    spirit: ['dedication', 'patriotism'],
    topics: ['health'],
    body: ['乙二的第一段。', '乙二的第二段。'],
    source: undefined,
    publishedAt: '2025-05-26T08:00:00+08:00',
    ...overrides,
  });
}

export function storyC(overrides: Partial<Story> = {}): Story {
  return testStory({
    id: 'story-c',
    name: '示例人物 · 丙三',
    nameEn: 'Sample person · Gamma',
    headline: '丙三的示例标题',
    headlineEn: 'Gamma’s sample headline',
    honours: [],
    spirit: ['mentoring'],
    topics: ['ai', 'rural'],
    body: [],
    source: { title: '示例网', url: 'https://example.org/stories/c' },
    publishedAt: '2025-05-28T08:00:00+08:00',
    ...overrides,
  });
}

export function futureStory(): Story {
  return testStory({
    id: 'story-future',
    name: '示例人物 · 未来',
    publishedAt: '2025-06-03T08:00:00+08:00',
  });
}

export const threeStories = () => [storyA(), storyB(), storyC(), futureStory()];

/** A client serving `stories` as given (unvalidated: hostile data reaches the widget). */
export const clientOf = (stories: Story[], edition: Edition = testEdition()): SxClient =>
  memoryClient('stories', { stories }, { edition, src: undefined });

/** Fake timers for the page clock: time moves only when a test says so. */
export class FakeTime {
  now = Date.parse('2025-05-30T02:00:00Z');
  private next = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  readonly clock: SharedClock;
  private readonly previous: SharedClock | undefined;

  constructor() {
    this.clock = new SharedClock({
      now: () => this.now,
      setTimeout: (callback, ms) => {
        const id = this.next++;
        this.timers.set(id, { at: this.now + ms, callback });
        return id;
      },
      clearTimeout: (id) => void this.timers.delete(id as number),
      // No document: the page clock keeps ticking while "hidden", so a test of the card's own
      // hidden-tab hold cannot pass thanks to the clock alone.
      document: undefined,
    });
    this.previous = setSharedClock(this.clock);
  }

  /** Moves time on by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }

  seconds(count: number): void {
    this.advance(count * 1000);
  }

  restore(): void {
    setSharedClock(this.previous);
  }
}

/**
 * `document.hidden` under the test's control (a test tab in the background would otherwise be
 * hidden, and the card would rightly refuse to rotate).
 */
export class Visibility {
  private hidden = false;

  constructor() {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => this.hidden });
  }

  set(hidden: boolean): void {
    this.hidden = hidden;
    document.dispatchEvent(new Event('visibilitychange'));
  }

  restore(): void {
    delete (document as unknown as Record<string, unknown>)['hidden'];
  }
}

type JsQr = (typeof import('jsqr'))['default'];

/** jsQR, loaded as the classic script it is (a UMD bundle that sets `self.jsQR`). */
async function jsQr(): Promise<JsQr> {
  const scope = globalThis as unknown as { jsQR?: JsQr };
  if (!scope.jsQR) {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  }
  return scope.jsQR!;
}

/** Reads a QR code drawn as SVG the way a phone would see it: as pixels. */
export async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const decode = await jsQr();
  const side = 400;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(side));
  clone.setAttribute('height', String(side));
  const markup = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, side, side);
    const pixels = context.getImageData(0, 0, side, side);
    return decode(pixels.data, side, side)?.data;
  } finally {
    URL.revokeObjectURL(url);
  }
}
