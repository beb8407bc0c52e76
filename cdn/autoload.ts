/**
 * Loads the chunk of each known tag the first time such an element is in the page: at start, and
 * later whenever a CMS or a framework inserts one. Only what is used is downloaded, each chunk
 * once. Tags that something else already defined (the all-in-one bundle, another copy) are left
 * alone. A failed download is logged, never thrown: a partner page must not break because of us.
 */

export interface AutoloadOptions {
  /** Tag → chunk path, resolved against `base`. */
  chunks: Readonly<Record<string, string>>;
  /** The URL the chunk paths are relative to (the loader's `import.meta.url`). */
  base: string;
  /** @default document */
  root?: Document;
  /** Fetches and runs a chunk. Tests pass a recorder. @default dynamic `import()` */
  load?: (url: string) => Promise<unknown>;
  /** @default globalThis.customElements */
  registry?: Pick<CustomElementRegistry, 'get'>;
}

/** Starts watching; returns a function that stops it (for tests and single-page apps). */
export function autoload(options: AutoloadOptions): () => void {
  try {
    return start(options);
  } catch (error) {
    console.warn('sx-science-week loader stopped:', error);
    return () => {};
  }
}

function start({
  chunks,
  base,
  root = document,
  load = (url) => import(/* @vite-ignore */ url),
  registry = customElements,
}: AutoloadOptions): () => void {
  const pending = new Set(Object.keys(chunks).filter((tag) => !registry.get(tag)));

  const request = (tag: string): void => {
    if (!pending.delete(tag) || registry.get(tag)) return;
    const url = new URL(chunks[tag]!, base).href;
    load(url).catch((error: unknown) =>
      console.warn(`sx-science-week: could not load <${tag}> from ${url}`, error),
    );
  };

  const scan = (node: Element | Document): void => {
    if ('localName' in node && pending.has(node.localName)) request(node.localName);
    if (pending.size === 0) return;
    for (const element of node.querySelectorAll([...pending].join(','))) {
      request(element.localName);
    }
  };

  scan(root);
  if (pending.size === 0 || typeof MutationObserver !== 'function') return () => {};

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) scan(node as Element);
      }
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
