import {nodeResolve} from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import {fileURLToPath} from 'node:url';

/**
 * dist/presence-postale.js       self-registering ES module, every widget (what a webmaster pastes)
 * dist/presence-postale.iife.js  the same as a classic script, exports on window.PresencePostale
 * dist/elements/pp-*.js          one element each, self-contained (for pages that want only one)
 * Lit and @lit/localize are bundled in, production builds (no "development" export condition).
 */
/** Bundles fetch the non-French catalogs on demand instead of carrying them (see src/shared/locale-templates.ts). */
const fetchLocaleTemplates = {
  name: 'fetch-locale-templates',
  resolveId(source, importer) {
    if (importer && source === './locale-templates.js' && importer.includes('/src/shared/')) {
      return fileURLToPath(new URL('./src/shared/locale-templates.fetch.ts', import.meta.url));
    }
    return null;
  },
};

const plugins = () => [
  fetchLocaleTemplates,
  nodeResolve(),
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, declaration: false, sourceMap: true}),
  // Do not force terser's `module: true`: it drops the IIFE's global (`var PresencePostale=`).
  terser({ecma: 2021, format: {comments: false}}),
];

const elements = ['pp-contract-timeline'];
const entryOf = {
  'pp-contract-timeline': 'src/contract-timeline/pp-contract-timeline.ts',
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
