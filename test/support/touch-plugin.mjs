// A web-test-runner server command: `executeServerCommand('emulate-touch', { enabled: true })`
// makes the test page a touch screen through the DevTools protocol, so `(pointer: coarse)` matches
// as on a phone; `{ enabled: false }` turns it off. (Puppeteer's own switch, `hasTouch` in
// setViewport, reloads the page, which would end the test.) Chrome launcher only.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function touchPlugin() {
  /** One DevTools session per test page: the emulation lasts as long as its session. */
  const sessions = new Map();
  return {
    name: 'sx-emulate-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-touch') return undefined;
      const enabled = /** @type {{ enabled?: unknown } | undefined} */ (payload)?.enabled;
      if (typeof enabled !== 'boolean') {
        throw new Error('emulate-touch needs { enabled: true } or { enabled: false }');
      }
      const browser = /** @type {{ type?: string, getPage?: (id: string) => any }} */ (
        session.browser
      );
      if (browser.type !== 'puppeteer' || typeof browser.getPage !== 'function') {
        throw new Error(`emulate-touch needs the Chrome (puppeteer) launcher, not ${browser.type}`);
      }
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send(
        'Emulation.setTouchEmulationEnabled',
        enabled ? { enabled, maxTouchPoints: 5 } : { enabled },
      );
      return true;
    },
  };
}
