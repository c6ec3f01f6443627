import {nodeResolve} from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {existsSync} from 'node:fs';
import {shortMessageIdsPlugin} from './scripts/message-ids.mjs';

/**
 * dist/presence-postale.js       self-registering ES module, every widget (what a webmaster pastes)
 * dist/presence-postale.iife.js  the same as a classic script, exports on window.PresencePostale
 * dist/elements/pp-*.js          one element each, self-contained (for pages that want only one)
 * Lit and @lit/localize are bundled in, production builds (no "development" export condition).
 */
/**
 * A module `x.ts` with a sibling `x.fetch.ts` is replaced by the latter in the bundles: source builds
 * (tests, Storybook) import catalogs and content directly, bundles fetch them beside the script, so a
 * French page downloads neither the English strings nor the contracts' long texts until needed.
 */
const fetchVariants = {
  name: 'fetch-variants',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js') || !importer.includes('/src/')) return null;
    const variant = fileURLToPath(new URL(source.replace(/\.js$/, '.fetch.ts'), pathToFileURL(importer)));
    return variant !== importer && existsSync(variant) ? variant : null;
  },
};

/**
 * Every msg() call here has an explicit id (scripts/xliff.mjs check enforces it), so lit-localize's
 * id hashing (fnv1a64, ~0.5 KB gzip) is dead code in our bundles: replace it with a stub that says so.
 */
const explicitMessageIds = {
  name: 'explicit-message-ids',
  load(id) {
    if (!/@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id)) return null;
    return "export const generateMsgId = () => { throw new Error('presence-postale: msg() needs an explicit id'); };";
  },
};

const plugins = () => [
  fetchVariants,
  explicitMessageIds,
  shortMessageIdsPlugin(),
  nodeResolve(),
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, sourceMap: true}),
  // Do not force terser's `module: true`: it drops the IIFE's global (`var PresencePostale=`).
  terser({ecma: 2021, format: {comments: false}}),
];

const elements = ['pp-contract-timeline', 'pp-funding-counter', 'pp-nearest-service'];
const entryOf = {
  'pp-contract-timeline': 'src/contract-timeline/pp-contract-timeline.ts',
  'pp-funding-counter': 'src/funding-counter/pp-funding-counter.ts',
  'pp-nearest-service': 'src/nearest-service/pp-nearest-service.ts',
};

export default [
  {
    input: 'src/index.ts',
    output: {file: 'dist/presence-postale.js', format: 'es', sourcemap: true},
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: {file: 'dist/presence-postale.iife.js', format: 'iife', name: 'PresencePostale', sourcemap: true},
    plugins: plugins(),
  },
  ...elements.map((name) => ({
    input: entryOf[name],
    output: {file: `dist/elements/${name}.js`, format: 'es', sourcemap: true},
    plugins: plugins(),
  })),
];
