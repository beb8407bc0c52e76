/**
 * The card's side of rotation, loaded with the card: it imports the rotation module only when
 * there is something to rotate through, keeps the controls' space while the module loads, and
 * hands settings and the visitor's reading over once it is here. Most cards show one story and
 * never import the module.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ControlsOptions, RotationController } from './rotation.js';

type RotationModule = typeof import('./rotation.js');

export class RotationSlot {
  /** The controller, once its module is here. */
  controller: RotationController | undefined;
  /** Settles when the module has arrived or failed; undefined until it is asked for. */
  loading: Promise<void> | undefined;
  private reading = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<RotationModule>,
    /** Shows the next story (not a visitor's action). */
    private readonly advance: () => void,
  ) {}

  /** Seconds per story (0: none) and how many stories there are, as they change. */
  configure(seconds: number, count: number): void {
    if (seconds && count > 1) {
      this.loading ??= this.load().then(
        ({ RotationController }) => {
          this.controller = new RotationController(this.host, this.advance);
          this.setReading(this.reading);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          // The card shows its first story still; the next update asks again.
          this.loading = undefined;
          console.warn(`<${this.host.localName}> could not load rotation.`, error);
        },
      );
    }
    this.controller?.configure(seconds, count);
  }

  /** Rotation is wanted: the controls are shown, or their space is kept while they load. */
  wanted(seconds: number, count: number): boolean {
    return this.controller ? this.controller.enabled : seconds > 0 && count > 1;
  }

  /** A visitor reading the full text or scanning the QR code must not see the card move on. */
  setReading(reading: boolean): void {
    this.reading = reading;
    if (reading) this.controller?.hold('reading');
    else this.controller?.release('reading');
  }

  renderControls(options: ControlsOptions): TemplateResult {
    return this.controller
      ? this.controller.renderControls(options)
      : html`<div class="controls controls--pending"></div>`;
  }
}
