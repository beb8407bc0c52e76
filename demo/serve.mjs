// A dependency-free static server for the demo: `demo/` at `/`, the build output `dist/` at
// `/dist/`. Local use only (127.0.0.1). `PORT=9000 node demo/serve.mjs` picks another port.
// Text is sent compressed (brotli, else gzip) as a CDN or a web server would send it, so that
// what the demo measures (Lighthouse, demo-check) is what a visitor downloads.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

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

/** Types worth compressing: text. Images and fonts here are compressed already (SVG is text). */
const compressible = /^(text\/|application\/json|image\/svg\+xml)/;

/** Compressed bodies by file and mtime: each file is compressed once per change, not per request. */
const compressed = new Map();

function encodingFor(acceptEncoding = '') {
  const accepted = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

function compress(file, mtime, body, encoding) {
  const key = `${encoding} ${file}`;
  const cached = compressed.get(key);
  if (cached?.mtime === mtime) return cached.body;
  const result =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 });
  compressed.set(key, { mtime, body: result });
  return result;
}

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
    const raw = await readFile(file);
    const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const encoding = compressible.test(type)
      ? encodingFor(req.headers['accept-encoding'])
      : undefined;
    const { mtimeMs } = await stat(file);
    const body = encoding ? compress(file, mtimeMs, raw, encoding) : raw;
    // One ETag per representation: a cache must not answer a gzip request with brotli bytes.
    const hash = createHash('sha1').update(raw).digest('base64url');
    const etag = `"${hash}${encoding ? `-${encoding}` : ''}"`;
    const headers = {
      'content-type': type,
      'cache-control': cacheControl(pathname),
      etag,
      ...(compressible.test(type) ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
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
