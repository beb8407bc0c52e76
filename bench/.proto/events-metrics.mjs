// Where a keystroke's time goes: script vs style vs layout (CDP Performance metrics).
import puppeteer from 'puppeteer-core';
import { buildEventsPage, serveEventsPage } from '../events-page.mjs';
await buildEventsPage();
const server = await serveEventsPage(8818);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.emulateTimezone('Asia/Shanghai');
await page.goto('http://127.0.0.1:8818/?bare');
await page.waitForFunction(() => 'sxBench' in window);
await page.evaluate(async () => {
  const { syntheticEvents, memoryClient } = window.sxBench;
  const el = document.createElement('sx-events'); el.setAttribute('now','2025-05-20T10:00:00+08:00'); el.debounce = 0;
  el.client = memoryClient(syntheticEvents(5000)); document.querySelector('main').append(el); await el.loaded;
  await new Promise(r => setTimeout(r, 1500)); window.__el = el;
});
const cdp = await page.createCDPSession();
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
const words = ['活','活动','活动 1','活动 12','活动 1','活动','', '示例', '讲座'];
const sum = { script: 0, style: 0, layout: 0, wall: 0 };
for (const w of words) {
  const a = await metrics();
  const wall = await page.evaluate(async (w) => { const el = window.__el; const input = el.shadowRoot.querySelector('[part~=search]'); const s = performance.now(); input.value = w; input.dispatchEvent(new Event('input')); await el.updateComplete; void el.shadowRoot.querySelector('[part~=base]').offsetHeight; return performance.now() - s; }, w);
  const b = await metrics();
  const d = { script: (b.ScriptDuration - a.ScriptDuration) * 1000, style: (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000, layout: (b.LayoutDuration - a.LayoutDuration) * 1000, wall };
  console.log(JSON.stringify(w), Object.entries(d).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('  '));
}
await browser.close(); server.close();
