import { SX_EVENT_INIT } from '../shared/events.js';
import type { CountdownPhase, Subject } from './countdown-model.js';

/**
 * The countdown reached its target while the page was showing it (once per target; not when the
 * page opens after the target, nor when an attribute changes). The widget then shows the next
 * phase, which `phase` names.
 */
export class SxCountdownEndEvent extends Event {
  static readonly eventName = 'sx-countdown-end';
  /** What was reached: `start`, `end`, `milestone`, `instant`, `event-start` or `event-end`. */
  readonly subject: Subject;
  /** The milestone id when `subject` is `milestone` (`workers-day`…). */
  readonly milestone: string | undefined;
  /** The instant reached. */
  readonly instant: Date;
  /** The phase shown from now on. */
  readonly phase: CountdownPhase;

  constructor(subject: Subject, instant: Date, phase: CountdownPhase, milestone?: string) {
    super(SxCountdownEndEvent.eventName, SX_EVENT_INIT);
    this.subject = subject;
    this.instant = instant;
    this.phase = phase;
    this.milestone = milestone;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-countdown-end': SxCountdownEndEvent;
  }
}
