// Request waves and JavaScript bytes of a page with one widget from the CDN build, as a visitor's
// browser fetches it: how many times a request had to wait for an earlier response before it
// could start (the depth of the initiator chain, the HTML page itself not counted), and which
// requests came in each wave; with the embedded edition and with `src` (the feed's manifest).
// Deterministic: no wall time is read. The same measurement is asserted by
// test/widgets/request-waves.test.ts (≤ 2 waves embedded, ≤ 3 with src).
//   npm run build && node bench/request-waves.mjs [--detail] [--json]
import { launchChromium } from '../scripts/chromium.mjs';
import {
  measureWaves,
  serveBuild,
  WAVE_PAGES,
  wavePageUrl,
} from '../test/support/request-waves.mjs';

const server = await serveBuild();
const browser = await launchChromium();
const results = [];
try {
  for (const src of [false, true]) {
    for (const name of Object.keys(WAVE_PAGES)) {
      const result = await measureWaves(browser, wavePageUrl(server.origin, name, { src }), name);
      results.push({ ...result, page: `${name}${src ? ' src' : ''}` });
    }
  }
} finally {
  await browser.close();
  server.close();
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  for (const { page, requests, waves, codeBytes, dataBytes, detail } of results) {
    console.log(
      `${page.padEnd(24)} ${String(requests).padStart(3)} requests, ${waves} waves, ` +
        `code ${kb(codeBytes)} gz, data ${kb(dataBytes)} gz`,
    );
    if (process.argv.includes('--detail')) {
      for (const { path, wave, gzip } of detail.sort((a, b) => a.wave - b.wave))
        console.log(`    ${wave} ${path} ${gzip}`);
    }
  }
}
