// Loads the browser runtime (src/data/*.ts) in Node, for the benchmark and the Node tests: each module
// transpiled with TypeScript into a temporary folder, imported from there. Also a static server for
// dist/ that counts the files and gzip bytes it serves.
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, normalize} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {PROJECT_DIR} from './sources.mjs';

/** Imports src/data/{loader,nearest,communes}.ts (and src/shared/assets.ts) transpiled; returns the modules and a cleanup. */
export async function importRuntime() {
  const ts = createRequire(import.meta.url)('typescript');
  const dir = mkdtempSync(join(tmpdir(), 'pp-runtime-'));
  for (const file of ['src/shared/assets.ts', 'src/data/loader.ts', 'src/data/nearest.ts', 'src/data/communes.ts', 'src/data/types.ts']) {
    const {outputText} = ts.transpileModule(readFileSync(join(PROJECT_DIR, file), 'utf8'), {
      compilerOptions: {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022},
    });
    const out = join(dir, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), {recursive: true});
    writeFileSync(out, outputText);
  }
  const load = (name) => import(pathToFileURL(join(dir, 'src/data', `${name}.js`)).href);
  const [loader, nearest, communes] = await Promise.all([load('loader'), load('nearest'), load('communes')]);
  return {loader, nearest, communes, cleanup: () => rmSync(dir, {recursive: true, force: true})};
}

/**
 * Serves `root` on 127.0.0.1 (random port). `log` collects every request: {path, bytes, gzip}.
 * @returns {Promise<{url: string, log: object[], close: () => Promise<void>}>}
 */
export function serveStatic(root) {
  const log = [];
  const gzipCache = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let body;
    try {
      body = readFileSync(join(root, path));
    } catch {
      res.writeHead(404).end();
      log.push({path, status: 404, bytes: 0, gzip: 0});
      return;
    }
    if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(body, {level: 9}).length);
    log.push({path, status: 200, bytes: body.length, gzip: gzipCache.get(path)});
    res.writeHead(200, {'content-type': 'application/json'}).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({url: `http://127.0.0.1:${server.address().port}/`, log, close: () => new Promise((r) => server.close(() => r()))}),
    ),
  );
}

/** Every current commune of a built data folder (from its code shards): [{code, name, lat, lon, postcodes}]. */
export function communesOf(dataDir) {
  const dir = join(dataDir, 'communes', 'code');
  const out = [];
  for (const file of readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b))) {
    if (!statSync(join(dir, file)).isFile()) continue;
    const shard = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    shard.k.forEach((key, j) => {
      const {code, name, departement, postcodes, lat, lon} = shard.r[shard.i[j]];
      if (code === key) out.push({code, name, dep: departement, postcodes, lat, lon});
    });
  }
  return out;
}

export {prng} from '../prng.mjs';
