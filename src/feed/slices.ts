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
 * The end of the current slice, shared by every sliced job: jobs that follow one another in one
 * task (a merge after a merge, validation then indexing, eleven files' jobs resumed by one
 * promise chain) share its time instead of each taking a fresh slice.
 */
let sliceEnd = 0;
/** When a step last returned: a job starting right after it is in the same task. */
let lastStep = -Infinity;

/**
 * Calls `step(deadline)` until it returns true (done), yielding between calls. The first slice
 * runs at once (small inputs finish without yielding) unless another job has just used up the
 * current slice in the same task: then it yields first.
 */
export async function runSliced(
  step: (deadline: number) => boolean,
  { sliceMs = 8, signal }: SliceOptions = {},
): Promise<void> {
  let now = performance.now();
  if (now >= sliceEnd && now - lastStep < 1) {
    await yieldToMain();
    now = performance.now();
  }
  for (;;) {
    signal?.throwIfAborted();
    if (now >= sliceEnd) sliceEnd = now + sliceMs;
    const done = step(Math.min(sliceEnd, now + sliceMs));
    lastStep = performance.now();
    if (done) return;
    await yieldToMain();
    // A new task: a new slice.
    now = performance.now();
    sliceEnd = now + sliceMs;
  }
}
