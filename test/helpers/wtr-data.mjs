// Test-server side of the data tests (test/data/*.test.ts), registered in web-test-runner.config.mjs.
//
// dataFaultMiddleware(): answers `/__fault/<kind>/<token>/data/<path>` — the FIRST request of each
// file (kind, token, path) fails as <kind> says, every later one serves dist/data/<path> — so a test
// can point the loader's `base` at `/__fault/<kind>/<token>/` and watch a failure followed by a
// successful retry (a query reading several files fails once per file):
//   404 | 500      that HTTP status
//   slow          waits 3 s before answering (the loader's timeout fires first)
//   malformed     200 with truncated JSON
//   shape         200 with JSON that is not the expected file (`{"v":1}`)
//   html          200 with an HTML page (a host's "not found" page served as 200)
//   network       the connection drops in the middle of the answer
// It also serves `/__raw/<source>` (laposte, franceServices, communes): the raw input file the build
// reads (from ../shared/data or PP_DATA_DIR), for the tests that check the output against the raw rows.
//
// dataCommandsPlugin(): server command `pp-data-build` runs the data build into a temporary folder
// and returns {stdout, manifest} (the printed counts are compared with the manifest).
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {dataDirFrom, findInputs} from '../../scripts/data/sources.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const seen = new Set();

export function dataFaultMiddleware() {
  return async function dataFaults(ctx, next) {
    const raw = ctx.path.match(/^\/__raw\/(\w+)$/);
    if (raw) {
      const {inputs} = findInputs(dataDirFrom([], process.env).dir);
      try {
        ctx.body = await readFile(inputs[raw[1]].path);
        ctx.type = 'text/plain; charset=utf-8';
      } catch {
        ctx.status = 404;
      }
      return;
    }
    const m = ctx.path.match(/^\/__fault\/([a-z0-9]+)\/([\w-]+)\/data\/(.+)$/);
    if (!m) return next();
    const [, kind, token, path] = m;
    const key = `${kind}/${token}/${path}`;
    const first = !seen.has(key);
    seen.add(key);
    // never from the browser's cache: a retry must reach this server again (WTR's own cache middleware,
    // outside this one, marks every path with an extension cacheable for a year: keep it from doing so)
    ctx.set('cache-control', 'no-store');
    const set = ctx.response.set.bind(ctx.response);
    ctx.response.set = (field, value) => (String(field).toLowerCase() === 'cache-control' ? undefined : set(field, value));
    if (first) {
      if (kind === '404' || kind === '500') {
        ctx.status = Number(kind);
        ctx.body = kind === '404' ? 'Not found' : 'Internal error';
        return;
      }
      if (kind === 'malformed') {
        ctx.type = 'application/json';
        ctx.body = '{"v":1,"tiles":[[1,2';
        return;
      }
      if (kind === 'shape') {
        ctx.type = 'application/json';
        ctx.body = '{"v":1}';
        return;
      }
      if (kind === 'html') {
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Page introuvable</title><p>Page introuvable';
        return;
      }
      if (kind === 'network') {
        // the connection drops in the middle of the body (a dropped connection before any byte is
        // retried by Chrome itself on a reused socket, so it would not reach the page)
        ctx.respond = false;
        const socket = ctx.req.socket;
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nCache-Control: no-store\r\n\r\n{"v":1,');
        setTimeout(() => socket.destroy(), 20);
        return;
      }
      if (kind === 'slow') await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    const file = normalize(path).replace(/^(\.\.[/\\])+/, '');
    try {
      ctx.body = await readFile(join(ROOT, 'dist', 'data', file));
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function dataCommandsPlugin() {
  return {
    name: 'pp-data-commands',
    async executeCommand({command}) {
      if (command !== 'pp-data-build') return undefined;
      const out = await mkdtemp(join(tmpdir(), 'pp-data-test-'));
      try {
        const stdout = await new Promise((resolve, reject) =>
          execFile(process.execPath, [join(ROOT, 'scripts/data/build.mjs'), '--out', out], {cwd: ROOT, maxBuffer: 16 << 20}, (error, so, se) =>
            error ? reject(new Error(`${error.message}\n${se}`)) : resolve(so),
          ),
        );
        const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
        return {stdout, manifest};
      } finally {
        await rm(out, {recursive: true, force: true});
      }
    },
  };
}
