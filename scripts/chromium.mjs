// The Chromium every tool of the project drives (tests, screenshots, Storybook smoke, benchmarks):
// CHROME_PATH when set, else the first Chromium or Chrome found in the usual places (Debian's
// /usr/bin/chromium first), with the flags it needs here.
import {existsSync} from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const CHROMIUM = process.env.CHROME_PATH || CANDIDATES.find((path) => existsSync(path)) || CANDIDATES[0];

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
