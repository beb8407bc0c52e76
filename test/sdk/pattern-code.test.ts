import { expect } from 'chai';
import { patternCode } from '../../src/feed/pattern-code.js';
import { seededRandom } from '../support/seeded-random.mjs';

/** The compiled check of `pattern` as a function, or `undefined` when it is not compiled. */
function compiled(pattern: RegExp): ((text: string) => boolean) | undefined {
  let next = 0;
  const code = patternCode(pattern, 'text', 'return false;', () => `v${next++}`);
  return code === undefined
    ? undefined
    : (new Function('text', `${code}return true;`) as (text: string) => boolean);
}

// Characters near every class edge in the feed's patterns, and some far from them.
const ALPHABET = 'aAzZ09-._:/ @`[{~\u00e9\u4e2d\n';

/** Texts of 0–12 characters from ALPHABET, and the pattern-sized edge cases. */
function texts(count: number): string[] {
  const random = seededRandom(16);
  const list = [
    '',
    'a',
    '1'.repeat(6),
    '1'.repeat(5),
    '1'.repeat(7),
    'a'.repeat(50),
    'a'.repeat(51),
  ];
  list.push('a'.repeat(100), 'a'.repeat(101), `a${'-'.repeat(49)}`, `-${'a'.repeat(10)}`);
  for (let i = 0; i < count; i++) {
    const length = Math.floor(random() * 13);
    let text = '';
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
    list.push(text);
  }
  return list;
}

describe('patternCode (generated readers, Node)', () => {
  const all = texts(20_000);

  for (const pattern of [
    /^[a-z0-9][a-z0-9-]{0,49}$/,
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/,
    /^\d{6}$/,
    /^[a-z]\d?$/,
    /^[a-c]{2}[x-z]*$/,
    /^[.-:]+$/,
  ]) {
    it(`accepts exactly what ${String(pattern)} accepts`, () => {
      const check = compiled(pattern);
      expect(check).to.be.a('function');
      const differ = all.filter((text) => check!(text) !== pattern.test(text));
      expect(differ).to.deep.equal([]);
      // Both answers occur, so the comparison says something.
      expect(all.some((text) => pattern.test(text))).to.equal(true);
    });
  }

  it('leaves every other pattern to the RegExp', () => {
    for (const pattern of [
      /^[a-z]{1,3}[a-z]$/, // a varying atom before the last: reading would need to go back
      /^[a-z]+$/i,
      /^[^a-z]+$/,
      /^(?:https?:\/\/|mailto:|tel:)\S+$/,
      /^[a-z]{2}?$/,
      /[a-z]+/,
      /^[\u4e00-\u9fff]+$/,
    ]) {
      expect(compiled(pattern), String(pattern)).to.equal(undefined);
    }
  });
});
