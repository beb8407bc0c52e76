/**
 * On a page with several widgets, the word breaks of one (`Intl.Segmenter`, whose first use starts
 * ICU: ~190 ms of a phone's main thread at CPU 4×) wait until every widget has shown its first
 * content: a countdown painted early must not start ICU while another widget's data is arriving,
 * or that widget's first rows wait for it (#16, all four widgets with `src`). Order of events,
 * not wall time: the story card's data is held back until the test lets it through, and the
 * Segmenter's creation notes which widgets showed their text then. A page of its own (this file):
 * the first Segmenter of the page is the one counted.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { lazySharedClient } from '../../src/client/embedded.js';
import type { SxClient } from '../../src/client/types.js';
import { wordBreaksShown } from '../support/line-breaks.js';

/** What happened, in order: `Segmenter` (with what was shown then), `story card data`. */
const log: string[] = [];
const hasHan = (root: ShadowRoot | null | undefined, selector: string) =>
  [...(root?.querySelectorAll(selector) ?? [])].some((node) =>
    /\p{sc=Han}/u.test(node.textContent!),
  );
const Original = Intl.Segmenter;
(Intl as { Segmenter: typeof Original }).Segmenter = new Proxy(Original, {
  construct(target, args: ConstructorParameters<typeof Intl.Segmenter>) {
    const card = document.querySelector('sx-story-card')?.shadowRoot;
    log.push(`Segmenter (story card showing: ${hasHan(card, '.sx-phrases')})`);
    return new target(...args);
  },
});

const DURING = '2025-05-26T10:00:00+08:00';

describe('word breaks wait for every widget of the page', () => {
  it("a countdown's word breaks do not run before a slower story card shows its text", async () => {
    await Promise.all([
      import('../../widgets/countdown/countdown.js'),
      import('../../widgets/story-card/story-card.js'),
    ]);
    // The embedded edition, its stories held back: a story feed slower than the countdown's.
    const embedded = lazySharedClient(undefined);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slowStories: SxClient = {
      src: undefined,
      edition: () => embedded.edition(),
      events: (query) => embedded.events(query),
      labs: (query) => embedded.labs(query),
      stories: async (query) => {
        await released;
        return embedded.stories(query);
      },
      refresh: () => embedded.refresh(),
    };
    const box = await fixture<HTMLElement>(
      html`<div lang="zh-CN" style="width: 336px; font-size: 16px">
        <p>讯<sx-countdown now=${DURING}></sx-countdown>，活动。</p>
        <sx-story-card now=${DURING} .client=${slowStories}></sx-story-card>
      </div>`,
    );
    const countdown = box.querySelector('sx-countdown') as HTMLElement & { loaded: Promise<void> };
    const card = box.querySelector('sx-story-card') as HTMLElement & { loaded: Promise<void> };
    card.addEventListener('sx-load', () => log.push('story card data'));
    await countdown.loaded;
    const label = countdown.shadowRoot!.querySelector('[part~="label"]')!;
    expect(label.textContent).to.contain('闭幕');
    // Frames after the countdown's paint (when its breaks used to go in): still its whole words.
    await wordBreaksShown();
    await wordBreaksShown();
    expect(log, 'before the story card has its data').to.deep.equal([]);
    expect(label.querySelectorAll('wbr').length).to.equal(0);

    release();
    await card.loaded;
    await wordBreaksShown();
    // The Segmenters (the countdown's, the shared phrases') came after the card's text was shown.
    expect(log[0]).to.equal('story card data');
    expect(log.slice(1)).to.have.length.within(1, 2);
    for (const entry of log.slice(1))
      expect(entry).to.equal('Segmenter (story card showing: true)');
    // …and then both have their breaks.
    for (const root of [countdown.shadowRoot!, card.shadowRoot!]) {
      expect(root.querySelectorAll('.sx-phrases wbr').length, root.host.localName).to.be.above(0);
    }
  });
});
