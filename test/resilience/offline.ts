import {executeServerCommand} from '@web/test-runner-commands';

const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;

/**
 * Takes the page offline or back online, as a visitor's lost connection does: every request fails
 * with net::ERR_INTERNET_DISCONNECTED (the pp-offline command of test/helpers/wtr-resilience.mjs),
 * navigator.onLine says so, and window gets the `offline` / `online` event.
 */
export async function setOffline(offline: boolean): Promise<void> {
  await executeServerCommand('pp-offline', offline);
  if (offline) Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
  else delete (navigator as unknown as Record<string, unknown>).onLine;
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
}

export const browserOnLine = () => onLine.get!.call(navigator) as boolean;
