/**
 * Widgets whose data arrive together (one manifest feeds them all) show their first content in
 * frames of their own, the one nearest the viewport first: rendered in one task, their first
 * renders and layout were one long task that held every widget back (#16, all four with `src`).
 * Order of frames, not wall time: both cards' stories are held back and let through at once; a
 * frame callback notes which cards show their names. The card on screen is the later one in the
 * document (a reversed column), so the order comes from the position, not the markup or the tag.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { lazySharedClient } from '../../src/client/embedded.js';
import type { SxClient } from '../../src/client/types.js';

const DURING = '2025-05-26T10:00:00+08:00';

describe('first content of several widgets', () => {
  it('comes one widget per frame, the one on screen first', async () => {
    await import('../../widgets/story-card/story-card.js');
    const embedded = lazySharedClient(undefined);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: SxClient = {
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
      html`<div lang="zh-CN" style="display: flex; flex-direction: column-reverse; width: 360px">
        <sx-story-card id="below" now=${DURING} .client=${held}></sx-story-card>
        <div style="height: 3000px"></div>
        <sx-story-card id="above" now=${DURING} .client=${held}></sx-story-card>
      </div>`,
    );
    const cards = [...box.querySelectorAll('sx-story-card')] as (HTMLElement & {
      loaded: Promise<void>;
    })[];
    const below = box.querySelector('#below')!;
    expect(below.getBoundingClientRect().top).to.be.above(innerHeight);
    const shows = (card: Element) => !!card.shadowRoot?.querySelector('[part~="name"]');
    await new Promise((frame) => requestAnimationFrame(frame));
    expect(cards.filter(shows), 'before the data').to.deep.equal([]);

    // Each frame from the data on: which cards show their content.
    const frames: string[][] = [];
    let watching = true;
    const watch = () => {
      frames.push(cards.filter(shows).map((card) => card.id));
      if (watching) requestAnimationFrame(watch);
    };
    release();
    requestAnimationFrame(watch);
    await Promise.all(cards.map((card) => card.loaded));
    await new Promise((frame) => requestAnimationFrame(frame));
    watching = false;

    const firstShown = (id: string) => frames.findIndex((shown) => shown.includes(id));
    expect(firstShown('above'), JSON.stringify(frames)).to.be.at.least(0);
    expect(firstShown('below'), JSON.stringify(frames)).to.be.above(firstShown('above'));
    expect(frames.at(-1)).to.have.members(['above', 'below']);
  });
});
