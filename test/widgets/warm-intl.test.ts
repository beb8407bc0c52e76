/**
 * The loader starts ICU's word-break dictionary while a widget's code downloads, so the word
 * breaks put in after the content cost ~1 ms instead of a 80–190 ms task then (#16, all four with
 * `src`): a Segmenter that has segmented Chinese exists before the widget's code runs, made in a
 * task of its own (the loader's task does not grow). A widget whose code is already there, or
 * arrived within 50 ms (a fast network: its first render would wait), is not held up: nothing is
 * warmed then.
 */
import { expect } from '@open-wc/testing';
import { warmIntl } from '../../cdn/warm-intl.js';

const segmented: string[] = [];
const Original = Intl.Segmenter;

/**
 * `warmIntl` with the page's `setTimeout` held for the call: what it queued, to run as the timer
 * would (no waiting on the real clock).
 */
function warm(...args: Parameters<typeof warmIntl>): { delay: number; run: () => void }[] {
  const queued: { delay: number; run: () => void }[] = [];
  const real = window.setTimeout;
  window.setTimeout = ((run: () => void, delay = 0) => {
    queued.push({ delay, run });
    return 0;
  }) as typeof window.setTimeout;
  try {
    warmIntl(...args);
  } finally {
    window.setTimeout = real;
  }
  return queued;
}

/** The loader's check, 50 ms after the chunk was asked for: its timer runs now. */
function checked(queued: { delay: number; run: () => void }[]): void {
  for (const timer of queued) {
    expect(timer.delay, 'the check waits 50 ms').to.equal(50);
    timer.run();
  }
}
/** A chunk still downloading (never asked for: no resource timing entry), and one that arrived. */
const DOWNLOADING = 'https://cdn.example/sx/widgets/never.js';
const ARRIVED = import.meta.url;

describe('the loader warms ICU while the code downloads', () => {
  before(() => {
    (Intl as { Segmenter: typeof Original }).Segmenter = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.Segmenter>) {
        const made = new target(...args);
        return new Proxy(made, {
          get: (object, key) =>
            key === 'segment'
              ? (text: string) => (segmented.push(`${args[0]}:${text}`), object.segment(text))
              : Reflect.get(object, key),
        });
      },
    });
  });
  after(() => ((Intl as { Segmenter: typeof Original }).Segmenter = Original));
  beforeEach(() => (segmented.length = 0));

  for (const tag of ['sx-story-card', 'sx-lab-map', 'sx-countdown']) {
    it(`segments Chinese in a task of its own for <${tag}> not defined yet`, () => {
      const queued = warm(tag, DOWNLOADING, { get: () => undefined });
      expect(segmented, 'not in the loader’s own task').to.deep.equal([]);
      expect(queued).to.have.length(1);
      checked(queued);
      expect(segmented).to.have.length(1);
      expect(segmented[0]).to.match(/^zh:\p{sc=Han}+$/u);
    });
  }

  it('warms nothing when the widget’s code has already arrived or run', () => {
    checked(warm('sx-story-card', ARRIVED, { get: () => undefined }));
    checked(warm('sx-lab-map', DOWNLOADING, { get: () => HTMLElement }));
    expect(segmented).to.deep.equal([]);
  });

  it('never segments for <sx-events>, which has no word breaks', () => {
    checked(warm('sx-events', DOWNLOADING, { get: () => undefined }));
    expect(segmented).to.deep.equal([]);
  });
});
