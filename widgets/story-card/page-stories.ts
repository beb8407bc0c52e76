/**
 * The story cards on one page, so that no two show the same person at once: a daily feature and
 * a rotating side bar never open on the same story, and a rotation steps past the stories the
 * other cards show. Cards earlier in the document keep their story; later ones give way. A card
 * told which story to show (`story="…"`) never gives way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PageStoryCard extends Element {
  /** The id of the story on show, if any. */
  readonly shownStoryId: string | undefined;
  /** Called when an earlier card now shows this card's story. */
  giveWay(): void;
}

const cards = new Set<PageStoryCard>();

export function joinPage(card: PageStoryCard): void {
  cards.add(card);
}

export function leavePage(card: PageStoryCard): void {
  cards.delete(card);
}

/** `a` comes before `b` in the document (cards in other trees: in the order they joined). */
function before(a: PageStoryCard, b: PageStoryCard): boolean {
  const position = a.compareDocumentPosition(b);
  if (!(position & Node.DOCUMENT_POSITION_DISCONNECTED)) {
    return Boolean(position & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  const order = [...cards];
  return order.indexOf(a) < order.indexOf(b);
}

/** The stories the cards before `card` show. */
export function shownBefore(card: PageStoryCard): Set<string> {
  const ids = new Set<string>();
  for (const other of cards) {
    if (other !== card && other.shownStoryId && before(other, card)) ids.add(other.shownStoryId);
  }
  return ids;
}

/** The stories every other card shows. */
export function shownByOthers(card: PageStoryCard): Set<string> {
  const ids = new Set<string>();
  for (const other of cards) if (other !== card && other.shownStoryId) ids.add(other.shownStoryId);
  return ids;
}

/** `card` now shows its story: the cards after it that show the same one move on. */
export function announceShown(card: PageStoryCard): void {
  const id = card.shownStoryId;
  if (!id) return;
  for (const other of cards) {
    if (other !== card && other.shownStoryId === id && before(card, other)) other.giveWay();
  }
}

/**
 * The first index from `start`, stepping by `step` (±1) and wrapping, whose story is not in
 * `taken`; `start` itself when every story is taken.
 */
export function freeIndex(
  ids: readonly string[],
  start: number,
  taken: ReadonlySet<string>,
  step = 1,
): number {
  const count = ids.length;
  for (let i = 0; i < count; i += 1) {
    const index = (((start + i * step) % count) + count) % count;
    if (!taken.has(ids[index]!)) return index;
  }
  return start;
}

/** A card's place on the page: joined while connected; later cards hear when its story changes. */
export class PageStoriesController implements ReactiveController {
  private announced: string | undefined;

  constructor(private readonly card: PageStoryCard & ReactiveControllerHost) {
    card.addController(this);
  }

  hostConnected(): void {
    joinPage(this.card);
  }

  hostDisconnected(): void {
    leavePage(this.card);
  }

  hostUpdated(): void {
    if (this.card.shownStoryId === this.announced) return;
    this.announced = this.card.shownStoryId;
    announceShown(this.card);
  }
}
