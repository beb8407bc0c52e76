/**
 * Work that refines what elements show (the word breaks of `phrases.ts`), done when a visitor
 * could see them: at once for an element on the screen or within half a screen of it, otherwise
 * when scrolling brings it that near (one `IntersectionObserver` for the page). Half a screen
 * ahead, the work lands before the element is in view, so nobody sees its lines change. The
 * elements and their text are in the page all along (the accessibility tree and find-in-page have
 * them): only the refinement waits.
 *
 * An element without a box (`hidden`: the story's full text before "read more") goes by the
 * nearest ancestor that has one, across shadow roots: it gets the work with its widget, so a
 * click that shows it never shows its lines change. With no box anywhere (a widget the page
 * hides), or without `IntersectionObserver`, the work runs at once.
 */

let observer: IntersectionObserver | undefined;
/** The work waiting for each element (weakly held: a removed element takes its work with it). */
const waiting = new WeakMap<Element, () => void>();

/** The element, or its nearest ancestor with a box; undefined when none has one. */
function shownBy(element: Element): Element | undefined {
  let at: Element | null | undefined = element;
  while (at && !at.getClientRects().length) {
    at = at.parentElement ?? (at.getRootNode() as Partial<ShadowRoot>).host;
  }
  return at ?? undefined;
}

/** Half a screen above and below, as the observer's `rootMargin`. */
function isNear(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom >= -innerHeight / 2 && top <= innerHeight * 1.5;
}

function onChange(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    if (!isIntersecting) continue;
    observer!.unobserve(target);
    waiting.get(target)!();
    waiting.delete(target);
  }
}

/**
 * Runs each task now when its element is on or near the screen, the others once their element
 * comes within half a screen of the viewport (the observer answers after a frame). Every place is
 * read before any task runs: a task changes the page, and a read after a change lays it out again.
 */
export function whenNearScreen(work: readonly (readonly [Element, () => void])[]): void {
  const places = work.map(([element]) =>
    typeof IntersectionObserver === 'function' ? shownBy(element) : undefined,
  );
  const near = places.map((place) => !place || isNear(place));
  work.forEach(([, task], i) => {
    const place = places[i]!;
    if (near[i]) return task();
    const before = waiting.get(place);
    waiting.set(place, before ? () => (before(), task()) : task);
    (observer ??= new IntersectionObserver(onChange, { rootMargin: '50% 0px' })).observe(place);
  });
}
