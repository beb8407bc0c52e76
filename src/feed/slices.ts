/**
 * Long work in slices: run a step until its deadline, give the main thread back, go on. A browser
 * then paints, answers input and runs other tasks between two slices, so no task of ours is long
 * (Chromium counts a task over 50 ms as long).
 */

export interface SliceOptions {
  /** Milliseconds of work per slice. @default 8 */
  sliceMs?: number;
  /** Stops between two slices: the promise rejects with `signal.reason`. */
  signal?: AbortSignal;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the thread back: `scheduler.yield()` where it exists (the continuation keeps its place
 * ahead of other tasks), else `setImmediate` (Node), else a message (no 4 ms clamp, unlike
 * `setTimeout`), else `setTimeout`.
 */
export function yieldToMain(): Promise<void> {
  const g = globalThis as typeof globalThis & { scheduler?: Scheduler };
  if (typeof g.scheduler?.yield === 'function') return g.scheduler.yield();
  if (typeof g.setImmediate === 'function')
    return new Promise((resolve) => g.setImmediate(resolve));
  if (typeof g.MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `step(deadline)` until it returns true (done), yielding between calls. The first slice
 * runs at once, so small inputs finish without yielding.
 */
export async function runSliced(
  step: (deadline: number) => boolean,
  { sliceMs = 8, signal }: SliceOptions = {},
): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    if (step(performance.now() + sliceMs)) return;
    await yieldToMain();
  }
}
