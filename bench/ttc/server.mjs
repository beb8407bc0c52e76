// The server of the time-to-content bench: HTTP/2 over TLS with gzip, as a CDN serves a partner's
// page (a plain HTTP/1.1 server would make the browser open six connections and hide the cost of
// request waves behind them). The certificate is self-signed, made at start-up by openssl, and
// the browser is told to accept it (--ignore-certificate-errors). Files are compressed once
// (gzip -9, as a CDN's cache holds them), so the server's CPU is not in the measured time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A self-signed certificate for 127.0.0.1, valid one day, in PEM. */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'sx-ttc-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.js', '.mjs', '.json', '.html', '.css', '.svg']);

/**
 * Serves `pages` (path → HTML string) and the files under each `mounts` prefix (URL prefix →
 * directory). Resolves to `{ origin, close, gzipBytes(path) }`; gzipBytes is the size of a path
 * as it travelled (0 when never served).
 */
export function serveH2({ pages, mounts }) {
  const cache = new Map();
  /** Body, type and gzip of one path, read and compressed once. */
  const entry = (path) => {
    if (cache.has(path)) return cache.get(path);
    let body;
    let type = 'text/html; charset=utf-8';
    if (path in pages) body = Buffer.from(pages[path]);
    else {
      const prefix = Object.keys(mounts).find((item) => path.startsWith(item));
      if (!prefix) return undefined;
      const dir = mounts[prefix];
      const file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
      if (!file.startsWith(dir + sep)) return undefined;
      try {
        body = readFileSync(file);
      } catch {
        return undefined;
      }
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const gzip =
      COMPRESSIBLE.has(extname(path)) || path in pages ? gzipSync(body, { level: 9 }) : null;
    const item = { body, type, gzip };
    cache.set(path, item);
    return item;
  };

  const server = createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true });
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const item = entry(path);
    if (!item) return res.writeHead(404).end();
    const gzip = item.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': item.type,
      // A first visit: the bench disables the cache too, this only keeps the answer honest.
      'cache-control': 'no-store',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    res.end(gzip ? item.gzip : item.body);
  });
  // A stream reset by a closed tab is not an error of the bench.
  server.on('sessionError', () => {});
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        origin: `https://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
        gzipBytes: (path) => {
          const item = entry(path);
          return item ? (item.gzip ?? item.body).length : 0;
        },
      });
    });
  });
}
