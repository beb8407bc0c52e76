/**
 * Guarded custom-element registration.
 *
 * A partner page may load the library twice (the ESM drop-in and the IIFE bundle, or two
 * versions). The second `customElements.define` of a tag throws, which would break the page; the
 * first registration wins and the others only warn, once per tag for the whole page (the set of
 * warned tags lives on `globalThis`, so two copies of this module share it). The warning tells a
 * second copy of the library from the page's own element of the same name.
 *
 * Before the first definition, the built-ins the widgets need are checked (`features.ts`): when
 * one is missing, no widget is defined and one message says which.
 */
import { isServer } from 'lit';
import { missingFeatures } from './features.js';

const WARNED_KEY = Symbol.for('sx-science-week.define.warned');
/** Marks the library's element classes, whichever copy of the library defined them. */
const OURS = Symbol.for('sx-science-week.element');

function warnedTags(): Set<string> {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  if (!store[WARNED_KEY]) {
    Object.defineProperty(store, WARNED_KEY, { value: new Set<string>(), configurable: true });
  }
  return store[WARNED_KEY]!;
}

function warnOnce(tag: string, message: string, detail?: unknown): void {
  const warned = warnedTags();
  if (warned.has(tag)) return;
  warned.add(tag);
  if (detail === undefined) console.warn(message);
  else console.warn(message, detail);
}

/** True (after one message) when a built-in the widgets need is missing. */
function cannotRun(): boolean {
  const missing = missingFeatures();
  if (missing.length === 0) return false;
  warnOnce(
    '|features',
    `sx-science-week widgets are not started: this page lacks ${missing.join(', ')} (an old browser, or a script on the page removed or replaced them). The content inside the <sx-…> elements stays as the page wrote it.`,
  );
  return true;
}

/**
 * Defines `tag` as `ctor`. Does nothing where there is no `customElements` (Node, SSR import);
 * keeps the first constructor (with one warning) when another already owns the tag; never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  try {
    const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
    if (!registry) return;
    const existing = registry.get(tag);
    if (existing) {
      if (existing === ctor) return;
      if ((existing as unknown as Record<symbol, unknown>)[OURS]) {
        warnOnce(
          tag,
          `<${tag}> is already defined by another copy of sx-science-week; the first definition is kept.`,
        );
      } else {
        warnOnce(
          tag,
          `<${tag}> is already defined by the page itself (not by sx-science-week), so this widget cannot start; rename or remove the page's own <${tag}> definition.`,
        );
      }
      return;
    }
    // A server renderer (`@lit-labs/ssr`) has Lit's registry shim and none of the browser's built-ins.
    if (!isServer && cannotRun()) return;
    Object.defineProperty(ctor, OURS, { value: true });
    registry.define(tag, ctor);
  } catch (error) {
    warnOnce(tag, `<${tag}> could not be defined.`, error);
  }
}
