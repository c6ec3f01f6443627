#!/usr/bin/env node
// Serves dist/ (demo page, scripts, data) on http://localhost:PORT/ — what `npm start` runs after the build.
// Sends the strict Content-Security-Policy the widgets are built for, so the demo proves they need nothing more.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export function startServer({root = ROOT, port = PORT, host = HOST, csp = STRICT_CSP} = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'};
      if (extname(file) === '.html' && csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, {'content-type': 'text/plain; charset=utf-8'}).end(path === '/favicon.ico' ? undefined : 'Not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const {port} = server.address();
  console.log(`Démo / demo: http://localhost:${port}/  (Ctrl+C pour arrêter)`);
}
