/**
 * The loader loads the page's localStorage area while the code downloads, in a task of its own,
 * so the first read of `<sx-events>`' plan (in the task that draws its first rows) and of a `src`
 * widget's saved copy no longer waits for that synchronous load (#16: the plan read 4–35 ms →
 * 0 ms at CPU 4×). Once per page, only for a widget that reads storage, never throwing.
 */
import { expect } from '@open-wc/testing';
import { warmStorage } from '../../cdn/warm-storage.js';

const element = (html: string): Element => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
};

describe('the loader loads localStorage while the code downloads', () => {
  it('once per page, in a task of its own, for the first widget that reads it', () => {
    const reads: string[] = [];
    const queued: (() => void)[] = [];
    const storage = () => ({
      get length() {
        reads.push('length');
        return 0;
      },
    });
    const schedule = (run: () => void) => queued.push(run);
    // The lab map and the countdown without `src` read no storage: nothing is loaded for them.
    warmStorage(element('<sx-lab-map></sx-lab-map>'), storage, schedule);
    warmStorage(element('<sx-countdown></sx-countdown>'), storage, schedule);
    expect(queued).to.have.length(0);
    warmStorage(element('<sx-events></sx-events>'), storage, schedule);
    expect(reads, 'not in the loader’s own task').to.deep.equal([]);
    expect(queued).to.have.length(1);
    queued[0]!();
    expect(reads).to.deep.equal(['length']);
    // The area stays loaded for the page: a second widget that reads storage queues nothing.
    warmStorage(element('<sx-lab-map src="feed/manifest.json"></sx-lab-map>'), storage, schedule);
    expect(queued).to.have.length(1);
  });

  it('is harmless where storage is blocked (a sandboxed frame, cookies off)', async () => {
    // A fresh copy of the module: the first test's page has already loaded its area.
    const { warmStorage: fresh } = (await import(
      `../../cdn/warm-storage.js?fresh`
    )) as typeof import('../../cdn/warm-storage.js');
    const queued: (() => void)[] = [];
    fresh(
      element('<sx-countdown src="feed/manifest.json"></sx-countdown>'),
      () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      (run) => queued.push(run),
    );
    expect(queued).to.have.length(1);
    expect(() => queued[0]!()).not.to.throw();
  });
});
