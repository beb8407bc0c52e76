import type { SafeUrl } from './types.js';

/** Schemes a feed may link to: anything else (`javascript:`, `data:`, `file:` …) could run code or leak. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The common case, accepted without building a `URL`: an allowed scheme followed by characters a
 * browser keeps as they are. Whitespace and control characters go to the slow path, because
 * browsers strip some of them while parsing, which is how `java\tscript:` sneaks through.
 */
const PLAIN_SAFE_URL = /^(?:https?:\/\/[^\s"<>\\^`{|}\x7f]+|(?:mailto|tel):[^\s"<>\\^`{|}\x7f]+)$/i;

/**
 * `value` as a link that is safe to put in `href`, or `undefined`.
 *
 * Only `http:`, `https:`, `mailto:` and `tel:` are kept. A relative URL is resolved against `base`
 * (and rejected without one). Leading and trailing whitespace is ignored.
 *
 * @example safeUrl('https://example.org/notice') // 'https://example.org/notice'
 * @example safeUrl('javascript:alert(1)') // undefined
 * @example safeUrl('events.json', 'https://example.org/feed/') // 'https://example.org/feed/events.json'
 */
export function safeUrl(value: string, base?: string): SafeUrl | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (PLAIN_SAFE_URL.test(trimmed)) return trimmed;
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/**
 * `value` as an `http:` or `https:` address, or `undefined`: for what must be a web page or a
 * picture (an image source, an address to share), where `mailto:` or `tel:` would be no use.
 */
export function safeWebUrl(value: string, base?: string): SafeUrl | undefined {
  const url = safeUrl(value, base);
  return url && /^https?:/i.test(url) ? url : undefined;
}
