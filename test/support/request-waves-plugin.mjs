// A web-test-runner plugin for test/widgets/request-waves.test.ts:
// `executeServerCommand('request-waves', { name, src })` loads a one-widget page of the CDN build
// (served as a CDN serves it, by request-waves.mjs) in a fresh context of the test's own Chromium
// and returns its request waves and bytes. SX_WAVES_PORT picks the server's port (default: any).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureWaves, serveBuild, WAVE_PAGES, wavePageUrl } from './request-waves.mjs';

const loader = fileURLToPath(new URL('../../dist/cdn/loader.js', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function requestWavesPlugin() {
  /** @type {Promise<{ origin: string, close: () => void }> | undefined} */
  let server;
  return {
    name: 'sx-request-waves',
    async serverStop() {
      (await server)?.close();
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'request-waves') return undefined;
      const { name, src = false } = /** @type {{ name: string, src?: boolean }} */ (payload);
      if (!(name in WAVE_PAGES)) throw new Error(`request-waves: no page named ${name}`);
      if (!existsSync(loader)) {
        throw new Error('dist/cdn/loader.js is missing: build first (`npx rollup -c`).');
      }
      const browser = /** @type {{ type?: string, getPage?: (id: string) => any }} */ (
        session.browser
      );
      if (browser.type !== 'puppeteer' || typeof browser.getPage !== 'function') {
        throw new Error(`request-waves needs the Chrome (puppeteer) launcher, not ${browser.type}`);
      }
      server ??= serveBuild({ port: Number(process.env.SX_WAVES_PORT ?? 0) });
      const { origin } = await server;
      const chromium = browser.getPage(session.id).browser();
      return measureWaves(chromium, wavePageUrl(origin, name, { src }), name);
    },
  };
}
