import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SxClient } from '../../src/client/types.js';
import '../../widgets/events/events.js';
import type { SxEvents } from '../../widgets/events/events.js';
import { BEFORE_WEEK, memoryClient, programme, titles } from './events-fixtures.js';

// #16: the programme is asked while the edition is still on its way, not after it: each answer
// (an embedded file's import, a feed file) is one wait before the first rows instead of two.
describe('<sx-events> load order', () => {
  it('asks for the programme before the edition has answered, and shows both', async () => {
    const inner = memoryClient(programme());
    const asked: string[] = [];
    let answerEdition!: () => void;
    const editionHeld = new Promise<void>((resolve) => (answerEdition = resolve));
    const client: SxClient = {
      ...inner,
      edition: async () => {
        asked.push('edition');
        await editionHeld;
        return inner.edition();
      },
      events: (query) => {
        asked.push('events');
        return inner.events(query);
      },
    };
    const element = await fixture<SxEvents>(
      html`<sx-events now=${BEFORE_WEEK} .client=${client}></sx-events>`,
    );
    await waitUntil(
      () => asked.includes('events'),
      `the programme was not asked while the edition was held (asked: ${asked.join(', ')})`,
    );
    expect(asked).to.deep.equal(['edition', 'events']);
    expect(titles(element)).to.deep.equal([]);
    answerEdition();
    await element.loaded;
    expect(titles(element)).to.have.length.greaterThan(0);
  });
});
