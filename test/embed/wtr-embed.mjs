// Server side of the embedding tests (test/embed/): pages served under a Content-Security-Policy, and a
// log of every request the browser makes.
//
// CSP route (WTR middleware), for any file of the project served by the test server:
//   /__pp-csp/<policy>/<path of a real file>
// serves the file as usual and, for an HTML file, sends `Content-Security-Policy: POLICIES[policy]`,
// with `report-uri /__pp-csp-report`: the browser posts every violation there, also from pages that
// cannot listen to their own (dist/embed.html, dist/configurateur.html). `GET /__pp-csp-report`
// returns the reports received so far and forgets them.
// Relative URLs in such a page stay under the same prefix (scripts, data: all same-origin).
//
// Commands (browser side: `executeServerCommand(name, payload)`):
//   pp-netlog-start  starts recording every request of the page and its frames (Chrome DevTools Protocol)
//   pp-netlog-stop   stops and returns {requests: [{url, type}], setCookies: [url], cookies: [{name, domain}]}:
//                    every request sent, every response that carried a Set-Cookie header, and every
//                    cookie the browser holds at the end (all origins)

export const POLICIES = {
  // the policy of issue 6, as a commune site would send it
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  // the same for pages that may load the script twice (each copy of Lit creates its "lit-html" policy)
  'strict-duplicates': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
};
const PREFIX = '/__pp-csp/';
const REPORTS = '/__pp-csp-report';

/** Koa middleware of the CSP route. */
export function cspMiddleware() {
  let reports = [];
  return async function ppCsp(ctx, next) {
    if (ctx.path === REPORTS) {
      ctx.set('cache-control', 'no-store');
      if (ctx.method === 'POST') {
        let body = '';
        for await (const chunk of ctx.req) body += chunk;
        try {
          const report = JSON.parse(body)['csp-report'];
          reports.push({page: report['document-uri'], directive: report['effective-directive'] ?? report['violated-directive'], blocked: report['blocked-uri'], sample: report['script-sample'] ?? ''});
        } catch {
          reports.push({malformed: body.slice(0, 200)});
        }
        ctx.status = 204;
      } else {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(reports);
        reports = [];
      }
      return;
    }
    if (!ctx.path.startsWith(PREFIX)) return next();
    const rest = ctx.path.slice(PREFIX.length);
    const slash = rest.indexOf('/');
    const policy = POLICIES[rest.slice(0, slash)];
    if (slash < 0 || !policy) {
      ctx.status = 404;
      ctx.body = 'unknown policy';
      return;
    }
    ctx.path = rest.slice(slash);
    await next();
    if (/\.html$/.test(ctx.path) || String(ctx.type).includes('html')) {
      ctx.set('content-security-policy', `${policy}; report-uri ${REPORTS}`);
      ctx.set('cache-control', 'no-store');
    }
  };
}

const recorders = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function embedCommandsPlugin() {
  return {
    name: 'pp-embed-commands',
    async executeCommand({command, session}) {
      if (command !== 'pp-netlog-start' && command !== 'pp-netlog-stop') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return undefined;
      if (command === 'pp-netlog-start') {
        const cdp = await page.createCDPSession();
        const log = {requests: [], setCookies: []};
        cdp.on('Network.requestWillBeSent', ({request, type}) => log.requests.push({url: request.url, type: type ?? ''}));
        cdp.on('Network.responseReceivedExtraInfo', ({headers, requestId}) => {
          if (Object.keys(headers ?? {}).some((h) => h.toLowerCase() === 'set-cookie')) log.setCookies.push(requestId);
        });
        // frames in other processes (none expected: every frame is same-origin) are attached too
        await cdp.send('Target.setAutoAttach', {autoAttach: true, waitForDebuggerOnStart: false, flatten: true}).catch(() => undefined);
        await cdp.send('Network.enable');
        recorders.set(page, {cdp, log});
        return true;
      }
      const recorder = recorders.get(page);
      if (!recorder) return {requests: [], setCookies: [], cookies: [], error: 'not started'};
      recorders.delete(page);
      const {cookies} = await recorder.cdp.send('Network.getAllCookies');
      await recorder.cdp.detach();
      return {...recorder.log, cookies: cookies.map(({name, domain}) => ({name, domain}))};
    },
  };
}
