import { expect } from 'chai';
import { listItems, splitList } from '../../src/text/split-list.js';

describe('splitList (every widget reads a list attribute this way)', () => {
  it('splits on commas, full-width commas and spaces, dropping empty items', () => {
    expect(splitList('ai, space')).to.deep.equal(['ai', 'space']);
    expect(splitList('140100，140200 140300,,')).to.deep.equal(['140100', '140200', '140300']);
  });

  it('reads nothing listed as no constraint', () => {
    for (const value of [undefined, null, '', ' , ，'])
      expect(splitList(value)).to.equal(undefined);
  });
});

describe('listItems (the publisher reads list cells with its own separators)', () => {
  it('splits on the given separators and trims each item', () => {
    expect(listItems(' 讲座、 展览 ;参观| ', /[、;|]+/)).to.deep.equal(['讲座', '展览', '参观']);
    expect(listItems('', /,/)).to.deep.equal([]);
  });
});
