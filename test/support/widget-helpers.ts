/** Shadow-root queries every widget test uses (the in-memory client: memory-client.ts). */
/** The nodes of a widget's shadow root that carry `part`. */
export function parts(element: Element, part: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

/** The first node that carries `part` (throws when there is none). */
export function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no [part~=${name}]`);
  return found;
}

/** Sets a select's value as a visitor would and fires `change`. */
export function choose(select: HTMLElement, value: string): void {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
