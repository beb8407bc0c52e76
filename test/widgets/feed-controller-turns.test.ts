// Widgets that share a feed get their data in the same task; each shows it in a task of its own,
// so a page with four widgets has four short tasks instead of one long one (#16). A widget alone
// is not delayed.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition } from '../../src/feed/types.js';
import { defineElement } from '../../widgets/shared/define.js';
import { FeedController } from '../../widgets/shared/feed-controller.js';
import { SxElement } from '../../widgets/shared/sx-element.js';
import { testEdition } from '../support/fixture-edition.js';

/** A client whose edition arrives when the test says, for every widget at once. */
function gatedClient() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const result: FeedResult<Edition> = {
    data: testEdition(),
    issues: [],
    stale: false,
    source: 'network',
  };
  const client = { edition: () => gate.then(() => result) } as unknown as SxClient;
  return { client, open };
}

/** Each render of new data, in order: which probe. */
const shown: string[] = [];

class SxTurnProbe extends SxElement {
  client: SxClient | undefined;
  readonly feed = new FeedController(this, {
    load: async (client) => ({ edition: await client.edition() }),
  });
  protected override render(): TemplateResult {
    if (this.feed.status === 'ready') shown.push(this.id);
    return litHtml`<p part="base">${this.feed.status}</p>`;
  }
}
defineElement('sx-turn-probe', SxTurnProbe);

/** Resolves in a task queued now: after the task the test is in, and its microtasks. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('FeedController: one widget’s new data per task', () => {
  beforeEach(() => (shown.length = 0));

  it('shows data that arrived for three widgets at once in three tasks, in order', async () => {
    const { client, open } = gatedClient();
    const probes = await fixture<HTMLElement>(
      html`<div>
        <sx-turn-probe id="a" .client=${client}></sx-turn-probe>
        <sx-turn-probe id="b" .client=${client}></sx-turn-probe>
        <sx-turn-probe id="c" .client=${client}></sx-turn-probe>
      </div>`,
    );
    open();
    await nextTask();
    expect(shown, 'in the task the data arrived in').to.deep.equal(['a']);
    for (const probe of probes.querySelectorAll<SxTurnProbe>('sx-turn-probe')) {
      await probe.feed.settled;
      await probe.updateComplete;
    }
    expect(shown).to.deep.equal(['a', 'b', 'c']);
  });

  it('does not delay a widget alone: it shows its data in the task the data arrived in', async () => {
    const { client, open } = gatedClient();
    const probe = await fixture<SxTurnProbe>(
      html`<sx-turn-probe id="alone" .client=${client}></sx-turn-probe>`,
    );
    open();
    await nextTask();
    expect(shown).to.deep.equal(['alone']);
    expect(probe.shadowRoot!.textContent).to.equal('ready');
  });
});
