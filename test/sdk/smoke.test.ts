import { expect } from 'chai';
import { FeedHttpError } from '../../src/errors.js';

describe('errors', () => {
  it('name the class and carry the status', () => {
    const error = new FeedHttpError('https://x.test/feed.json', 503);
    expect(error.name).to.equal('FeedHttpError');
    expect(error.status).to.equal(503);
  });
});
