// Scripted feed responses for the client tests, served over real HTTP: by a Node server in
// test/node and by web-test-runner's dev server (middleware) in the browser. Plain JS so that
// both can load it without a TypeScript loader.
//
// State is kept per test id (`key` query parameter), so tests never see each other's requests.
// A test first seeds the files it needs, then asks for them through a scenario:
//
//   PUT  /__feed/seed?key=K&file=F         body = the file's text
//   GET  /__feed/ok/F?key=K                200 + ETag + Last-Modified; 304 on a matching
//                                          If-None-Match / If-Modified-Since (`date=` sets Date)
//   GET  /__feed/status/F?key=K&code=404   that status, every time
//   GET  /__feed/flaky/F?key=K&fail=1&code=500
//                                          `fail` answers with `code`, then as `ok`
//   GET  /__feed/rate-limited/F?key=K&fail=1&after=0
//                                          `fail` answers 429 + Retry-After: `after`, then as `ok`
//   GET  /__feed/slow/F?key=K&delay=30     as `ok` after `delay` ms
//   GET  /__feed/hang/F?key=K              never answers; ends when the client gives up
//   GET  /__feed/stall/F?key=K             sends the headers and half the file, then nothing
//   GET  /__feed/invalid-json/F?key=K      200 with a body that is not JSON
//   GET  /__feed/truncated/F?key=K         announces the whole file, sends half, drops the line
//   POST /__feed/break?key=K&code=503      from now on `ok` answers `code` (0: drops the line)
//   GET  /__feed/count?key=K               requests received: {"total": n, "files": {"F": n},
//                                          "statuses": {"F": [500, 200]}} (0: no answer)
//   GET  /__feed/requests?key=K            those requests as sent: method, path, query
//                                          (without `key`), headers (without host, connection)
//
// A manifest is seeded like any file; its resource URLs are relative and carry `?key=K`, e.g.
// {"resources": {"events": {"byCity": {"140100": "events-140100.json?key=K"}}}} served at
// /__feed/ok/manifest.json?key=K resolves to /__feed/ok/events-140100.json?key=K.

import { createHash } from 'node:crypto';

/** @typedef {{ text: string, etag: string, lastModified: string }} SeededFile */
/**
 * @typedef {object} KeyState
 * @property {Map<string, SeededFile>} files
 * @property {Map<string, number[]>} statuses per file, in arrival order (0: no answer sent)
 * @property {number} total requests received (seed, count and break excluded)
 * @property {number} [broken] what `ok` answers after /__feed/break
 * @property {object[]} [requests] what each request sent (for /__feed/requests)
 */

/** @type {Map<string, KeyState>} */
const states = new Map();

/** @param {string} key @returns {KeyState} */
function stateOf(key) {
  let state = states.get(key);
  if (!state) states.set(key, (state = { files: new Map(), statuses: new Map(), total: 0 }));
  return state;
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} body */
function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<string>} */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the seeded file with validators, or 304 when the client's copy is current.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {SeededFile | undefined} file @param {URLSearchParams} params
 */
function serveFile(req, res, file, params) {
  if (!file) return send(res, 404, '{"error":"not seeded"}');
  const headers = {
    etag: file.etag,
    'last-modified': file.lastModified,
    'cache-control': 'no-cache',
    ...(params.get('date') && { date: params.get('date') }),
  };
  const current =
    req.headers['if-none-match'] === file.etag ||
    (!req.headers['if-none-match'] && req.headers['if-modified-since'] === file.lastModified);
  if (current) {
    res.writeHead(304, headers);
    return res.end();
  }
  send(res, 200, file.text, headers);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} false when the request is not one of ours (the dev server then serves files)
 */
export function handleFeedRoute(req, res) {
  const url = new URL(req.url ?? '/', 'http://feed.test');
  if (!url.pathname.startsWith('/__feed/')) return false;
  // Provisional: a host may read the status as soon as this returns (web-test-runner reports a
  // 404 otherwise) while some answers come later; writeHead sets the real one.
  res.statusCode = 200;
  const params = url.searchParams;
  const key = params.get('key') ?? 'default';
  const state = stateOf(key);
  const [, , scenario = '', ...rest] = url.pathname.split('/');
  let fileName;
  try {
    fileName = decodeURIComponent(rest.join('/'));
  } catch {
    send(res, 400, '{"error":"malformed path"}'); // A fuzzed address: answer, never crash.
    return true;
  }

  if (scenario === 'seed') {
    readBody(req).then((text) => {
      const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
      const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
      state.files.set(params.get('file') ?? '', { text, etag, lastModified });
      send(res, 204, '');
    });
    return true;
  }
  if (scenario === 'count') {
    const files = Object.fromEntries(
      [...state.statuses].map(([name, list]) => [name, list.length]),
    );
    const statuses = Object.fromEntries(state.statuses);
    send(res, 200, JSON.stringify({ total: state.total, files, statuses }));
    return true;
  }
  if (scenario === 'requests') {
    send(res, 200, JSON.stringify(state.requests ?? []));
    return true;
  }
  if (scenario === 'break') {
    state.broken = Number(params.get('code') ?? 503);
    send(res, 204, '');
    return true;
  }

  state.total += 1;
  const { host: _host, connection: _connection, ...headers } = req.headers;
  const query = new URLSearchParams(params);
  query.delete('key');
  (state.requests ??= []).push({
    method: req.method,
    path: url.pathname,
    query: `${query}`,
    headers,
  });
  const statuses = state.statuses.get(fileName) ?? [];
  state.statuses.set(fileName, statuses);
  const seen = statuses.push(0);
  res.on('finish', () => (statuses[seen - 1] = res.statusCode));
  const file = state.files.get(fileName);
  const failing = seen <= Number(params.get('fail') ?? 1);

  switch (scenario) {
    case 'ok':
      if (state.broken === 0) req.socket.destroy();
      else if (state.broken) send(res, state.broken, '{"error":"broken"}');
      else serveFile(req, res, file, params);
      break;
    case 'status':
      send(res, Number(params.get('code') ?? 404), '{"error":"scripted"}');
      break;
    case 'flaky':
      if (failing) send(res, Number(params.get('code') ?? 500), '{"error":"flaky"}');
      else serveFile(req, res, file, params);
      break;
    case 'rate-limited':
      if (failing)
        send(res, 429, '{"error":"slow down"}', { 'retry-after': params.get('after') ?? '0' });
      else serveFile(req, res, file, params);
      break;
    case 'slow': {
      const timer = setTimeout(
        () => serveFile(req, res, file, params),
        Number(params.get('delay')),
      );
      res.on('close', () => clearTimeout(timer));
      break;
    }
    case 'hang': {
      // Only the client ends this one; the cap keeps a forgotten request from holding the server.
      const cap = setTimeout(() => res.destroy(), 30_000);
      res.on('close', () => clearTimeout(cap));
      break;
    }
    case 'stall': {
      const body = Buffer.from(file?.text ?? '{}');
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      const cap = setTimeout(() => res.destroy(), 30_000);
      res.on('close', () => clearTimeout(cap));
      break;
    }
    case 'invalid-json':
      send(res, 200, '{"schemaVersion": "1.0", "edition": <html>');
      break;
    case 'truncated': {
      const body = Buffer.from(file?.text ?? '{"schemaVersion":"1.0","events":[]}');
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      break;
    }
    default:
      send(res, 404, '{"error":"unknown scenario"}');
  }
  return true;
}
