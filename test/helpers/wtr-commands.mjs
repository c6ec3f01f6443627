// Server-side commands for browser tests (puppeteer page behind @web/test-runner-chrome).
// Browser side: `executeServerCommand('pp-media', [{name: 'forced-colors', value: 'active'}])`.

const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function ppCommandsPlugin() {
  return {
    name: 'pp-commands',
    async executeCommand({command, payload, session}) {
      const page = session.browser.getPage?.(session.id);
      if (!page) return undefined;
      if (command === 'pp-media') {
        // Any media feature, forced-colors included: puppeteer's emulateMediaFeatures refuses it, CDP takes it.
        // The session stays open: emulation ends when the session that set it detaches.
        let cdp = sessions.get(page);
        if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', {features: payload ?? []});
        return true;
      }
      if (command === 'pp-geolocation') {
        // {permission: 'granted' | 'denied' | 'prompt', lat, lon}: the browser's own geolocation, emulated
        let cdp = sessions.get(page);
        if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
        const origin = new URL(page.url()).origin;
        await cdp.send('Browser.setPermission', {permission: {name: 'geolocation'}, setting: payload.permission, origin});
        if (payload.lat !== undefined) await cdp.send('Emulation.setGeolocationOverride', {latitude: payload.lat, longitude: payload.lon, accuracy: 50});
        else await cdp.send('Emulation.clearGeolocationOverride');
        return true;
      }
      if (command === 'pp-viewport') {
        await page.setViewport(payload);
        return true;
      }
      return undefined;
    },
  };
}
