/**
 * `--_sx-rem`: the widget's base size as one length for its whole shadow tree (what `rem` is to a
 * page, without depending on the page's root font size; see `tokens.styles.ts`).
 *
 * The host declares `--_sx-rem: 1em`. Registered as an inherited `<length>`, that is computed on
 * the host, to its font size in px, and every element inside inherits the px value; unregistered,
 * it would be the `1em` of each element using it. `@property` is ignored inside shadow trees, so
 * the registration is made from script, once per page (the name is global, hence the prefix).
 * Where registration is not supported the sizes stay close (each element's own `em`), not exact.
 */
export function registerBaseSize(): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  try {
    CSS.registerProperty({
      name: '--_sx-rem',
      syntax: '<length>',
      inherits: true,
      initialValue: '16px',
    });
  } catch {
    // Already registered, by another copy of the library on the page: the same definition.
  }
}
