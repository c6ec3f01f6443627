// Writing the output deterministically: the folder is emptied and rewritten, files in sorted order,
// the manifest last with the size and sha256 of every other file. No timestamp but the build date.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {gzipSync} from 'node:zlib';

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');
export const gzipBytes = (text) => gzipSync(text, {level: 9}).length;

/** Build date: env SOURCE_DATE_EPOCH (seconds), else the last git commit's date, else null. */
export function buildDate(env = process.env, cwd = process.cwd()) {
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString();
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000).toISOString();
  } catch {
    // not a git checkout
  }
  return null;
}

/**
 * Writes `files` (Map path → text) under `outDir` (emptied first) and `manifest.json` with a `files`
 * table (bytes, gzip bytes, sha256). Returns the manifest text and totals.
 */
export function writeOutput(outDir, files, manifest) {
  rmSync(outDir, {recursive: true, force: true});
  const table = {};
  let bytes = 0;
  let gzip = 0;
  for (const path of [...files.keys()].sort()) {
    const text = files.get(path);
    const full = join(outDir, path);
    mkdirSync(dirname(full), {recursive: true});
    writeFileSync(full, text);
    const size = Buffer.byteLength(text);
    const gz = gzipBytes(text);
    bytes += size;
    gzip += gz;
    table[path] = {bytes: size, gzip: gz, sha256: sha256(text)};
  }
  const text = `${JSON.stringify({...manifest, files: table}, null, 1)}\n`;
  writeFileSync(join(outDir, 'manifest.json'), text);
  return {text, count: files.size + 1, bytes, gzip};
}
