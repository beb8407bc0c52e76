/**
 * A polite live region inside a widget's shadow root. Announce results ("找到 12 场活动"), once a
 * change has settled (after the debounced search, not on every keystroke).
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export class Announcer implements ReactiveController {
  private message = '';
  private toggle = false;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The last announced text (tests read it). */
  get text(): string {
    return this.message;
  }

  /** Says `message` to screen readers (repeating the same words is announced again). */
  announce(message: string): void {
    // Screen readers ignore a live region whose text did not change: alternate a trailing
    // no-break space so the same result count is read out again after another filter change.
    this.toggle = message === this.message.replace(/\u00a0$/, '') ? !this.toggle : false;
    this.message = this.toggle ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }

  /** The live region; render it once, anywhere inside the widget. */
  render(): TemplateResult {
    return html`<div class="sx-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.message}
    </div>`;
  }
}
