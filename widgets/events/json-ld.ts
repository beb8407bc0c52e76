/**
 * schema.org `Event` JSON-LD for the events a widget shows, so search engines can list the
 * partner page's programme. Written into the light DOM (crawlers do not read shadow roots).
 * Sample records are left out: a preview must never advertise activities that do not exist.
 */
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { regionCity } from '../shared/region.js';

type JsonObject = Record<string, unknown>;

function place(event: ProgrammeEvent, edition: Edition): JsonObject[] {
  const city = regionCity(edition, event.city);
  const locations: JsonObject[] = [];
  if (event.venue) {
    const { venue } = event;
    locations.push({
      '@type': 'Place',
      name: venue.name,
      address: {
        '@type': 'PostalAddress',
        ...(venue.address && { streetAddress: venue.address }),
        ...(city && { addressLocality: city.name }),
        ...(edition.regionName && { addressRegion: edition.regionName }),
        addressCountry: 'CN',
      },
      ...(venue.lat !== undefined &&
        venue.lng !== undefined && {
          geo: { '@type': 'GeoCoordinates', latitude: venue.lat, longitude: venue.lng },
        }),
    });
  }
  if (event.online) {
    const url = safeUrl(event.online.url);
    if (url) locations.push({ '@type': 'VirtualLocation', url });
  }
  return locations;
}

function attendanceMode(event: ProgrammeEvent): string {
  if (event.venue && event.online) return 'https://schema.org/MixedEventAttendanceMode';
  return event.online
    ? 'https://schema.org/OnlineEventAttendanceMode'
    : 'https://schema.org/OfflineEventAttendanceMode';
}

/** One schema.org Event. */
export function eventJsonLd(event: ProgrammeEvent, edition: Edition): JsonObject {
  const locations = place(event, edition);
  const url = event.url ? safeUrl(event.url) : undefined;
  const registration = event.registration?.url ? safeUrl(event.registration.url) : undefined;
  const image = event.image ? safeUrl(event.image.src) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    ...(event.summary && { description: event.summary }),
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceMode(event),
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: event.organiser },
    isAccessibleForFree: event.free,
    inLanguage: 'zh-CN',
    ...(url && { url }),
    ...(image && { image }),
    ...(event.free &&
      registration && {
        offers: {
          '@type': 'Offer',
          url: registration,
          price: 0,
          priceCurrency: 'CNY',
          availability: 'https://schema.org/InStock',
        },
      }),
    superEvent: {
      '@type': 'EventSeries',
      name: edition.title,
      startDate: edition.start,
      endDate: edition.end,
    },
  };
}

/**
 * The script text for `events` (samples left out), or undefined when nothing is left. `<` is
 * escaped so feed text can never close the script element.
 */
export function eventsJsonLdText(
  events: readonly ProgrammeEvent[],
  edition: Edition,
): string | undefined {
  const real = events.filter((event) => !event.sample);
  if (real.length === 0) return undefined;
  const data =
    real.length === 1 ? eventJsonLd(real[0]!, edition) : real.map((e) => eventJsonLd(e, edition));
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The Trusted Types policy name a host's `trusted-types` directive must allow for JSON-LD. */
export const TRUSTED_TYPES_POLICY = 'sx-science-week';

interface ScriptPolicy {
  createScript(text: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): ScriptPolicy;
}

// One policy per page, shared by every copy of the library (the ESM and IIFE drop-ins on one
// page): a second `createPolicy` of the same name throws unless the host allows duplicates.
const POLICY_KEY = Symbol.for('sx-science-week.trusted-types-policy');
type PolicyStore = Record<symbol, ScriptPolicy | null | undefined>;

/**
 * The page's `sx-science-week` policy; undefined where the browser has no Trusted Types (plain
 * strings are then fine); null when the host does not allow that name (JSON-LD is then skipped).
 */
function scriptPolicy(): ScriptPolicy | null | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return undefined;
  const store = globalThis as unknown as PolicyStore;
  if (store[POLICY_KEY] !== undefined) return store[POLICY_KEY];
  let policy: ScriptPolicy | null;
  try {
    // The text is JSON from `eventsJsonLdText` (`<` escaped), data for crawlers, never run.
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (text) => text });
  } catch {
    policy = null;
  }
  Object.defineProperty(store, POLICY_KEY, { value: policy, configurable: true });
  return policy;
}

let skipWarned = false;

function warnSkipped(error?: unknown): void {
  if (skipWarned) return;
  skipWarned = true;
  console.warn(
    `<sx-events> writes no JSON-LD: the page's Trusted Types policy does not allow "${TRUSTED_TYPES_POLICY}" (add it to the trusted-types directive, or set no-json-ld).`,
    ...(error === undefined ? [] : [error]),
  );
}

/**
 * Writes (or replaces, or removes) the `<script type="application/ld+json" data-sx-jsonld>` child.
 * Under Trusted Types the text goes through the `sx-science-week` policy; where the host does not
 * allow it, JSON-LD is skipped with one warning (the list itself is unaffected). Never throws.
 */
export function writeJsonLd(host: HTMLElement, text: string | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-sx-jsonld]');
  if (text === undefined) {
    script?.remove();
    return;
  }
  if (script?.textContent === text) return;
  const policy = scriptPolicy();
  if (policy === null) {
    script?.remove();
    warnSkipped();
    return;
  }
  try {
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute('data-sx-jsonld', '');
    }
    // Trusted Types checks `textContent` of a script as a script sink, even for JSON.
    (script as { textContent: unknown }).textContent = policy ? policy.createScript(text) : text;
    if (!script.isConnected) host.append(script);
  } catch (error) {
    // A Trusted Types policy of the host that rejects it (or any other refusal).
    script?.remove();
    warnSkipped(error);
  }
}
