import {nodeResolve} from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {shortMessageIdsPlugin} from './scripts/message-ids.mjs';
import {embedBundles} from './scripts/embed-bundles.mjs';
import {minifyTemplatesPlugin} from './scripts/minify-templates.mjs';

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
 * The bundles use src/shared/localize-runtime.ts for @lit/localize's runtime (msg, str,
 * configureLocalization): the same contract for what the widgets use, in a third of the bytes.
 */
const localizeRuntime = {
  name: 'localize-runtime',
  resolveId(source, importer) {
    return source === '@lit/localize' && importer?.includes('/src/') && !importer.endsWith('localize-runtime.ts')
      ? fileURLToPath(new URL('./src/shared/localize-runtime.ts', import.meta.url))
      : null;
  },
};

/**
 * Private members with distinctive names, renamed to short ones by terser in the bundles (~0.2 KB
 * gzip). A name here must be ours alone: not a DOM, lit-html or data-file property, not in the API, and
 * never written as a string in src/ (checked below), or the bundles would break where tests of the
 * sources would not. Terser leaves names it knows as DOM properties (configure, finish, visible…) alone:
 * listing them here would change nothing.
 */
const MANGLED_MEMBERS = [
  ...['Contract', 'Details', 'Event', 'Hours', 'Point', 'Problems', 'Results', 'Search'].map((part) => `render${part}`),
  ...['announcement', 'childObserver', 'chooseText', 'controllers', 'failureText', 'geolocationFailure'],
  ...['invalid', 'loadTexts', 'loadedAt', 'moving', 'onInput', 'onKeydown', 'onLocale', 'onSubmit', 'report', 'requestKey', 'searchFor'],
  ...['geolocationText', 'sequence', 'suggest', 'useMyPosition', 'warned', 'willUpdate', 'words'],
];
for (const file of readdirSync('src', {recursive: true}).filter((f) => f.endsWith('.ts'))) {
  const quoted = MANGLED_MEMBERS.find((name) => new RegExp(`['"\`]${name}['"\`]`).test(readFileSync(`src/${file}`, 'utf8')));
  if (quoted) throw new Error(`rollup.config.mjs: "${quoted}" is written as a string in src/${file}: take it out of MANGLED_MEMBERS`);
}

const plugins = () => [
  fetchVariants,
  localizeRuntime,
  shortMessageIdsPlugin(),
  minifyTemplatesPlugin(),
  nodeResolve(),
  // no comments in TypeScript's output: minify-templates scans code, and terser drops them anyway
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, sourceMap: true, removeComments: true}),
  // Do not force terser's `module: true`: it drops the IIFE's global (`var PresencePostale=`).
  terser({ecma: 2021, compress: {passes: 3}, mangle: {properties: {regex: new RegExp(`^(${MANGLED_MEMBERS.join('|')})$`)}}, format: {comments: false}}),
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
  // embed.html's script, the iframe resizer and the configurator (issue 6): not in the budget
  ...embedBundles(plugins),
];
