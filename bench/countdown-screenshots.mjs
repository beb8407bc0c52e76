/* global document */
// Screenshots of <sx-countdown> from the CDN build, the way a design review looks at it: one page
// per width (375, 1280), language (zh-CN, en) and theme (light, dark), each with the card, the
// banner and an inline countdown in a sentence, before, during and after the week (embedded
// edition, frozen times), on a page of the theme's own colours. Open the PNGs and look: this is
// not a test (test/widgets/countdown-layout.test.ts checks the dark banner's fill and text).
//
//   npx rollup -c && node bench/countdown-screenshots.mjs [out-dir]
//
// Writes countdown-<width>-<lang>-<theme>.png into out-dir (default .bench-out/countdown-shots).
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveBuild } from '../test/support/request-waves.mjs';
import { screenshotPage } from './screenshot-tab.mjs';

const out = process.argv[2] ?? '.bench-out/countdown-shots';
const PHASES = {
  before: '2025-05-20T10:00:00+08:00',
  during: '2025-05-26T10:00:00+08:00',
  after: '2025-06-10T10:00:00+08:00',
};

const page = (lang, theme) => {
  const dark = theme === 'dark';
  const rows = Object.entries(PHASES)
    .map(
      ([phase, now]) => `<h2>${phase}</h2>
      <sx-countdown variant="card" now="${now}" theme="${theme}"></sx-countdown>
      <div class="gap"></div>
      <sx-countdown variant="banner" now="${now}" theme="${theme}"></sx-countdown>
      <p>${lang === 'en' ? 'News:' : '山西新闻网讯'} <sx-countdown now="${now}" theme="${theme}"></sx-countdown>${lang === 'en' ? ', events across the province.' : '，全省各地将举办科普活动。'}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;padding:12px;font:16px/1.6 system-ui,sans-serif;background:${dark ? '#0d1117' : '#fff'};color:${dark ? '#d8dee6' : '#1f2933'}}
h2{font-size:12px;margin:16px 0 4px;opacity:.6}.gap{height:8px}</style>
<script type="module" src="/dist/cdn/loader.js"></script></head><body>${rows}</body></html>`;
};

mkdirSync(out, { recursive: true });
const server = await serveBuild();
const browser = await launchChromium();
try {
  for (const width of [375, 1280]) {
    for (const lang of ['zh-CN', 'en']) {
      for (const theme of ['light', 'dark']) {
        // Every countdown shows its words (a time, or the message once the week is over).
        await screenshotPage(browser, {
          origin: server.origin,
          width,
          theme,
          html: page(lang, theme),
          file: `${out}/countdown-${width}-${lang}-${theme}.png`,
          ready: () =>
            [...document.querySelectorAll('sx-countdown')].every((element) =>
              element.shadowRoot?.querySelector('[part~=time], [part~=message]'),
            ),
        });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}/`);
