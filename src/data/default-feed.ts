/**
 * The embedded default edition (Shanxi 2025), for pages that name no feed. Each file is its own
 * dynamic import, so bundlers emit it as a separate chunk: a countdown loads only the edition,
 * and the programme is downloaded only by a page that shows it.
 *
 * Each file is copied once into objects that inherit nothing (`inheritNothing`), so a host page's
 * polluted `Object.prototype` never reads as embedded data; the copy is shared by every widget.
 */
import { inheritNothing } from './inherit-nothing.js';

export type DefaultResource = 'events' | 'labs' | 'stories';

const copies: Record<string, Promise<unknown> | undefined> = Object.create(null);

/** The file's data, copied once; a failed import is forgotten, so a retry imports again. */
function once(name: string, load: () => Promise<{ default: unknown }>): Promise<unknown> {
  return (copies[name] ??= load().then(
    (module) => inheritNothing(module.default),
    (error: unknown) => {
      copies[name] = undefined;
      throw error;
    },
  ));
}

/** The edition object of the embedded default. */
export function loadDefaultEdition(): Promise<unknown> {
  return once('edition', () => import('./shanxi-2025/edition.json'));
}

/** One resource of the embedded default, as published (validate before use). */
export function loadDefaultResource(kind: DefaultResource): Promise<unknown> {
  // One literal import per file: a template string would defeat chunking in some bundlers.
  switch (kind) {
    case 'events':
      return once(kind, () => import('./shanxi-2025/events.json'));
    case 'labs':
      return once(kind, () => import('./shanxi-2025/labs.json'));
    case 'stories':
      return once(kind, () => import('./shanxi-2025/stories.json'));
  }
}
