// Server render of a page that the browser hydrates (client.js): `node page.mjs > index.html`.
// On the embedded edition (no `src`) the widgets render their real content here; the browser
// adopts that markup instead of drawing it again: no skeleton in between, no feed request.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'sx-science-week/widgets/events.js';
import 'sx-science-week/widgets/countdown.js';
import { serverDataReady } from 'sx-science-week/ssr';

// `lang` on each element (a server sees no ancestors) and, for a page that is the same on every
// request, `now`.
const widgets = () => html`
  <sx-countdown lang="zh-CN" now="2025-05-10T10:00:00+08:00"></sx-countdown>
  <sx-events lang="zh-CN" limit="5" now="2025-05-20T10:00:00+08:00"></sx-events>
`;

/** The page: the widgets' server markup, then the script that hydrates them. */
export async function renderPage(clientScript = './client.js') {
  await collectResult(render(widgets())); // starts the widgets' loads
  await serverDataReady();
  const markup = await collectResult(render(widgets()));
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>sx-science-week, server-rendered</title>
  </head>
  <body>
    ${markup}
    <script type="module" src="${clientScript}"></script>
  </body>
</html>
`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const page = await renderPage(process.argv[2]);
  // What hydration keeps: the real list, not a skeleton (CI runs this file).
  if (!/part="item-title"/.test(page)) throw new Error('no events in the server HTML');
  process.stdout.write(page);
}
