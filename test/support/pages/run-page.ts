/**
 * The module of the test pages served by `page-routes.mjs`: loads the widgets (sources, or the
 * built ESM or IIFE bundle), shows them, waits until each has settled, and leaves a report on
 * `window.sxPageResult` for the test in the parent page.
 *
 * - /__page/csp: every widget in every state (data from memory), then a canary `style`
 *   attribute, whose violation proves that violations are seen at all.
 * - /__page/hostile: every widget on the embedded default edition (no network), as shown; the
 *   test compares it with the same page without the hostile prelude (`clean=1`).
 */
import {
  CASE_NOW,
  WIDGET_TAGS,
  shownState,
  statesOf,
  widgetIn,
  type WidgetTag,
} from '../widget-cases.js';

interface PageReport {
  violations: string[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
}

type Widget = HTMLElement & { loaded?: Promise<void> };

const win = window as unknown as {
  sxPageReport: PageReport;
  sxPageResult?: unknown;
  SxWidgets?: unknown;
};
const params = new URLSearchParams(location.search);
const build = params.get('build') ?? 'source';
const main = document.getElementById('widgets')!;

/** Lets queued tasks (violation reports among them) and a frame run. */
function settleTasks(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0)),
  );
}

async function loadBuild(): Promise<void> {
  if (build === 'iife') {
    if (!win.SxWidgets)
      throw new Error('dist/cdn/sx-widgets.iife.js did not load: run npm run build');
    return;
  }
  const url = build === 'esm' ? '/dist/cdn/sx-widgets.js' : '/widgets/all.ts';
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    throw new Error(`${url} did not load (run npm run build for the bundles): ${String(error)}`);
  }
}

/** Settled: loaded (or, for a widget that never loads, rendered once). */
async function settled(element: Widget, waitsForData: boolean): Promise<void> {
  await customElements.whenDefined(element.localName);
  if (!waitsForData) {
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    return;
  }
  await element.loaded;
  // Some states finish after `loaded` (the countdown's error state waits for its extras chunk):
  // wait, frame by frame and for a bounded time, until the skeleton has gone.
  const deadline = performance.now() + 3000;
  while (shownState(element) === 'loading' && performance.now() < deadline) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** What a person sees of a widget: its text, links and images, whitespace folded. */
function shownContent(element: Element) {
  const root = element.shadowRoot;
  const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  if (!root) return { text: fold(element.textContent), links: [], images: [] };
  return {
    text: fold(root.textContent),
    links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    images: [...root.querySelectorAll('img[src]')].map((img) => img.getAttribute('src')),
  };
}

function tileGrid(element: Element) {
  const tiles = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part~=tile]') ?? [])];
  const grid = element.shadowRoot?.querySelector<HTMLElement>('[part~=tiles]');
  return {
    tiles: tiles.length,
    columns: new Set(tiles.map((tile) => Math.round(tile.getBoundingClientRect().left))).size,
    height: Math.round(grid?.getBoundingClientRect().height ?? 0),
  };
}

async function cspPage() {
  const cases: { tag: WidgetTag; state: string; element: Widget }[] = [];
  for (const tag of WIDGET_TAGS) {
    for (const state of statesOf(tag)) {
      const element = widgetIn(tag, state);
      main.append(element);
      cases.push({ tag, state, element });
    }
  }
  await Promise.all(cases.map(({ element, state }) => settled(element, state !== 'loading')));
  await settleTasks();
  const shown = cases.map(({ tag, state, element }) => ({
    tag,
    state,
    shown: shownState(element),
    jsonLd: element.querySelector(':scope > script[data-sx-jsonld]')?.textContent ?? null,
    ...(tag === 'sx-lab-map' && state === 'data' && { grid: tileGrid(element) }),
  }));
  // The canary: a style attribute the policy must block, reported like any other.
  const before = win.sxPageReport.violations.length;
  const canary = document.createElement('div');
  canary.setAttribute('style', '--sx-canary: 1');
  main.append(canary);
  await settleTasks();
  const canarySeen = win.sxPageReport.violations.length > before;
  win.sxPageReport.violations.splice(before);
  canary.remove();
  return { cases: shown, canarySeen };
}

/** With a built-in removed: which tags got defined (none may be, and nothing may throw). */
async function withoutBuiltIn() {
  for (const tag of WIDGET_TAGS) main.append(document.createElement(tag));
  await settleTasks();
  return { defined: WIDGET_TAGS.filter((tag) => customElements.get(tag) !== undefined) };
}

async function hostilePage() {
  if (params.get('remove')) return withoutBuiltIn();
  const widgets = WIDGET_TAGS.map((tag) => {
    const element = document.createElement(tag) as Widget;
    element.setAttribute('now', CASE_NOW);
    main.append(element);
    return element;
  });
  const ours = widgets.filter(
    (element) =>
      (customElements.get(element.localName) as { sxPageOwn?: boolean } | undefined)?.sxPageOwn !==
      true,
  );
  await Promise.all(ours.map((element) => settled(element, true)));
  await settleTasks();
  return {
    widgets: widgets.map((element) => ({
      tag: element.localName,
      state: shownState(element),
      visible:
        (element.shadowRoot?.querySelector('[part~=base]')?.getBoundingClientRect().height ?? 0) >
        0,
      ...shownContent(element),
    })),
  };
}

async function run() {
  let result: unknown;
  try {
    await loadBuild();
    result = location.pathname.endsWith('/csp') ? await cspPage() : await hostilePage();
  } catch (error) {
    win.sxPageReport.errors.push(`page: ${String((error as Error)?.stack ?? error)}`);
  }
  win.sxPageResult = { ...win.sxPageReport, result };
}

void run();
