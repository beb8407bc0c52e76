/**
 * "My plan": the events a visitor starred, kept in localStorage per edition (no account). Storage
 * may be missing or refuse writes (private mode, quota): the plan then lives for the page only.
 */

/** The localStorage key of an edition's plan. */
export function planKey(editionId: string): string {
  return `sx-science-week:plan:${editionId}`;
}

type PlanStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): PlanStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

export class MyPlan {
  readonly editionId: string;
  private readonly storage: PlanStorage | undefined;
  private ids: Set<string>;

  constructor(editionId: string, storage: PlanStorage | undefined = defaultStorage()) {
    this.editionId = editionId;
    this.storage = storage;
    this.ids = this.read();
  }

  /** Starred ids, in the order they were starred. */
  get all(): string[] {
    return [...this.ids];
  }

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Stars or unstars `id`; returns whether it is now starred. */
  toggle(id: string): boolean {
    const starred = !this.ids.has(id);
    if (starred) this.ids.add(id);
    else this.ids.delete(id);
    this.write();
    return starred;
  }

  /** Reads the stored plan again (another tab changed it). */
  reload(): void {
    this.ids = this.read();
  }

  private read(): Set<string> {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(planKey(this.editionId)) ?? '[]');
      return new Set(Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : []);
    } catch {
      return new Set();
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(planKey(this.editionId), JSON.stringify(this.all));
    } catch {
      // Quota or private mode: the plan still works until the page closes.
    }
  }
}
