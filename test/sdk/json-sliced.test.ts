import { expect } from 'chai';
import fc from 'fast-check';
import { ArrayCutter, parseJsonSliced } from '../../src/feed/json-sliced.js';

/** What `parseJsonSliced` gives, or the message it rejects with. */
const sliced = (text: string) =>
  parseJsonSliced(text).then(
    (value) => ({ value }),
    (error: Error) => ({ error: `${error.name}: ${error.message}` }),
  );
/** The same from `JSON.parse`. */
const whole = (text: string) => {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
};

/** A big array (over the 512 KiB from which texts are cut), with strings that look like JSON. */
function bigArray(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `evt-${i}`,
    title: `科普讲座 "第${i}场", [a] {b} \\ \\" ,]`,
    nested: [{ deep: [i, null, true, -1.5e3] }, 'x\u2028\ud83d\ude00'],
  }));
}

/**
 * Counts the times the thread is given back, through whichever way yieldToMain uses here:
 * `scheduler.yield()` in Chromium (its continuations go ahead of other tasks, so counting the
 * other tasks that ran would say nothing), `setImmediate` in Node.
 */
function countYields(): { count: number; restore(): void } {
  const g = globalThis as typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };
  const counter = { count: 0, restore: () => {} };
  if (g.scheduler && typeof g.scheduler.yield === 'function') {
    const scheduler = g.scheduler;
    const original = scheduler.yield!;
    scheduler.yield = () => (counter.count++, original.call(scheduler));
    counter.restore = () => void (scheduler.yield = original);
  } else {
    const original = g.setImmediate;
    g.setImmediate = ((...args: Parameters<typeof setImmediate>) => (
      counter.count++,
      original(...args)
    )) as typeof setImmediate;
    counter.restore = () => void (g.setImmediate = original);
  }
  return counter;
}

describe('parseJsonSliced: a big array parsed in pieces, as JSON.parse parses it', () => {
  it('gives the value JSON.parse gives for a big array, yielding between pieces', async () => {
    const text = ` \n${JSON.stringify(bigArray(12_000))}\r\n`;
    expect(text.length).to.be.greaterThan(1_000_000);
    const yields = countYields();
    const result = await parseJsonSliced(text).finally(() => yields.restore());
    expect(result).to.deep.equal(JSON.parse(text));
    // At least once: how many slices a text takes depends on the machine's speed (8 ms each).
    expect(yields.count, 'times the thread was given back while parsing').to.be.at.least(1);
  });

  it('rejects malformed big texts with JSON.parse’s own error', async () => {
    const good = JSON.stringify(bigArray(8000));
    const cut = good.length >> 1;
    const broken = [
      good.slice(0, -1), // no closing bracket
      `${good} x`, // something after the array
      good.replace('},{', '}{'), // a missing comma
      good.replace('},{', '},,{'), // an empty element
      `${good.slice(0, -1)},]`, // a trailing comma
      `[,${good.slice(1)}`, // a leading comma
      good.slice(0, cut) + '"' + good.slice(cut), // a string left open
      good.replace('}]', ']]'), // brackets that do not pair
    ];
    for (const text of broken) {
      const answer = await sliced(text);
      expect(answer, text.slice(-40)).to.deep.equal(whole(text));
      expect(answer).to.have.property('error');
    }
  });

  it('parses anything else in one go: objects, scalars, small arrays', async () => {
    const object = JSON.stringify({ events: bigArray(8000) });
    for (const text of [object, '42', '"[1,2]"', '[]', '  [ ] ', 'null', '']) {
      expect(await sliced(text)).to.deep.equal(whole(text));
    }
  });

  it('cuts only between two top-level elements, for any JSON (property)', () => {
    /** Every piece parsed alone and joined, as parseJsonSliced joins them, or 'malformed'. */
    const inPieces = (text: string) => {
      const cutter = new ArrayCutter(text);
      if (cutter.start < 0) return undefined;
      const out: unknown[] = [];
      let from = cutter.start;
      for (let pieces = 1; !cutter.done; pieces++) {
        const cut = cutter.next(3);
        if (cut === undefined) return 'malformed';
        try {
          const values = JSON.parse(`[${text.slice(from + 1, cut)}]`) as unknown[];
          if (values.length === 0 && (pieces > 1 || !cutter.done)) return 'malformed';
          out.push(...values);
        } catch {
          return 'malformed';
        }
        from = cut;
      }
      return out;
    };
    const check = (text: string) => {
      const pieces = inPieces(text);
      if (pieces === undefined) return;
      const expected = whole(text);
      if ('error' in expected) expect(pieces, text).to.equal('malformed');
      else expect(pieces, text).to.deep.equal(expected.value);
    };
    fc.assert(fc.property(fc.array(fc.jsonValue()), (list) => check(JSON.stringify(list))));
    const token = fc.constantFrom(
      ...['[', ']', '{', '}', ',', ':', '"a"', '"\\""', '"\\\\"', '1', ' ', 'null', '"', '\\'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), (tokens) => check(`[${tokens.join('')}]`)),
      { numRuns: 20_000 },
    );
  });
});
