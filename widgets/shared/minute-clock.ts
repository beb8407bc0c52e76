import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedClock } from './clock.js';

/**
 * Renders its element again at each minute boundary while what it shows depends on the time
 * ("on now", "open now", past events hidden). It subscribes to the page's one shared clock only
 * while `wanted()` holds, checked after every update, and leaves it when the element leaves the
 * page, so a frozen `now`, an error or a detached element costs no timer.
 *
 * @example
 * private readonly clock = new MinuteClock(this, () => !this.clockFrozen && this.feed.status === 'ready');
 * // a cache key that depends on the time includes this.clock.minute
 */
export class MinuteClock implements ReactiveController {
  /** Minute ticks seen so far: a cache key that depends on the time includes it. */
  minute = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A widget moved or re-attached renders once more, and that update subscribes again.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const wanted = this.host.isConnected && this.wanted();
    if (wanted && !this.unsubscribe) {
      this.unsubscribe = sharedClock().subscribe(() => {
        this.minute += 1;
        this.host.requestUpdate();
      }, 'minute');
    } else if (!wanted) {
      this.hostDisconnected();
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
