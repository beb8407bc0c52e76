import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.goto('about:blank');
const cdp = await page.createCDPSession();
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
console.log((await cdp.send('Performance.getMetrics')).metrics.map(m => m.name).join(' '));
await browser.close();
