/**
 * Server rendering with @lit-labs/ssr (what Next, Astro, Eleventy or a Node script do): on the
 * embedded edition every widget renders its real content in a declarative shadow root, after one
 * render has started the loads and `serverDataReady()` has waited for them; with `src` the server
 * renders the loading skeleton and the browser loads the feed.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import '../../widgets/all.js';
import { serverDataReady } from '../../widgets/shared/server-data.js';

/** The page as a user would see it: tags, comments and styles gone, spaces collapsed. */
function visibleText(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->|<wbr\s*\/?>|<\?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The shadow root the server wrote for the first `tag`. */
function shadowOf(markup: string, tag: string): string {
  const start = markup.indexOf(`<${tag}`);
  expect(start, `<${tag}> in the output`).to.be.greaterThan(-1);
  const open = markup.indexOf('<template shadowroot="open" shadowrootmode="open">', start);
  const close = markup.indexOf(`</${tag}>`, start);
  expect(open, `<${tag}> has a declarative shadow root`).to.be.within(start, close);
  return markup.slice(open, close);
}

async function renderTwice(page: () => TemplateResult): Promise<string> {
  await collectResult(render(page()));
  await serverDataReady();
  return collectResult(render(page()));
}

const NOW = '2025-05-10T10:00:00+08:00';

describe('server rendering (@lit-labs/ssr)', () => {
  it('renders the events list of the embedded edition', async () => {
    const out = await renderTwice(
      () => html`<sx-events lang="zh-CN" now=${NOW} view="agenda"></sx-events>`,
    );
    const shadow = shadowOf(out, 'sx-events');
    expect(shadow).to.match(/part="item-title"/);
    expect(visibleText(shadow)).to.include('科技创新成果展');
    expect(shadow).not.to.match(/aria-busy="true"/);
  });

  it('renders the countdown value in both languages and every variant', async () => {
    const out = await renderTwice(
      () =>
        html`<sx-countdown now=${NOW}></sx-countdown>
          <sx-countdown lang="en" now=${NOW} variant="card"></sx-countdown>`,
    );
    const [zh, en] = out.split('</sx-countdown>');
    // Opening on 2025-05-24 00:00 Asia/Shanghai, 13 days 14 hours after NOW.
    expect(visibleText(zh!)).to.include('距2025年山西省科技活动周开幕还有13天14小时0分钟');
    expect(visibleText(en!)).to.include('13 days, 14 hours and 0 minutes until the opening');
    expect(en!.replace(/<!--[\s\S]*?-->/g, '')).to.match(/part="value">13</);
  });

  it('renders a story of the embedded edition', async () => {
    const out = await renderTwice(() => html`<sx-story-card lang="zh-CN"></sx-story-card>`);
    const shadow = shadowOf(out, 'sx-story-card');
    expect(shadow).to.match(/part="name"/);
    // The person's name as its heading, marked as a sample by the one badge (#15), not a prefix.
    expect(visibleText(shadow)).to.match(/\p{Script=Han}{2,} 示例数据/u);
    expect(visibleText(shadow)).to.not.match(/示例人物 · /);
  });

  it('renders the city tiles and the list of labs', async () => {
    const out = await renderTwice(() => html`<sx-lab-map lang="zh-CN" now=${NOW}></sx-lab-map>`);
    const shadow = shadowOf(out, 'sx-lab-map');
    expect(shadow).to.match(/part="tile"/);
    expect(shadow).to.match(/part="list"/);
    expect(visibleText(shadow)).to.include('山西省某重点实验室（煤化工方向）');
  });

  it('renders the skeleton for a widget with src, and fetches nothing', async () => {
    const requests: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input) => {
      requests.push(String(input));
      return Promise.reject(new Error('no fetch on the server'));
    };
    try {
      const out = await renderTwice(
        () =>
          html`<sx-events lang="zh-CN" src="https://example.org/feed.json"></sx-events>
            <sx-countdown src="https://example.org/feed.json"></sx-countdown>`,
      );
      expect(shadowOf(out, 'sx-events')).not.to.match(/part="item-title"/);
      expect(shadowOf(out, 'sx-countdown')).to.match(/part="loading"/);
      expect(requests).to.deep.equal([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('renders the skeleton in a single render, before the data is ready', async () => {
    // A tag not rendered before, so no earlier test has loaded its data.
    const out = await collectResult(
      render(html`<sx-events lang="en" now=${NOW} group-by="city"></sx-events>`),
    );
    expect(shadowOf(out, 'sx-events')).not.to.match(/part="item-title"/);
    await serverDataReady();
  });
});
