/**
 * The loader starts ICU's word-break dictionary while a widget's code downloads, so the word
 * breaks put in after the content cost ~1 ms instead of a 80–190 ms task then (#16, all four with
 * `src`): a Segmenter that has segmented Chinese exists before the widget's code runs, made in a
 * task of its own (the loader's task does not grow). A widget whose code is already there, or
 * arrived within 50 ms, or on a fast network (the loader itself came in under 125 ms: the chunks
 * come while the main thread is still busy, and its first render would wait), is not held up:
 * nothing is warmed then.
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

/** The loader's URL as `warmIntl` is given it (its download time is set by `checked`). */
const LOADER = 'https://cdn.example/sx/cdn/loader.js';
/** The loader's download on a phone network (150 ms RTT), and on a fast one. */
const SLOW = 240;
const FAST = 40;

/**
 * The loader's check, 50 ms after the chunk was asked for: its timer runs now, with the loader's
 * resource timing entry reading `loaderMs` (the page's own entries otherwise).
 */
function checked(queued: { delay: number; run: () => void }[], loaderMs = SLOW): void {
  const real = performance.getEntriesByName;
  performance.getEntriesByName = ((name: string, type?: string) =>
    name === LOADER
      ? [{ name, duration: loaderMs }]
      : real.call(performance, name, type)) as typeof performance.getEntriesByName;
  try {
    for (const timer of queued) {
      expect(timer.delay, 'the check waits 50 ms').to.equal(50);
      timer.run();
    }
  } finally {
    performance.getEntriesByName = real;
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
      const queued = warm(tag, DOWNLOADING, LOADER, { get: () => undefined });
      expect(segmented, 'not in the loader’s own task').to.deep.equal([]);
      expect(queued).to.have.length(1);
      checked(queued);
      expect(segmented).to.have.length(1);
      expect(segmented[0]).to.match(/^zh:\p{sc=Han}+$/u);
    });
  }

  it('warms nothing when the widget’s code has already arrived or run', () => {
    checked(warm('sx-story-card', ARRIVED, LOADER, { get: () => undefined }));
    checked(warm('sx-lab-map', DOWNLOADING, LOADER, { get: () => HTMLElement }));
    expect(segmented).to.deep.equal([]);
  });

  it('warms nothing on a fast network, where the first render would wait for it', () => {
    for (const tag of ['sx-story-card', 'sx-lab-map', 'sx-countdown']) {
      checked(warm(tag, DOWNLOADING, LOADER, { get: () => undefined }), FAST);
    }
    // A loader from the cache has no entry of its own (or a 0 ms one): the chunks are cached too.
    checked(
      warm('sx-lab-map', DOWNLOADING, 'https://cdn.example/never-loaded.js', {
        get: () => undefined,
      }),
    );
    expect(segmented).to.deep.equal([]);
  });

  it('never segments for <sx-events>, which has no word breaks', () => {
    checked(warm('sx-events', DOWNLOADING, LOADER, { get: () => undefined }));
    expect(segmented).to.deep.equal([]);
  });
});
