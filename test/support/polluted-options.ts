/**
 * What a hostile page puts on Object.prototype to change the feed requests (issue #14): every key
 * fetch, Request and ky read as an option, each with a value that would change the request or
 * its answer. One list for the Node and the Chromium suites, so both test the same class.
 */
const evil = 'https://evil.example/';
const hook = () => {
  throw new Error('a hook from the prototype ran');
};

export const POLLUTED_OPTIONS: Record<string, unknown> = {
  method: 'POST',
  json: { evil: 1 },
  searchParams: 'evil=1',
  prefixUrl: `${evil}prefix/`,
  headers: { 'x-evil': '1' },
  referrer: evil,
  referrerPolicy: 'unsafe-url',
  mode: 'no-cors',
  credentials: 'include',
  cache: 'no-store',
  redirect: 'error',
  integrity: 'sha256-evil',
  keepalive: true,
  priority: 'high',
  timeout: 1,
  throwHttpErrors: false,
  retry: { limit: 5, statusCodes: [200], methods: ['get'] },
  hooks: { beforeRequest: [hook], afterResponse: [hook] },
  beforeRequest: [hook],
  afterResponse: [hook],
  shouldRetry: () => true,
  statusCodes: [200, 404],
  parseJson: () => ({ evil: true }),
  onDownloadProgress: hook,
  context: { evil: true },
  etag: '"evil"',
};

/**
 * Node's own fetch (undici) reads these from the prototype whatever its caller passes: a
 * polluted `body` breaks reading every response, and a polluted header name is joined to that
 * header whenever a request sends it (`if-none-match: "evil", "v1"`). Chromium reads neither, so
 * its suite adds them to the list; the Node suite checks the requests its client makes.
 */
export const UNDICI_READS: Record<string, unknown> = { body: 'evil=1', 'if-none-match': '"evil"' };
