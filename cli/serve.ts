/**
 * A small static server for previewing a feed directory the way a CDN should serve it: content
 * types, strong ETags with 304 answers, `immutable` caching for content-hashed files and
 * `no-cache` for the rest (the manifest), and CORS for partner sites. Listens on 127.0.0.1 only.
 * An optional `route` adds pages beside the files (`sx-feed serve`'s builder and preview).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** `events.3f2a9c1b.json`, `events-140100.3f2a9c1b.json`: the name changes with the content. */
export const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function cacheControl(path: string): string {
  return HASHED_NAME.test(path) ? IMMUTABLE : REVALIDATE;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
  'access-control-expose-headers': 'ETag, Date',
  'access-control-max-age': '86400',
};

/** The ETag list of If-None-Match matches (weak comparison, as RFC 9110 asks for this header). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === etag);
}

/** What a route answers: a file from elsewhere (the CDN build), or a generated page. */
export type Routed = { file: string } | { body: string; type: string };
export type Route = (pathname: string, req: IncomingMessage) => Promise<Routed | undefined>;

async function handle(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  route?: Route,
): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...CORS, allow: 'GET, HEAD, OPTIONS' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, CORS).end();
    return;
  }
  const routed = route ? await route(pathname, req) : undefined;
  if (routed && 'body' in routed) {
    send(req, res, Buffer.from(routed.body), routed.type, REVALIDATE);
    return;
  }
  let file = routed?.file ?? resolve(join(root, pathname));
  // Nothing outside the served directory, whatever the path says.
  if (!routed && file !== root && !file.startsWith(root + sep)) {
    res.writeHead(404, CORS).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'manifest.json');
    send(req, res, await readFile(file), contentType(file), cacheControl(file));
  } catch {
    res.writeHead(404, { ...CORS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  }
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  type: string,
  cache: string,
): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ...CORS, 'content-type': type, 'cache-control': cache, etag };
  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Starts serving `dir`; port 0 picks a free port (see `url`). */
export async function startServer(
  dir: string,
  port = 8080,
  host = '127.0.0.1',
  route?: Route,
): Promise<RunningServer> {
  // Loaded here, not at start-up: node:http (with its client half) was ~7 ms of every command's
  // start, and only `serve` needs it.
  const { createServer } = await import('node:http');
  const root = resolve(dir);
  const server = createServer((req, res) => {
    handle(root, req, res, route).catch(() => {
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        server,
        url: `http://${host}:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
