/**
 * Talks to the scripted routes of test/support/feed-routes.mjs (from Node or from the browser):
 * seeds files for one test and reads back what the server received.
 */
import type { FeedDocument } from '../../src/feed/types.js';
import { testEdition, testEvent, testLab, testStory } from './fixture-edition.js';

let counter = 0;

/** A key no other test uses, so server-side state and cached URLs never collide. */
export function uniqueKey(label: string): string {
  counter += 1;
  return `${label}-${counter}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A small valid single-document feed. */
export function testDocument(): FeedDocument {
  return {
    schemaVersion: '1.0',
    edition: testEdition(),
    events: [testEvent()],
    labs: [testLab()],
    stories: [testStory()],
  };
}

export interface ServerLog {
  total: number;
  files: Record<string, number>;
  statuses: Record<string, number[]>;
}

export class FeedRoutes {
  constructor(
    /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
    readonly origin: string,
    readonly key: string,
  ) {}

  /** URL of `file` served through `scenario`, with extra query parameters. */
  url(scenario: string, file = 'feed.json', params: Record<string, string | number> = {}): string {
    const url = new URL(`/__feed/${scenario}/${file}`, this.origin);
    url.searchParams.set('key', this.key);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    return url.href;
  }

  async seed(file: string, body: unknown): Promise<void> {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const url = `${this.origin}/__feed/seed?key=${this.key}&file=${encodeURIComponent(file)}`;
    const response = await fetch(url, { method: 'PUT', body: text });
    if (!response.ok) throw new Error(`seeding ${file} failed: ${response.status}`);
  }

  /** From now on `ok` answers `code` (0: the connection is dropped). */
  async break(code: number): Promise<void> {
    await fetch(`${this.origin}/__feed/break?key=${this.key}&code=${code}`, { method: 'POST' });
  }

  async log(): Promise<ServerLog> {
    const response = await fetch(`${this.origin}/__feed/count?key=${this.key}`);
    return (await response.json()) as ServerLog;
  }
}
