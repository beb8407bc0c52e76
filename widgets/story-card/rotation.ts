/**
 * Automatic rotation of a card through several stories, the way WCAG 2.2.2 (Pause, Stop, Hide)
 * asks: a visitor can pause it; it holds still while the pointer is over the card, while focus
 * is inside it, while the tab is hidden and while the visitor reads an expanded story; and with
 * `prefers-reduced-motion: reduce` it does not start on its own, only when the visitor presses
 * play.
 *
 * Time comes from the page's shared clock in whole seconds (tests install a fake clock), and the
 * card subscribes only while it is actually rotating. This module and the controls it draws are
 * imported only by cards that rotate.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { sharedClock } from '../shared/clock.js';
import { icon, type IconName } from './icons.js';
import type { StoryCardMessages } from './story-card.messages.js';

export interface ControlsOptions {
  t: StoryCardMessages;
  /** The story shown (0-based) and how many there are. */
  index: number;
  count: number;
  /** Moves by `step` stories (-1: previous, 1: next), as the visitor asked. */
  go: (step: number) => void;
}

/** Why rotation holds still for now (the visitor's pause/play choice is kept apart). */
export type Hold = 'hover' | 'focus' | 'hidden' | 'reading';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export class RotationController implements ReactiveController {
  /** Seconds each story stays; 0 means no rotation. */
  interval = 0;
  /** How many stories there are to rotate through. */
  count = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly advance: () => void;
  private readonly holds = new Set<Hold>();
  private choice: 'paused' | 'playing' | undefined;
  private reducedMotion = false;
  private media: MediaQueryList | undefined;
  private elapsed = 0;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  /** `advance` shows the next story (not a user action: no event, no announcement). */
  constructor(host: ReactiveControllerHost & HTMLElement, advance: () => void) {
    this.host = host;
    this.advance = advance;
    host.addController(this);
  }

  /** True when there is something to rotate: the controls are shown. */
  get enabled(): boolean {
    return this.interval > 0 && this.count > 1;
  }

  /** True when the card rotates on its own (the toggle offers "pause"); holds do not count. */
  get playing(): boolean {
    return this.enabled && (this.choice ? this.choice === 'playing' : !this.reducedMotion);
  }

  /** True when a timer is counting right now. */
  get running(): boolean {
    return this.connected && this.playing && this.holds.size === 0;
  }

  /** Sets the interval and the number of stories (the host calls this when they change). */
  configure(interval: number, count: number): void {
    if (interval === this.interval && count === this.count) return;
    this.interval = interval;
    this.count = count;
    this.elapsed = 0;
    this.sync();
  }

  /** The visitor pressed pause or play. */
  toggle(): void {
    this.choice = this.playing ? 'paused' : 'playing';
    this.elapsed = 0;
    this.sync();
    this.host.requestUpdate();
  }

  /** Starts the current story's time afresh (after the visitor moved to another one). */
  restart(): void {
    this.elapsed = 0;
  }

  hold(reason: Hold): void {
    this.holds.add(reason);
    this.sync();
  }

  /** Ends a hold; the story then gets its whole interval again. */
  release(reason: Hold): void {
    if (!this.holds.delete(reason)) return;
    this.elapsed = 0;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    const host = this.host;
    host.addEventListener('mouseenter', this.onEnter);
    host.addEventListener('mouseleave', this.onLeave);
    host.addEventListener('focusin', this.onFocusIn);
    host.addEventListener('focusout', this.onFocusOut);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.media = globalThis.matchMedia?.(REDUCED_MOTION);
    this.media?.addEventListener('change', this.onMotion);
    this.reducedMotion = this.media?.matches ?? false;
    if (document.hidden) this.holds.add('hidden');
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    const host = this.host;
    host.removeEventListener('mouseenter', this.onEnter);
    host.removeEventListener('mouseleave', this.onLeave);
    host.removeEventListener('focusin', this.onFocusIn);
    host.removeEventListener('focusout', this.onFocusOut);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.media?.removeEventListener('change', this.onMotion);
    this.holds.clear();
    this.sync();
  }

  /** Previous, pause / play and next: buttons named for assistive technology, and "2 / 7". */
  renderControls({ t, index, count, go }: ControlsOptions): TemplateResult {
    const playing = this.playing;
    // One markup for the three buttons: the icon shows, the label names it.
    const control = (part: string, label: string, shape: IconName, press: () => void) =>
      html`<button
        part=${part}
        class="sx-button control"
        type="button"
        aria-label=${label}
        @click=${press}
      >
        ${icon(shape)}
      </button>`;
    return html`<div part="controls" class="controls" role="group" aria-label=${t.controls}>
      ${control('previous', t.previous, 'previous', () => go(-1))}
      ${control('toggle', playing ? t.pause : t.play, playing ? 'pause' : 'play', () => this.toggle())}
      ${control('next', t.next, 'next', () => go(1))}
      <span part="position" class="position">
        <span aria-hidden="true">${index + 1} / ${count}</span>
        <span class="sx-visually-hidden">${t.position(index + 1, count)}</span>
      </span>
    </div>`;
  }

  private readonly onEnter = () => this.hold('hover');
  private readonly onLeave = () => this.release('hover');
  private readonly onFocusIn = () => this.hold('focus');
  private readonly onFocusOut = (event: FocusEvent): void => {
    // Focus moving between the card's own controls stays inside: the shadow tree's nodes are
    // retargeted to the host.
    const next = event.relatedTarget as Node | null;
    if (next && (next === this.host || this.host.contains(next))) return;
    this.release('focus');
  };
  private readonly onVisibility = (): void => {
    if (document.hidden) this.hold('hidden');
    else this.release('hidden');
  };
  private readonly onMotion = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
    this.sync();
    this.host.requestUpdate();
  };

  private readonly tick = (): void => {
    if (!this.running) return;
    this.elapsed += 1;
    if (this.elapsed < this.interval) return;
    this.elapsed = 0;
    this.advance();
  };

  /** Subscribes to the clock only while rotating, so a paused card costs no timer. */
  private sync(): void {
    if (this.running && !this.unsubscribe) {
      this.unsubscribe = sharedClock().subscribe(this.tick, 'second');
    } else if (!this.running && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }
}
