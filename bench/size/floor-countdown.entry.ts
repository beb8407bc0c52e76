// The least a countdown built on the shared widget foundation can be: the base element (`src`,
// `lang`, `now`, `theme`), the one feed controller loading the edition, the shared clock and the
// shared tokens, and a render of the seconds left to the first milestone. No phases, words,
// formats, layouts or accessibility. bench/page-floor.mjs measures its page: what #4's
// 12 KB budget leaves for everything a real countdown adds.
import { html } from 'lit';
import { sharedClock } from '../../widgets/shared/clock.js';
import { defineElement } from '../../widgets/shared/define.js';
import { FeedController } from '../../widgets/shared/feed-controller.js';
import { SxElement } from '../../widgets/shared/sx-element.js';
import { tokenStyles } from '../../widgets/shared/tokens.styles.js';

class FloorCountdown extends SxElement {
  static override styles = [tokenStyles];
  private readonly feed = new FeedController(this, {
    load: async (client) => ({ edition: await client.edition() }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    sharedClock().subscribe(() => this.requestUpdate(), 'second');
  }

  protected override render() {
    const edition = this.feed.value?.edition;
    if (!edition) return html`<slot></slot>`;
    const left = Date.parse(edition.milestones[0]!.instant) - sharedClock().now().getTime();
    return html`<div class="sx-root">${Math.floor(left / 1000)}</div>`;
  }
}

defineElement('sx-floor-countdown', FloorCountdown);
