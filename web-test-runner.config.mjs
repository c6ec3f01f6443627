import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {writeSync} from 'node:fs';
import {ppCommandsPlugin} from './test/helpers/wtr-commands.mjs';
import {CHROMIUM, CHROMIUM_FLAGS} from './scripts/chromium.mjs';
import {faultMiddleware, resilienceCommandsPlugin} from './test/helpers/wtr-resilience.mjs';
import {dataCommandsPlugin, dataFaultMiddleware} from './test/helpers/wtr-data.mjs';
import {cspMiddleware, embedCommandsPlugin} from './test/embed/wtr-embed.mjs';

/** Prints one plain closing line, `wtr: N passed, N failed, N skipped`, for CI log readers. */
function plainCountReporter() {
  return {
    stop({sessions}) {
      let passed = 0, failed = 0, skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        const before = failed;
        walk(session.testResults);
        // a file that failed to load, or logged an error outside a test, has no failed test: count it
        if (!session.passed && failed === before) failed++;
      }
      // WTR's terminal swallows reporter output, so print as the process exits
      process.once('exit', () => writeSync(1, `\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}


export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.js'],
  nodeResolve: true,
  // /__pp-fault/<mode>/<file>: 404, 500, slow, truncated, wrong type… for the data-loading tests (test/resilience/)
  // /__fault/<kind>/<token>/data/… and /__raw/<file>: data loader and data build tests (test/data/, test/helpers/wtr-data.mjs)
  // /__pp-csp/<policy>/<file>: the file with a Content-Security-Policy header (test/embed/wtr-embed.mjs)
  middleware: [faultMiddleware(), dataFaultMiddleware(), cspMiddleware()],
  // esbuild reads experimentalDecorators/useDefineForClassFields from tsconfig.json only when given its path
  plugins: [ppCommandsPlugin(), dataCommandsPlugin(), resilienceCommandsPlugin(), embedCommandsPlugin(), esbuildPlugin({ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname})],
  // One page at a time: a background tab gets no animation frames, and the widgets' tests need them.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  reporters: [defaultReporter(), plainCountReporter()],
  // Lit's one-line dev-mode notice (lit-html in tests resolves its "development" export condition)
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 10000}},
  coverageConfig: {include: ['src/**/*.ts'], exclude: ['src/generated/**'], report: true, reportDir: 'coverage'},
};
