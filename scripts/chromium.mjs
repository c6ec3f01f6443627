// The Chromium every tool of the project drives (tests, screenshots, Storybook smoke, benchmarks):
// Debian's /usr/bin/chromium unless CHROME_PATH says otherwise, with the flags it needs here.
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Running as root (no sandbox), without a GPU, and without background traffic the closed network refuses. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
