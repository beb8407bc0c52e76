/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), on every render
 * including the first, and never writes a `style` attribute.
 *
 * Why not Lit's `styleMap`: on an element's first render it writes the `style` attribute as text,
 * which a strict Content Security Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks as a
 * `style-src-attr` violation; the tile grid then collapsed into one column. The CSSOM is not
 * subject to that directive, so this works under any CSP. Used in element position:
 * `<div ${cssProps({ 'grid-column': '2' })}>`. Property names are CSS names (kebab-case).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssProps() goes in element position: <div ${cssProps({...})}>');
    }
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === '') continue;
      next.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
