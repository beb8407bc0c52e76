/**
 * The shrink guard counts the previous feed's records without parsing it (cli/count-records.ts):
 * the count must be what JSON.parse would give for any file, the ones `sx-feed build` wrote and
 * the ones edited since.
 */
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import fc from 'fast-check';
import { countRecords, countTopLevel } from '../../cli/count-records.js';

const bytes = (text: string) => new TextEncoder().encode(text);
/** The name `sx-feed build` gives a file with this content. */
const hashedName = (stem: string, text: string) =>
  `${stem}.${createHash('sha256').update(text).digest('hex').slice(0, 8)}.json`;

/** Records whose text holds every character that could mislead a scan. */
const TRICKY = [
  { id: 'a', title: 'quote " and backslash \\', venue: { name: '},{"id":"x"}' } },
  { id: 'b', title: '\\', topics: ['[', ']', ',', '{', '}'], list: [[], [{}], { a: [1, 2] }] },
  { id: 'c', title: '\\"', summary: '第1场,"科学之夜"\n欢迎,[参加]' },
  { id: 'd', title: '\u2028\u0000\u001f 😀 é', n: 1.5e3, ok: true, none: null },
];

describe('sx-feed build: counting the previous feed', () => {
  it('counts what JSON.parse counts for any list of records, as build writes it', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), (records) => {
        const text = JSON.stringify(records);
        expect(countTopLevel(bytes(text))).to.equal(records.length);
        expect(countRecords(hashedName('events', text), bytes(text), 'events')).to.equal(
          records.length,
        );
      }),
    );
    for (let n = 0; n <= TRICKY.length; n++) {
      const text = JSON.stringify(TRICKY.slice(0, n));
      expect(countRecords(hashedName('events-140100', text), bytes(text), 'events')).to.equal(n);
    }
  });

  it('parses a file whose content no longer matches its name, or that has none', () => {
    const written = JSON.stringify(TRICKY);
    const name = hashedName('events', written);
    // Edited by hand after the build: one record removed, and pretty-printed.
    const edited = JSON.stringify(TRICKY.slice(1), null, 2);
    expect(countRecords(name, bytes(edited), 'events')).to.equal(3);
    expect(countRecords('events.json', bytes(written), 'events')).to.equal(4);
    // The other shape a resource file may have: the list under its kind.
    expect(
      countRecords('events.json', bytes(JSON.stringify({ events: TRICKY })), 'events'),
    ).to.equal(4);
  });

  it('takes the count of a file the build is about to publish only when its bytes match its name', () => {
    const written = JSON.stringify(TRICKY);
    const name = hashedName('events', written);
    // The build knows what it wrote under that name: no element is read.
    expect(countRecords(name, bytes(written), 'events', new Map([[name, 4]]))).to.equal(4);
    // Edited by hand since: the bytes are not what the name says, so they are counted.
    const edited = JSON.stringify(TRICKY.slice(1));
    expect(countRecords(name, bytes(edited), 'events', new Map([[name, 4]]))).to.equal(3);
    // Another file: its own count.
    expect(countRecords(name, bytes(written), 'events', new Map([['x.json', 9]]))).to.equal(4);
  });

  it('counts nothing in a file that is not a list of records, as before', () => {
    for (const text of ['', '[', '[1,', '{"a":1}', 'not json', '\uFEFF[1,2]', '[1]]']) {
      expect(countRecords('events.json', bytes(text), 'events'), text).to.equal(0);
    }
    // A damaged file keeps its name: the hash no longer matches and it is parsed (and refused).
    const text = JSON.stringify(TRICKY);
    expect(countRecords(hashedName('events', text), bytes(text.slice(0, -1)), 'events')).to.equal(
      0,
    );
  });
});
