// Rollup builds of the embedding tools (issue 6), beside the widget bundles (rollup.config.mjs):
//   dist/embed.js            the script of dist/embed.html (one widget in an iframe, from its URL)
//   dist/embed-resizer.js    optional classic script for the host page: fits embed.html iframes to their content
//   dist/configurateur.js    the configurator page's script; it imports ./presence-postale.js (the page's
//                            own copy of the widgets, not a second one) and has custom-elements.json built in.
// None of them counts in the 20 KB budget of presence-postale.js.
import {execSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const MAIN = '\0presence-postale-main';

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : name.endsWith('.ts') ? stat.mtimeMs : 0);
  }
  return newest;
}

/** custom-elements.json as a module, (re)made by the analyzer when missing or older than src/; only what the configurator reads. */
function manifestModule() {
  return {
    name: 'pp-manifest',
    load(id) {
      if (!id.endsWith('/custom-elements.json')) return null;
      const file = join(root, 'custom-elements.json');
      if (!existsSync(file) || statSync(file).mtimeMs < newestSource(join(root, 'src'))) {
        execSync('npm run --silent analyze', {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
      }
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      const slim = {
        modules: manifest.modules.map((m) => ({
          declarations: (m.declarations ?? [])
            .filter((d) => d.customElement)
            .map(({tagName, customElement, summary, slots, attributes}) => ({
              tagName,
              customElement,
              summary,
              slots: slots?.map(({name, description}) => ({name, description})),
              attributes: attributes?.map(({name, type, default: value, description}) => ({name, type, default: value, description})),
            })),
        })),
      };
      return `export default ${JSON.stringify(slim)};`;
    },
  };
}

/** `import … from '../index.js'` in the configurator → the page's ./presence-postale.js, at run time. */
const mainBundleExternal = {
  name: 'pp-main-external',
  resolveId(source, importer) {
    if (importer?.includes('/src/configurator/') && source === '../index.js') return {id: MAIN, external: true};
    return null;
  },
};

/** @param plugins the widget bundles' plugin factory (TypeScript, terser…) */
export function embedBundles(plugins) {
  return [
    {
      input: 'src/embed/embed-main.ts',
      output: {file: 'dist/embed.js', format: 'es', sourcemap: true},
      plugins: plugins(),
    },
    {
      input: 'src/embed/resizer.ts',
      output: {file: 'dist/embed-resizer.js', format: 'iife', sourcemap: true},
      plugins: plugins(),
    },
    {
      input: 'src/configurator/page.ts',
      output: {file: 'dist/configurateur.js', format: 'es', sourcemap: true, paths: {[MAIN]: './presence-postale.js'}},
      plugins: [mainBundleExternal, manifestModule(), ...plugins()],
    },
  ];
}
