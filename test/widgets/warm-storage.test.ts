/**
 * The loader loads the page's localStorage area while the code downloads, in a task of its own,
 * so the first read of `<sx-events>`' plan (in the task that draws its first rows) and of a `src`
 * widget's saved copy no longer waits for that synchronous load (#16: the plan read 4–35 ms →
 * 0 ms at CPU 4×). Only for a widget that reads storage; never throwing.
 */
import { expect } from '@open-wc/testing';
import { warmStorage } from '../../cdn/warm-storage.js';

const element = (html: string): Element => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
};

/** `warmStorage` with the page's `setTimeout` held: the tasks it queued, to run as the timer would. */
function warm(html: string): (() => void)[] {
  const queued: (() => void)[] = [];
  const real = window.setTimeout;
  window.setTimeout = ((run: () => void) => (queued.push(run), 0)) as typeof window.setTimeout;
  try {
    warmStorage(element(html));
  } finally {
    window.setTimeout = real;
  }
  return queued;
}

/** Runs `run` with reads of `localStorage.length` counted, or refused when `blocked`. */
function reading(run: () => void, blocked = false): number {
  let reads = 0;
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      if (blocked) throw new DOMException('Access is denied for this document.', 'SecurityError');
      return {
        get length() {
          reads += 1;
          return 0;
        },
      };
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(window, 'localStorage', own);
  }
  return reads;
}

describe('the loader loads localStorage while the code downloads', () => {
  it('for <sx-events> and any widget with src, in a task of its own', () => {
    for (const html of ['<sx-events></sx-events>', '<sx-lab-map src="a.json"></sx-lab-map>']) {
      let queued: (() => void)[] = [];
      expect(
        reading(() => (queued = warm(html))),
        'not in the loader’s own task',
      ).to.equal(0);
      expect(queued).to.have.length(1);
      expect(reading(() => queued.forEach((run) => run()))).to.equal(1);
    }
  });

  it('not for a widget that reads no storage (the lab map, the countdown without src)', () => {
    expect(warm('<sx-lab-map></sx-lab-map>')).to.deep.equal([]);
    expect(warm('<sx-countdown lang="en"></sx-countdown>')).to.deep.equal([]);
  });

  it('is harmless where storage is blocked (a sandboxed frame, cookies off)', () => {
    const queued = warm('<sx-events></sx-events>');
    expect(() => reading(() => queued.forEach((run) => run()), true)).not.to.throw();
  });
});
