/**
 * The loader starts ICU's word-break dictionary while a widget's code downloads, so the word
 * breaks put in after the content cost ~1 ms instead of a 80–190 ms task then (#16, all four with
 * `src`): a Segmenter that has segmented Chinese exists before the widget's code runs, made in a
 * task of its own (the loader's task does not grow). A widget whose code is already there must
 * not wait for it: nothing is warmed then.
 */
import { expect } from '@open-wc/testing';
import { warmIntl } from '../../cdn/warm-intl.js';

const segmented: string[] = [];
const Original = Intl.Segmenter;
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

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
    it(`segments Chinese in a task of its own for <${tag}> not defined yet`, async () => {
      warmIntl(tag, { get: () => undefined });
      expect(segmented, 'not in the loader’s own task').to.deep.equal([]);
      await nextTask();
      expect(segmented).to.have.length(1);
      expect(segmented[0]).to.match(/^zh:\p{sc=Han}+$/u);
    });
  }

  it('warms nothing when the widget’s code has already arrived', async () => {
    warmIntl('sx-story-card', { get: () => HTMLElement });
    await nextTask();
    expect(segmented).to.deep.equal([]);
  });

  it('never segments for <sx-events>, which has no word breaks', async () => {
    warmIntl('sx-events', { get: () => undefined });
    await nextTask();
    expect(segmented).to.deep.equal([]);
  });
});
