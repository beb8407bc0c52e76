/* global document */
// Screenshots of each widget from the CDN build, the way a reviewer looks at them: at 375 and
// 1280 px, zh-CN and en, light and dark, with the embedded edition at a frozen time. Open the PNGs
// and look: this is not a test, it is what the design review is made from.
//
//   npm run build && node bench/widget-screenshots.mjs [out-dir] [only-this-prefix]
//
// Writes <widget>-<width>-<lang>-<theme>.png into out-dir (default: .bench-out/screenshots, ignored by git).
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveBuild } from '../test/support/request-waves.mjs';
import { screenshotPage } from './screenshot-tab.mjs';

const out = process.argv[2] ?? '.bench-out/screenshots';
const only = process.argv[3];
const DURING = '2025-05-26T10:00:00+08:00';
const BEFORE = '2025-05-20T10:00:00+08:00';

/** What each shot shows (the element's markup without lang and theme). */
const WIDGETS = {
  events: `<sx-events now="${DURING}" limit="4"></sx-events>`,
  'events-compact': `<sx-events now="${DURING}" limit="4" view="compact"></sx-events>`,
  'events-agenda': `<sx-events now="${DURING}" limit="3" view="agenda"></sx-events>`,
  countdown: `<sx-countdown now="${BEFORE}" variant="card"></sx-countdown>`,
  'story-card': `<sx-story-card now="${DURING}" variant="card"></sx-story-card>`,
  'lab-map': `<sx-lab-map now="${DURING}" limit="3"></sx-lab-map>`,
  // The selected city on the tile map (the strongest tile in both themes).
  'lab-map-selected': `<sx-lab-map now="${DURING}" limit="1" city="140100"></sx-lab-map>`,
  // A city of one facility and a choice of two: short lists beside the full-height map.
  'lab-map-one': `<sx-lab-map now="${DURING}" city="140400"></sx-lab-map>`,
  'lab-map-two': `<sx-lab-map now="${DURING}" city="140100" kind="innovation-centre"></sx-lab-map>`,
};

/** Something real in the shadow root: the widget has rendered its content. */
const CONTENT = '[part~=item], [part~=base] *, [part~=name], [part~=lab]';

const page = (markup, lang, theme) => `<!doctype html><html lang="${lang}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;padding:12px;background:${theme === 'dark' ? '#0d1117' : '#fff'}}</style>
<script type="module" src="/dist/cdn/loader.js"></script></head>
<body>${markup.replace(/><\/sx-/, ` theme="${theme}"></sx-`)}</body></html>`;

mkdirSync(out, { recursive: true });
const server = await serveBuild();
const browser = await launchChromium();
try {
  for (const [name, markup] of Object.entries(WIDGETS)) {
    if (only && !name.startsWith(only)) continue;
    for (const width of [375, 1280]) {
      for (const lang of ['zh-CN', 'en']) {
        for (const theme of ['light', 'dark']) {
          await screenshotPage(browser, {
            origin: server.origin,
            width,
            theme,
            html: page(markup, lang, theme),
            file: `${out}/${name}-${width}-${lang}-${theme}.png`,
            ready: (selector) =>
              document.body.firstElementChild?.shadowRoot?.querySelector(selector),
            readyArg: CONTENT,
            element: 'body',
          });
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}/`);
