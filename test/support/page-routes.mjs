// Test pages served with their own response headers by web-test-runner's dev server, loaded by
// the browser tests in an iframe: a page under a strict Content Security Policy (and Trusted
// Types), and a hostile host page. Headers cannot be set on the runner's own test page, and a
// polluted prototype must not reach the runner's mocha and chai.
//
//   GET /__page/csp?build=source|esm|iife&policy=csp|tt|tt-deny
//   GET /__page/hostile?build=source|esm|iife
//
// Every script is an external file (the policy allows no inline script): the guard records
// violations and uncaught errors first, then the hostile prelude (hostile page), then the IIFE
// bundle (iife), then the module that builds the widgets and reports (`run-page.ts`).

// The policy the README promises, and no more: `img-src` allows no `data:` images (a CSS mask or
// background of a data: URL vanishes under it; an icon drawn that way would pass a looser page).
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

/** The Content-Security-Policy of each `policy`. */
const POLICIES = {
  csp: STRICT,
  // Trusted Types, with the policy names the library documents (Lit's own and ours).
  tt: `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html sx-science-week`,
  // Trusted Types where the host does not allow ours: JSON-LD must be skipped, quietly.
  'tt-deny': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

const BUILDS = ['source', 'esm', 'iife'];

/** @param {string} value */
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} false when the request is not one of ours
 */
export function handlePageRoute(req, res) {
  const url = new URL(req.url ?? '/', 'http://page.test');
  const match = /^\/__page\/(csp|hostile)$/.exec(url.pathname);
  if (!match) return false;
  const page = match[1];
  const build = url.searchParams.get('build') ?? 'source';
  const policy = page === 'csp' ? (url.searchParams.get('policy') ?? 'csp') : undefined;
  if (!BUILDS.includes(build) || (policy !== undefined && !(policy in POLICIES))) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('unknown build or policy');
    return true;
  }
  const scripts = [
    '/test/support/pages/guard.js',
    ...(page === 'hostile' ? ['/test/support/pages/hostile-prelude.js'] : []),
    ...(build === 'iife' ? ['/dist/cdn/sx-widgets.iife.js'] : []),
  ];
  const runner = `/test/support/pages/run-page.ts?${url.searchParams}`;
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>sx-science-week ${page} page</title>
${page === 'hostile' && url.searchParams.get('clean') !== '1' ? '<link rel="stylesheet" href="/test/support/pages/hostile.css">' : ''}
${scripts.map((src) => `<script src="${escapeAttribute(src)}"></script>`).join('\n')}
<script type="module" src="${escapeAttribute(runner)}" data-page="${page}"></script>
</head>
<body><main id="widgets"></main></body>
</html>`;
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (policy) headers['content-security-policy'] = POLICIES[policy];
  res.writeHead(200, headers);
  res.end(html);
  return true;
}
