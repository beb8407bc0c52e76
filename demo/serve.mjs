// A dependency-free static server for the demo: `demo/` at `/`, the build output `dist/` at
// `/dist/`. Local use only (127.0.0.1). `PORT=9000 node demo/serve.mjs` picks another port.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const mounts = [
  ['/dist/', join(repo, 'dist')],
  ['/', join(repo, 'demo')],
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file for a URL path, or undefined when it is outside every mount. */
function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, pathname.slice(prefix.length)));
    return file === dir || file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

async function readable(file) {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return readable(join(file, 'index.html'));
  return info?.isFile() ? file : undefined;
}

/** Hashed CDN chunks never change; everything else is revalidated (ETag) on each load. */
function cacheControl(pathname) {
  return /\/chunks\/[^/]+-[\w-]{8,}\.js$/.test(pathname)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const candidate = fileFor(decodeURIComponent(pathname));
    const file = candidate && (await readable(candidate));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = await readFile(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': cacheControl(pathname),
      etag,
      // The demo feeds are fetched from other local origins too (Storybook, tests).
      'access-control-allow-origin': '*',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => {
  console.log(`sx-science-week demo: http://127.0.0.1:${port}/`);
});
