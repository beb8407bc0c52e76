/**
 * Loads the chunk of each known tag the first time such an element is in the page: at start, and
 * later whenever a CMS or a framework inserts one. Only what is used is downloaded, each chunk
 * once. Tags that something else already defined (the all-in-one bundle, another copy) are left
 * alone. A failed download is logged, never thrown: a partner page must not break because of us.
 *
 * Everything the widget's first render needs is requested in one wave with its chunk: the chunks
 * it imports and, for an element without `src`, the embedded data it reads (with `src`, the feed
 * client that fetches and validates the feed). Without the preload
 * the browser finds each level of imports only after the level above has arrived, one round trip
 * each (loader → widget → shared chunks → data).
 */

export interface AutoloadOptions {
  /** Tag → chunk path, resolved against `base`. */
  chunks: Readonly<Record<string, string>>;
  /** The URL the chunk paths are relative to (the loader's `import.meta.url`). */
  base: string;
  /** @default document */
  root?: Document;
  /** Fetches and runs the chunk of `tag`. Tests pass a recorder. @default dynamic `import()` */
  load?: (url: string, tag: string) => Promise<unknown>;
  /** @default globalThis.customElements */
  registry?: Pick<CustomElementRegistry, 'get'>;
  /** Tag → chunk paths the widget chunk imports, requested with it. */
  code?: Readonly<Record<string, readonly string[]>>;
  /** Tag → embedded-data chunk paths, requested with it when the element has no `src`. */
  embeddedData?: Readonly<Record<string, readonly string[]>>;
  /** Tag → English catalog chunks, requested with it when the element is shown in English. */
  english?: Readonly<Record<string, readonly string[]>>;
  /** Tag → the feed client's chunks, requested with it when the element has `src`. */
  feed?: Readonly<Record<string, readonly string[]>>;
  /** Starts what an element's first render will read besides code (its feed), with its code. */
  prefetch?: (element: Element) => void;
  /** Starts fetching modules without running them. @default `<link rel="modulepreload">`s */
  preload?: (urls: readonly string[]) => void;
}

/** The widgets' own rule, read early: the element's `lang`, else the nearest ancestor's. */
const shownInEnglish = (element: Element): boolean =>
  /^en\b/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '');

/**
 * `<link rel="modulepreload">`s in the head, once per URL (the browser dedupes the fetch). The
 * links of one widget go in with one insertion: one by one, each insertion costs the main thread
 * a few milliseconds more on a slow phone.
 */
function modulePreload(root: Document): (urls: readonly string[]) => void {
  const done = new Set<string>();
  return (urls) => {
    const links = root.createDocumentFragment();
    for (const url of urls) {
      if (done.has(url)) continue;
      done.add(url);
      const link = root.createElement('link');
      link.rel = 'modulepreload';
      link.href = url;
      links.append(link);
    }
    if (links.childNodes.length > 0) (root.head ?? root.documentElement).append(links);
  };
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

/** Marks the constructors sx-science-week defines (widgets/shared/define.ts). */
const OURS = Symbol.for('sx-science-week.element');

/**
 * Whether `tag` is taken before the loader runs. A page that defined it itself is told so, as
 * the widget module would tell it (widgets/shared/define.ts): the loader never loads that widget.
 */
function definedBefore(registry: Pick<CustomElementRegistry, 'get'>, tag: string): boolean {
  const existing = registry.get(tag) as (CustomElementConstructor & { [OURS]?: true }) | undefined;
  if (existing && !existing[OURS]) {
    console.warn(
      `sx-science-week: <${tag}> is already defined by the page itself, so this widget cannot start.`,
    );
  }
  return existing !== undefined;
}

function start({
  chunks,
  base,
  root = document,
  load = (url) => import(/* @vite-ignore */ url),
  registry = customElements,
  code = {},
  embeddedData = {},
  english = {},
  feed = {},
  prefetch,
  preload = modulePreload(root),
}: AutoloadOptions): () => void {
  const pending = new Set(Object.keys(chunks).filter((tag) => !definedBefore(registry, tag)));

  const request = (element: Element): void => {
    const tag = element.localName;
    if (!pending.delete(tag) || registry.get(tag)) return;
    const url = new URL(chunks[tag]!, base).href;
    const wanted = [
      ...(code[tag] ?? []),
      ...(element.hasAttribute('src') ? (feed[tag] ?? []) : (embeddedData[tag] ?? [])),
      ...(shownInEnglish(element) ? (english[tag] ?? []) : []),
    ];
    preload(wanted.map((path) => new URL(path, base).href));
    prefetch?.(element);
    load(url, tag).catch((error: unknown) =>
      console.warn(`sx-science-week: could not load <${tag}> from ${url}`, error),
    );
  };

  const scan = (node: Element | Document): void => {
    if ('localName' in node && pending.has(node.localName)) request(node);
    if (pending.size === 0) return;
    for (const element of node.querySelectorAll([...pending].join(','))) request(element);
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
