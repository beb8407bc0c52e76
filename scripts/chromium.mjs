// Debian's Chromium for benchmarks and page checks, started the way it works here: as root, headless,
// without a network (TOOLCHAIN.md). One place for the binary and the flags.
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these Chromium keeps calling the closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium through puppeteer-core. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
