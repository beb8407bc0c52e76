/**
 * A line above a story that shows what some controls change outside the widget's picture (#15:
 * an editor toggled them and saw nothing happen): the page URL that `sync-url` writes, the
 * schema.org JSON-LD that `no-json-ld` leaves out, the level `heading-level` gives the headings
 * (seen by screen readers and search engines, not on screen). It reads the real page and the
 * widget's shadow root, not the story's args, so it shows what the widget did.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

/** The attributes a readout can show the effect of, and how it reads each from the page. */
export const READINGS = {
  'sync-url': (widget: Element): string => {
    if (!widget.hasAttribute('sync-url')) return 'Page URL: left alone (sync-url off)';
    const params = [...new URLSearchParams(location.search)].filter(([key]) =>
      key.startsWith('sx-'),
    );
    return params.length
      ? `Page URL: ?${new URLSearchParams(params).toString()}`
      : 'Page URL: no filter yet (choose one)';
  },
  'no-json-ld': (widget: Element): string => {
    if (widget.hasAttribute('no-json-ld')) return 'JSON-LD: off (no-json-ld)';
    const script = widget.querySelector('script[type="application/ld+json"]');
    // The widget describes published events only: sample data never reaches search engines.
    if (!script?.textContent)
      return 'JSON-LD: none (sample events are not offered to search engines)';
    const found = script.textContent.match(/"@type":\s*"Event"/g)?.length ?? 0;
    const kb = (new Blob([script.textContent]).size / 1024).toFixed(1);
    return `JSON-LD: ${found} events, ${kb} KB`;
  },
  'heading-level': (widget: Element): string => {
    const levels = new Map<string, number>();
    for (const heading of widget.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? []) {
      const name = heading.localName;
      levels.set(name, (levels.get(name) ?? 0) + 1);
    }
    return levels.size
      ? `Headings: ${[...levels].map(([name, count]) => `${count} × ${name}`).join(', ')}`
      : 'Headings: none yet';
  },
} as const;

export type Reading = keyof typeof READINGS;

const WIDGETS = 'sx-events, sx-lab-map, sx-story-card, sx-countdown';

/** Observers of each readout, disconnected when the story goes. */
const watching = new WeakMap<Element, () => void>();

function watch(readout: Element | undefined, shows: readonly Reading[]): void {
  if (!readout) return;
  watching.get(readout)?.();
  // Lit sets the ref before the story's parts are in one tree: find the widget a moment later.
  void Promise.resolve().then(() => {
    if (readout.isConnected) watchWidget(readout, shows);
  });
}

function watchWidget(readout: Element, shows: readonly Reading[]): void {
  watching.get(readout)?.();
  const next = readout.nextElementSibling;
  const widget = next?.matches(WIDGETS) ? next : next?.querySelector(WIDGETS);
  if (!widget) return;
  let frame = 0;
  const update = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      readout.textContent = shows.map((name) => READINGS[name](widget)).join(' · ');
    });
  };
  const observer = new MutationObserver(update);
  const observe = () => {
    observer.observe(widget, { childList: true, subtree: true, characterData: true });
    if (widget.shadowRoot) observer.observe(widget.shadowRoot, { childList: true, subtree: true });
  };
  observe();
  // A Lit element's shadow root exists once it is connected and has updated.
  void customElements
    .whenDefined(widget.localName)
    .then(() => (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .then(() => {
      observe();
      update();
    });
  update();
  watching.set(readout, () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  });
}

/**
 * Place right before the widget (or the story's width wrapper around it): at the top of a docs
 * page's story frame, which scrolls a long list inside it.
 */
export function readout(...shows: Reading[]): TemplateResult {
  return html`<p
    class="story-readout"
    data-shows=${shows.join(' ')}
    style="margin: 0 0 0.75rem; padding: 0.25rem 0.5rem; border-inline-start: 3px solid currentColor; font: 0.8125rem/1.5 ui-monospace, monospace"
    ${ref((element) => watch(element, shows))}
  ></p>`;
}
