/**
 * Request options that a host page's polluted `Object.prototype` cannot reach (issue #14).
 *
 * `fetch`, `Request` and ky read their options with ordinary property lookups, so a key such as
 * `method`, `body`, `referrer`, `searchParams` or `prefixUrl` put on `Object.prototype` by a page
 * would change the request. Every option object built here inherits nothing and names every key
 * it is read for: every `RequestInit` member the running engine reads (found once by letting the
 * `Request` constructor read a proxy, so members a browser adds are covered too) and every option
 * ky reads. An own key shadows the prototype even when its value is undefined; where an engine
 * copies only defined members into a plain object of its own (Node's undici), the default value
 * is given instead.
 */

type Init = Record<string, unknown>;

/** The spec's defaults, which undici needs spelled out (it re-reads a plain copy of the init). */
const DEFAULTS: Init = {
  method: 'GET',
  body: null,
  referrer: 'about:client',
  referrerPolicy: '',
  mode: 'cors',
  credentials: 'same-origin',
  cache: 'default',
  redirect: 'follow',
  integrity: '',
  keepalive: false,
  window: null,
  priority: 'auto',
  duplex: 'half',
};

let members: string[] | undefined;

/** Every member of `RequestInit` this engine's `Request` constructor reads. */
function requestInitMembers(): string[] {
  if (members) return members;
  const read = new Set<string>(Object.keys(DEFAULTS));
  const probe = new Proxy(Object.create(null) as Init, {
    get(_target, key) {
      if (typeof key === 'string') read.add(key);
      return undefined;
    },
  });
  try {
    new Request('https://example.invalid/', probe);
  } catch {
    // An engine that rejects the probe still read the members it knows before failing.
  }
  return (members = [...read]);
}

/** Undici's own default dispatcher, so an inherited `dispatcher` is never read (Node only). */
function defaultDispatcher(): unknown {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')];
}

/**
 * A `RequestInit` for a GET of `headers` with `signal`: every member the engine reads is its own
 * key, set to the default value (undefined for members this file has no default for).
 */
export function ownRequestInit(headers: HeadersInit, signal: AbortSignal): RequestInit {
  const init = Object.create(null) as Init;
  for (const key of requestInitMembers()) init[key] = DEFAULTS[key];
  init.headers = headers;
  init.signal = signal;
  if ('dispatcher' in init) init.dispatcher = defaultDispatcher();
  return init as RequestInit;
}

/** `init` with the headers, signal and method of `request`: what `fetch(request, init)` sends. */
export function initOf(request: Request): RequestInit {
  const init = ownRequestInit(request.headers, request.signal) as Init;
  init.method = request.method;
  return init as RequestInit;
}

/**
 * ky options that inherit nothing, with every option ky reads set: the request init's members
 * (ky passes its options to `new Request`), ky's own options, and hooks whose lists are
 * explicitly empty (ky reads an absent list from the prototype). Retries are left to the caller
 * (`retry: 0`): ky deep-merges a retry object with whatever `retry` the prototype has.
 */
export function ownKyOptions(init: RequestInit, options: Init): Init {
  const own = Object.create(null) as Init;
  Object.assign(own, init, {
    // ky's options, each read by ky whether or not it is given.
    headers: undefined,
    json: undefined,
    searchParams: '',
    prefixUrl: '',
    parseJson: undefined,
    stringifyJson: undefined,
    onDownloadProgress: undefined,
    onUploadProgress: undefined,
    context: undefined,
    retry: 0,
    hooks: Object.assign(Object.create(null) as Init, {
      beforeRequest: undefined,
      beforeRetry: undefined,
      beforeError: undefined,
      afterResponse: undefined,
    }),
    ...options,
  });
  return own;
}
