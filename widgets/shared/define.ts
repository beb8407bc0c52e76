/**
 * Guarded custom-element registration.
 *
 * A partner page may load the library twice (the ESM drop-in and the IIFE bundle, or two
 * versions). The second `customElements.define` of a tag throws, which would break the page; the
 * first registration wins and the others only warn, once per tag for the whole page (the set of
 * warned tags lives on `globalThis`, so two copies of this module share it).
 */

const WARNED_KEY = Symbol.for('sx-science-week.define.warned');

function warnedTags(): Set<string> {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (store[WARNED_KEY] ??= new Set<string>());
}

function warnOnce(tag: string, message: string, detail?: unknown): void {
  const warned = warnedTags();
  if (warned.has(tag)) return;
  warned.add(tag);
  if (detail === undefined) console.warn(message);
  else console.warn(message, detail);
}

/**
 * Defines `tag` as `ctor`. Does nothing where there is no `customElements` (Node, SSR import);
 * keeps the first constructor (with one warning) when another already owns the tag; never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      warnOnce(
        tag,
        `<${tag}> is already defined by another copy of sx-science-week; the first definition is kept.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    warnOnce(tag, `<${tag}> could not be defined.`, error);
  }
}
