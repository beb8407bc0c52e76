import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedClock, type Granularity } from '../shared/clock.js';

/**
 * Renders a countdown again on the page's one shared clock, every second or every minute as
 * `wanted()` says after each update (none while frozen, idle or detached), and tells the update a
 * tick caused from one an attribute or the data caused: only a tick can reach a target.
 */
export class Ticker implements ReactiveController {
  private ticked = false;
  private granularity: Granularity | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly wanted: () => Granularity | undefined,
  ) {
    host.addController(this);
  }

  /** Whether a tick asked for the update under way (asked once per update). */
  takeTick(): boolean {
    const ticked = this.ticked;
    this.ticked = false;
    return ticked;
  }

  hostUpdated(): void {
    this.tickWith(this.host.isConnected ? this.wanted() : undefined);
  }

  hostDisconnected(): void {
    this.tickWith(undefined);
  }

  private readonly onTick = (): void => {
    this.ticked = true;
    this.host.requestUpdate();
  };

  private tickWith(granularity: Granularity | undefined): void {
    if (granularity === this.granularity) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.granularity = granularity;
    if (granularity) this.unsubscribe = sharedClock().subscribe(this.onTick, granularity);
  }
}
