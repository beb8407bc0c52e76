/**
 * The embedded default edition (Shanxi 2025), for pages that name no feed. Each file is its own
 * dynamic import, so bundlers emit it as a separate chunk: a countdown loads only the edition,
 * and the programme is downloaded only by a page that shows it.
 */

export type DefaultResource = 'events' | 'labs' | 'stories';

/** The edition object of the embedded default. */
export async function loadDefaultEdition(): Promise<unknown> {
  return (await import('./shanxi-2025/edition.json')).default;
}

/** One resource of the embedded default, as published (validate before use). */
export async function loadDefaultResource(kind: DefaultResource): Promise<unknown> {
  // One literal import per file: a template string would defeat chunking in some bundlers.
  switch (kind) {
    case 'events':
      return (await import('./shanxi-2025/events.json')).default;
    case 'labs':
      return (await import('./shanxi-2025/labs.json')).default;
    case 'stories':
      return (await import('./shanxi-2025/stories.json')).default;
  }
}
