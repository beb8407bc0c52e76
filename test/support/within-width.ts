/** A widget laid out at a given width: the layout tests' fixture (#15). */
import { fixture, html } from '@open-wc/testing';

type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };

/**
 * `template` (one widget) inside a box `width` px wide at a 16 px font size, once the widget has
 * its data and has rendered it.
 */
export async function withinWidth<T extends Widget>(
  width: number,
  template: ReturnType<typeof html>,
): Promise<T> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; font-size: 16px">${template}</div>`,
  );
  const element = wrapper.firstElementChild as T;
  await element.loaded;
  await element.updateComplete;
  return element;
}
