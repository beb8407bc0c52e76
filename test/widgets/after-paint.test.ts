import { expect } from '@open-wc/testing';
import { afterPaint } from '../../widgets/shared/after-paint.js';

/**
 * `afterPaint` with the page's timers and animation frames held: the test runs each callback
 * when it chooses (no waiting on the wall clock), and reads the fallback's delay.
 */
function holdTimers() {
  const timers: { run: () => void; delay: number }[] = [];
  const frames: (() => void)[] = [];
  const saved = { setTimeout, requestAnimationFrame };
  window.setTimeout = ((run: () => void, delay = 0) => {
    timers.push({ run, delay });
    return timers.length;
  }) as typeof setTimeout;
  window.requestAnimationFrame = (run: FrameRequestCallback) => {
    frames.push(() => run(0));
    return frames.length;
  };
  return {
    timers,
    frames,
    restore: () => Object.assign(window, saved),
  };
}

/** Whether `promise` has settled once the microtasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterPaint (widgets/shared/after-paint.ts)', () => {
  let held: ReturnType<typeof holdTimers>;
  afterEach(() => held.restore());

  it('settles in the task after the next animation frame, not in the frame itself', async () => {
    held = holdTimers();
    const paint = afterPaint();
    expect(await settled(paint)).to.equal(false);
    expect(held.frames).to.have.length(1);
    held.frames[0]!();
    // The frame queued a task (after the paint); the promise waits for it.
    expect(await settled(paint)).to.equal(false);
    const task = held.timers.at(-1)!;
    expect(task.delay).to.equal(0);
    task.run();
    expect(await settled(paint)).to.equal(true);
  });

  it('falls back after 1 s, not sooner, when no frame comes on a visible page', async () => {
    held = holdTimers();
    const paint = afterPaint();
    // A slow phone's rendering task can outlast a short timeout (it was 100 ms for the events
    // list): what waits must not be drawn before that frame's paint.
    expect(held.timers.map((timer) => timer.delay)).to.deep.equal([1000]);
    expect(await settled(paint)).to.equal(false);
    held.timers[0]!.run();
    expect(await settled(paint)).to.equal(true);
  });

  it('settles at once on a hidden page, which paints no frames', async () => {
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      held = holdTimers();
      const paint = afterPaint();
      expect(held.timers.map((timer) => timer.delay)).to.deep.equal([0]);
      held.timers[0]!.run();
      expect(await settled(paint)).to.equal(true);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')).to.deep.equal(hidden);
    }
  });
});
