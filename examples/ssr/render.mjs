// Server rendering with @lit-labs/ssr (Node ≥ 20.19). On the embedded edition the first render
// starts the widgets' loads, `serverDataReady()` waits for them, and the second render holds the
// real content in declarative shadow roots; a widget with `src` renders its skeleton and loads in
// the browser. Run: `node render.mjs > page.html`.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'sx-science-week/widgets/all.js';
import { serverDataReady } from 'sx-science-week/ssr';

const page = () => html`
  <sx-countdown lang="zh-CN" now="2025-05-10T10:00:00+08:00"></sx-countdown>
  <sx-events lang="zh-CN" limit="5" now="2025-05-20T10:00:00+08:00"></sx-events>
  <sx-events lang="zh-CN" src="https://example.org/sx/manifest.json"></sx-events>
`;

await collectResult(render(page()));
await serverDataReady();
const markup = await collectResult(render(page()));

// The check CI runs: real content for the embedded edition, a skeleton for `src`.
const shadows = markup.split('<template shadowroot="open" shadowrootmode="open">');
if (!/part="value"/.test(shadows[1] ?? '')) throw new Error('no countdown value in the HTML');
if (!/part="item-title"/.test(shadows[2] ?? '')) throw new Error('no events in the HTML');
if (/part="item-title"/.test(shadows[3] ?? '')) throw new Error('a src widget rendered content');
process.stdout.write(`<!doctype html><html lang="zh-CN"><body>${markup}</body></html>\n`);
