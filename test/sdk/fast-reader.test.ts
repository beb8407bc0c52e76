import { expect } from 'chai';
import { fastReader } from '../../src/feed/fast-reader.js';
import { useFastReaders } from '../../src/feed/read-spec.js';
import { validateEdition, validateEvents } from '../../src/feed/validate.js';
import { testEdition } from '../support/fixture-edition.js';
import { generateRawEvents, seededRandom } from '../support/generate-events.js';

const edition = validateEdition(testEdition()).value;

/** Every object's keys in order and its prototype, every value: what a caller can tell apart. */
function anatomy(value: unknown): unknown {
  if (Array.isArray(value)) return ['array', ...value.map(anatomy)];
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value) as object | null;
  return {
    inherits: proto === null ? 'null' : Object.getOwnPropertyNames(proto).length,
    frozenProto: proto === null || Object.isFrozen(proto),
    entries: Object.keys(value).map((key) => [key, anatomy((value as never)[key])]),
  };
}

/**
 * Raw events with optional fields left out in many combinations (the generated reader builds a
 * record per combination of the fields present), and some text the interpreter must repair
 * (spaces at an end, a control character), which the generated reader hands back to it.
 */
function variedEvents(count: number): unknown[] {
  const random = seededRandom(7);
  return generateRawEvents(edition, count, 11).map((raw) => {
    const event = structuredClone(raw) as Record<string, unknown>;
    for (const key of Object.keys(event)) {
      if (!['id', 'title', 'category', 'city', 'start', 'end'].includes(key) && random() < 0.3) {
        if (key !== 'venue' || event.online) delete event[key];
      }
    }
    const roll = random();
    if (roll < 0.05) event.title = ` ${String(event.title)}`;
    else if (roll < 0.1) event.title = `${String(event.title)}\u0007`;
    else if (roll < 0.12) event.title = `${String(event.title)}\u3000`;
    // Links each path reads differently: kept as they are, repaired, or refused.
    const link = random();
    if (link < 0.03) event.url = 'HTTPS://example.org/Caps';
    else if (link < 0.06) event.url = 'javascript:alert(1)';
    else if (link < 0.09) event.url = ' https://example.org/space ';
    else if (link < 0.12) event.url = 'https://example.org/\u0007bell';
    else if (link < 0.15) event.url = 'www.example.org/no-scheme';
    else if (link < 0.18) event.url = 'mailto:open-day@example.org';
    return event;
  });
}

describe('generated readers (Node)', () => {
  afterEach(() => useFastReaders(fastReader));

  it('build the same records, key order and prototypes, and the same issues, as the interpreter', () => {
    const events = variedEvents(3000);
    useFastReaders(fastReader);
    const fast = validateEvents(structuredClone(events), edition);
    useFastReaders(() => undefined);
    const slow = validateEvents(structuredClone(events), edition);
    expect(fast.value.length).to.be.greaterThan(1800);
    expect(anatomy(fast.value)).to.deep.equal(anatomy(slow.value));
    expect(fast.issues).to.deep.equal(slow.issues);
    // Repairs happened, so both paths were taken.
    expect(slow.issues.some((issue) => issue.severity === 'warning')).to.equal(true);
  });
});
