// A web-test-runner server command: `executeServerCommand('emulate-timezone', { zone })` sets the
// time zone of the test page through the DevTools protocol (puppeteer's page.emulateTimezone),
// so a browser test can see the page as a visitor in New York would. `{ zone: null }` resets it.
// Chrome launcher only (the project's runner).

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function timezonePlugin() {
  return {
    name: 'sx-emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const zone = /** @type {{ zone?: string | null } | undefined} */ (payload)?.zone;
      if (zone !== null && typeof zone !== 'string') {
        throw new Error('emulate-timezone needs { zone: "Area/City" } or { zone: null }');
      }
      const browser = /** @type {{ type?: string, getPage?: (id: string) => any }} */ (
        session.browser
      );
      if (browser.type !== 'puppeteer' || typeof browser.getPage !== 'function') {
        throw new Error(
          `emulate-timezone needs the Chrome (puppeteer) launcher, not ${browser.type}`,
        );
      }
      await browser.getPage(session.id).emulateTimezone(zone ?? undefined);
      return true;
    },
  };
}
