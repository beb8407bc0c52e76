/**
 * A page clock with fake time, fake timers and a fake `document.hidden`, installed as the page's
 * shared clock: widgets that follow `sharedClock()` then run on the test's time, and the test can
 * count the timers they start.
 */
import { SharedClock, setSharedClock } from '../../widgets/shared/clock.js';

interface Timer {
  at: number;
  callback: () => void;
}

export interface FakeClock {
  clock: SharedClock;
  /** Pending timers (what `setTimeout` would have queued). */
  timers: Map<number, Timer>;
  /** `setTimeout` calls so far. */
  started: () => number;
  now: () => number;
  /** Runs the next timer, moving time to it. */
  next: () => void;
  /** Runs timers until `time` (inclusive), then sets the time to it. */
  runUntil: (time: number) => void;
  /** Moves time without running anything (a hidden tab, a sleeping laptop). */
  jump: (time: number) => void;
  /** Hides or shows the fake page and tells the clock. */
  setHidden: (hidden: boolean) => void;
  /** Puts the real clock back. */
  restore: () => void;
}

export function installFakeClock(start: number): FakeClock {
  let now = start;
  let nextId = 1;
  let started = 0;
  const timers = new Map<number, Timer>();
  const listeners = new Set<() => void>();
  const doc = {
    hidden: false,
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
  };
  const clock = new SharedClock({
    now: () => now,
    setTimeout: (callback, ms) => {
      started += 1;
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    document: doc as unknown as Document,
  });
  const previous = setSharedClock(clock);
  const next = () => {
    const [id, timer] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0]!;
    timers.delete(id);
    now = timer.at;
    timer.callback();
  };
  return {
    clock,
    timers,
    started: () => started,
    now: () => now,
    next,
    runUntil(time) {
      while ([...timers.values()].some((timer) => timer.at <= time)) next();
      now = time;
    },
    jump(time) {
      now = time;
    },
    setHidden(hidden) {
      doc.hidden = hidden;
      for (const listener of [...listeners]) listener();
    },
    restore() {
      setSharedClock(previous);
    },
  };
}
