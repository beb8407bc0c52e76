/**
 * The loader loads the page's localStorage area while the code downloads, in a task of its own,
 * so the first read of `<sx-events>`' plan (in the task that draws its first rows) no longer waits
 * for that synchronous load (#16: the plan read 4–35 ms → 0 ms at CPU 4×). Only for `<sx-events>`,
 * the one widget that reads storage before its content (a `src` widget's saved copy is written
 * after it): never for the others, with `src` or without; never throwing.
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
  it('for <sx-events>, with src or without, in a task of its own', () => {
    for (const html of ['<sx-events></sx-events>', '<sx-events src="a.json"></sx-events>']) {
      let queued: (() => void)[] = [];
      expect(
        reading(() => (queued = warm(html))),
        'not in the loader’s own task',
      ).to.equal(0);
      expect(queued).to.have.length(1);
      expect(reading(() => queued.forEach((run) => run()))).to.equal(1);
    }
  });

  it('not for the widgets that read no storage before their content, with src or without', () => {
    for (const tag of ['sx-lab-map', 'sx-countdown', 'sx-story-card']) {
      expect(warm(`<${tag}></${tag}>`), tag).to.deep.equal([]);
      // With src the client takes the loader's answer and writes its copy after the content.
      expect(warm(`<${tag} src="a.json"></${tag}>`), `${tag} src`).to.deep.equal([]);
    }
  });

  it('is harmless where storage is blocked (a sandboxed frame, cookies off)', () => {
    const queued = warm('<sx-events></sx-events>');
    expect(() => reading(() => queued.forEach((run) => run()), true)).not.to.throw();
  });
});
