/* global document, requestAnimationFrame */
// One screenshot of a page answered from memory, the way the design review looks at a widget: a tab
// of the given width in Asia/Shanghai with the theme's colour scheme, the page's HTML served at
// /shot on the build's origin (so the CDN build loads as on a partner site), a wait until the
// widgets show content, fonts and lazily loaded styles settled. Shared by widget-screenshots.mjs
// and countdown-screenshots.mjs.

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ origin: string, width: number, theme: string, html: string, file: string,
 *   ready: (...args: any[]) => unknown, readyArg?: unknown, element?: string }} shot
 *   `ready` runs in the page until it returns something truthy; `element` is the selector to
 *   capture (the whole page when absent).
 */
export async function screenshotPage(browser, shot) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: shot.width, height: 900 });
    await tab.emulateTimezone('Asia/Shanghai');
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.theme }]);
    await tab.setRequestInterception(true);
    tab.on('request', (request) =>
      new URL(request.url()).pathname === '/shot'
        ? request.respond({ contentType: 'text/html', body: shot.html })
        : request.continue(),
    );
    await tab.goto(`${shot.origin}/shot`);
    await tab.waitForFunction(shot.ready, { timeout: 15000 }, shot.readyArg);
    // Fonts and lazily loaded styles settle within a frame or two.
    await tab.evaluate(() => document.fonts.ready);
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    if (shot.element) await (await tab.$(shot.element)).screenshot({ path: shot.file });
    else await tab.screenshot({ path: shot.file, fullPage: true });
  } finally {
    await tab.close();
  }
}
