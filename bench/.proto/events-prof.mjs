import puppeteer from 'puppeteer-core';
import { buildEventsPage, serveEventsPage } from '/work/main/bench/events-page.mjs';
await buildEventsPage();
const server = await serveEventsPage(8818);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.emulateTimezone('Asia/Shanghai');
await page.goto('http://127.0.0.1:8818/?bare');
await page.waitForFunction(() => 'sxBench' in window);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.evaluate(async () => {
  const { syntheticEvents, memoryClient } = window.sxBench;
  const el = document.createElement('sx-events'); el.setAttribute('now','2025-05-20T10:00:00+08:00'); el.debounce = 0;
  el.client = memoryClient(syntheticEvents(5000)); document.querySelector('main').append(el); await el.loaded;
  await new Promise(r => setTimeout(r, 1500));
  window.__el = el;
});
await cdp.send('Profiler.start');
const times = await page.evaluate(async () => {
  const el = window.__el; const input = el.shadowRoot.querySelector('[part~=search]'); const out = [];
  for (const t of ['活','活动','活动 1','活动 12','活动 1','活动','']) { const s = performance.now(); input.value = t; input.dispatchEvent(new Event('input')); await el.updateComplete; out.push(performance.now()-s); await new Promise(r=>requestAnimationFrame(r)); }
  return out;
});
const { profile } = await cdp.send('Profiler.stop');
console.log(times.map(t=>t.toFixed(1)).join(' '));
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; let i = 0;
for (const id of profile.samples) { const n = byId.get(id); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + (dt[i++] ?? 0)); }
console.log([...self.entries()].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v]) => (v/1000).toFixed(1)+'ms '+k).join('\n'));
await browser.close(); server.close();
