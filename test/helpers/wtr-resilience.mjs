// Server side of the resilience suites (test/resilience/): a fault-injecting route for data loading,
// and commands that reach the page through the Chrome DevTools Protocol.
//
// Fault route (WTR middleware), for any file of the project served by the test server:
//   /__pp-fault/<mode>/<path of a real file>[?key=…]
//   ok            the file, with its real content type
//   404, 500, 503 that status, a short text body
//   slow-<ms>     the file after <ms> milliseconds (at most 30 s; answers slower than the widget's timeout)
//   truncated     status 200, JSON content type, the first half of the file's bytes
//   wrong-type    status 200, text/html: the HTML error page a CMS or captive portal sends instead
//   empty         status 200, JSON content type, no body
//   not-json      status 200, JSON content type, a body that is not JSON
//   skewed        a message catalog (dist/locales/*.json) as another version would have it: another version
//                 stamp, the same ids, each message of the other shape (plain text ↔ text with placeholders)
//   reset         the connection is destroyed before any answer: a network error, as when offline
//   flaky-<n>     503 for the first <n> requests of each `key` (query parameter), then the file: to test retries
//   once-<mode>   <mode> for the first request of each file, then the file: a server that recovers
//   <mode>~<token>  the same as <mode>; the token makes the URL unique to a test (caches, once-)
// Every fault request is counted per mode and path; `GET /__pp-fault-log` returns and clears the log.
//
// Commands (browser side: `executeServerCommand(name, payload)`):
//   pp-heap     collects garbage (twice) and returns {usedSize, totalSize} of the page's JS heap
//   pp-offline  payload true/false: every request of the page fails as offline (net::ERR_INTERNET_DISCONNECTED), or not;
//               test/resilience/offline.ts also sets navigator.onLine and fires the offline/online events
//   pp-fuzz-seed  the PP_FUZZ_SEED environment variable of the test run (a number, `random`, or empty)
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__pp-fault/';
const TYPES = {'.json': 'application/json', '.js': 'text/javascript; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.html': 'text/html; charset=utf-8'};
const MAX_DELAY = 30_000;

const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Koa middleware serving the fault route (see the top of this file). */
export function faultMiddleware() {
  const flaky = new Map();
  const once = new Set();
  let log = [];
  return async function ppFaults(ctx, next) {
    if (ctx.path === '/__pp-fault-log') {
      ctx.type = 'application/json';
      ctx.set('cache-control', 'no-store');
      ctx.body = JSON.stringify(log);
      log = [];
      return;
    }
    if (!ctx.path.startsWith(PREFIX)) return next();
    try {
      await answerFault(ctx);
    } finally {
      // WTR's cache middleware runs after this one and marks every path with an extension as
      // cacheable for a year: a path without one keeps our no-store, so a retry really asks again.
      ctx.path = '/__pp-fault';
    }
  };

  async function answerFault(ctx) {
    const rest = ctx.path.slice(PREFIX.length);
    const slash = rest.indexOf('/');
    const segment = slash < 0 ? rest : rest.slice(0, slash);
    const file = normalize(decodeURIComponent(slash < 0 ? '' : rest.slice(slash))).replace(/^(\.\.[/\\])+/, '');
    // `<mode>~<token>`: the token only makes the URL (and the once- memory) unique to a test
    let mode = segment.replace(/~.*$/, '');
    log.push({mode, path: file, key: ctx.query.key ?? null});
    if (mode.startsWith('once-')) {
      const key = `${segment}|${file}`;
      mode = once.has(key) ? 'ok' : mode.slice('once-'.length);
      once.add(key);
    }
    ctx.set('cache-control', 'no-store');
    const serveFile = async (transform = (bytes) => bytes, type) => {
      let bytes;
      try {
        bytes = await readFile(join(ROOT, file));
      } catch {
        ctx.status = 404;
        ctx.type = 'text/plain';
        ctx.body = `pp-fault: no such file ${file}`;
        return;
      }
      ctx.status = 200;
      ctx.type = type ?? TYPES[extname(file)] ?? 'application/octet-stream';
      ctx.body = transform(bytes);
    };
    let match;
    if (mode === 'ok') return serveFile();
    if (/^\d{3}$/.test(mode)) {
      ctx.status = Number(mode);
      ctx.type = 'text/plain';
      ctx.body = `pp-fault: HTTP ${mode}`;
      return;
    }
    if ((match = /^slow-(\d+)$/.exec(mode))) {
      await sleep(Math.min(MAX_DELAY, Number(match[1])), ctx.req);
      if (ctx.req.destroyed) return;
      return serveFile();
    }
    if (mode === 'truncated') return serveFile((bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)), 'application/json');
    if (mode === 'wrong-type') {
      ctx.status = 200;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!doctype html><html lang="fr"><title>Page introuvable</title><h1>Page introuvable</h1><p>Retour à l’accueil de la mairie.</p></html>';
      return;
    }
    if (mode === 'empty') {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    }
    if (mode === 'not-json') {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"oops": undefined, <html>';
      return;
    }
    if (mode === 'skewed') {
      return serveFile((bytes) => {
        // another build: another version stamp, and the same short ids naming messages of another shape
        const catalog = JSON.parse(bytes.toString('utf8'));
        for (const [id, message] of Object.entries(catalog.templates)) {
          catalog.templates[id] = typeof message === 'string' ? {strTag: true, strings: [`${message} `, ''], values: [0]} : message.strings.join('…');
        }
        catalog.version = `${catalog.version}-other`;
        return JSON.stringify(catalog);
      }, 'application/json');
    }
    if (mode === 'reset') {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if ((match = /^flaky-(\d+)$/.exec(mode))) {
      const key = `${file}#${ctx.query.key ?? ''}`;
      const seen = (flaky.get(key) ?? 0) + 1;
      flaky.set(key, seen);
      if (seen <= Number(match[1])) {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = `pp-fault: HTTP 503 (failure ${seen} of ${match[1]})`;
        return;
      }
      return serveFile();
    }
    ctx.status = 400;
    ctx.type = 'text/plain';
    ctx.body = `pp-fault: unknown mode ${mode}`;
  }
}

const cdpSessions = new WeakMap();
const offline = new WeakMap();

async function cdpOf(page) {
  let cdp = cdpSessions.get(page);
  if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
  return cdp;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function resilienceCommandsPlugin() {
  return {
    name: 'pp-resilience-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'pp-fuzz-seed') return process.env.PP_FUZZ_SEED ?? ''; // null or undefined would mean "not handled"
      if (command !== 'pp-heap' && command !== 'pp-offline') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`${command} needs the Chrome launcher (puppeteer page)`);
      if (command === 'pp-heap') {
        const cdp = await cdpOf(page);
        // twice: the first pass may only finalise what the second frees
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const {usedSize, totalSize} = await cdp.send('Runtime.getHeapUsage');
        return {usedSize, totalSize};
      }
      // Not page.setOfflineMode(): it also cuts the test runner's WebSocket, and the test never comes back.
      // Every new request fails as it does offline (net::ERR_INTERNET_DISCONNECTED); the socket stays.
      const cdp = await cdpOf(page);
      if (payload && !offline.has(cdp)) {
        const fail = ({requestId}) => cdp.send('Fetch.failRequest', {requestId, errorReason: 'InternetDisconnected'}).catch(() => undefined);
        offline.set(cdp, fail);
        cdp.on('Fetch.requestPaused', fail);
        await cdp.send('Fetch.enable', {patterns: [{urlPattern: '*', requestStage: 'Request'}]});
      } else if (!payload && offline.has(cdp)) {
        cdp.off('Fetch.requestPaused', offline.get(cdp));
        offline.delete(cdp);
        await cdp.send('Fetch.disable');
      }
      return true;
    },
  };
}
