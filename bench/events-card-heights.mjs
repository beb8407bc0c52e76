/* global document */
// How tall <sx-events> is on a phone, from the CDN build with the embedded edition at a frozen
// time (#15's budget: a typical card ≤ 170 px in zh-CN on a 375 px phone): the median card of
// the list and of the compact view, the agenda's whole height (later days folded) with its
// folded lines, and its "continues" rows unfolded, in zh-CN and en. The widget is as wide as on a 375 px phone with 16 px page margins (343 px).
//
//   npm run build && node bench/events-card-heights.mjs [phone-width]
import { launchChromium } from '../scripts/chromium.mjs';
import { serveBuild } from '../test/support/request-waves.mjs';

const phone = Number(process.argv[2] ?? 375);
const DURING = '2025-05-26T10:00:00+08:00';

const page = (markup, lang) => `<!doctype html><html lang="${lang}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;padding:16px}</style>
<script type="module" src="/dist/cdn/loader.js"></script></head><body>${markup}</body></html>`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[sorted.length >> 1] * 10) / 10 : NaN;
};

async function measure(browser, origin, markup, lang) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: phone, height: 900 });
    await tab.emulateTimezone('Asia/Shanghai');
    await tab.setRequestInterception(true);
    tab.on('request', (request) =>
      new URL(request.url()).pathname === '/shot'
        ? request.respond({ contentType: 'text/html', body: page(markup, lang) })
        : request.continue(),
    );
    await tab.goto(`${origin}/shot`);
    await tab.waitForFunction(() =>
      document.querySelector('sx-events')?.shadowRoot?.querySelector('[part~=item]'),
    );
    await tab.evaluate(() => document.fonts.ready);
    return await tab.evaluate(async () => {
      const element = document.querySelector('sx-events');
      const root = element.shadowRoot;
      const heights = (part) =>
        [...root.querySelectorAll(`[part~=${part}]`)].map((n) => n.getBoundingClientRect().height);
      // The agenda as it opens (each later day's continuing events folded into one line)…
      const folded = {
        items: heights('item'),
        toggles: heights('continues-toggle'),
        total: element.getBoundingClientRect().height,
      };
      // …and its lines, every day unfolded.
      root.querySelectorAll('[part~=continues-toggle]').forEach((toggle) => toggle.click());
      await element.updateComplete;
      return { ...folded, rows: heights('continues-item') };
    });
  } finally {
    await tab.close();
  }
}

const server = await serveBuild();
const browser = await launchChromium();
try {
  for (const lang of ['zh-CN', 'en']) {
    const list = await measure(
      browser,
      server.origin,
      `<sx-events now="${DURING}" limit="8"></sx-events>`,
      lang,
    );
    const compact = await measure(
      browser,
      server.origin,
      `<sx-events now="${DURING}" limit="8" view="compact"></sx-events>`,
      lang,
    );
    const agenda = await measure(
      browser,
      server.origin,
      // The whole programme: with events behind "show more" the agenda stops at the last day a
      // shown event begins, so `limit="3"` would be one day.
      `<sx-events now="${DURING}" limit="100" view="agenda"></sx-events>`,
      lang,
    );
    console.log(
      `${lang} at ${phone} px: card median ${median(list.items)} px (max ${Math.round(Math.max(...list.items))}, ${list.items.length} cards); ` +
        `compact row median ${median(compact.items)} px; ` +
        `agenda, whole programme (from 26 May) ${Math.round(agenda.total)} px (a later day's folded line ${median(agenda.toggles)} px, ${agenda.toggles.length} days; ` +
        `unfolded, a continues row ${median(agenda.rows)} px, ${agenda.rows.length} rows)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
