/**
 * The built-ins the widgets rely on, checked once when the first widget is defined. A host page
 * (or an old browser) without one of them would otherwise fail somewhere deep inside a render;
 * instead no widget starts, the page's own content inside `<sx-…>` stays visible, and one console
 * message names what is missing.
 *
 * The list is what the code calls (src/ and widgets/), not a guess: keep it in step.
 */
const g = globalThis as unknown as Record<string, unknown>;
const isFunction = (value: unknown): boolean => typeof value === 'function';

const REQUIRED: ReadonlyArray<readonly [name: string, present: () => boolean]> = [
  ['customElements', () => isFunction((g.customElements as { define?: unknown })?.define)],
  ['Element.prototype.attachShadow', () => isFunction(Element.prototype.attachShadow)],
  ['MutationObserver', () => isFunction(g.MutationObserver)],
  ['Promise.allSettled', () => isFunction(Promise.allSettled)],
  ['Array.prototype.flat', () => isFunction(Array.prototype.flat)],
  ['Array.prototype.flatMap', () => isFunction(Array.prototype.flatMap)],
  ['Array.from', () => isFunction(Array.from)],
  ['Object.entries', () => isFunction(Object.entries)],
  ['Object.fromEntries', () => isFunction(Object.fromEntries)],
  // Records are read from own properties only (a polluted Object.prototype must not reach data).
  ['Object.hasOwn', () => isFunction(Object.hasOwn)],
  ['Symbol.for', () => isFunction(g.Symbol) && isFunction(Symbol.for)],
  ['URL', () => isFunction(g.URL)],
  ['URLSearchParams', () => isFunction(g.URLSearchParams)],
  ['AbortController', () => isFunction(g.AbortController)],
  [
    'Intl.DateTimeFormat',
    () => isFunction((g.Intl as { DateTimeFormat?: unknown })?.DateTimeFormat),
  ],
  [
    'Intl.DateTimeFormat.prototype.formatToParts',
    () => isFunction((g.Intl as typeof Intl)?.DateTimeFormat?.prototype?.formatToParts),
  ],
];

let checked: readonly string[] | undefined;

/** Names of the required built-ins this page lacks (computed once). */
export function missingFeatures(): readonly string[] {
  if (checked) return checked;
  checked = REQUIRED.filter(([, present]) => {
    try {
      return !present();
    } catch {
      return true;
    }
  }).map(([name]) => name);
  return checked;
}
