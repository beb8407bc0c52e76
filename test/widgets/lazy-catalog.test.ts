import { expect } from '@open-wc/testing';
import { lazyCatalogs } from '../../widgets/shared/lazy-catalog.js';

interface Words {
  hello: string;
}

/** An English import that the test settles by hand, counting how often it was asked. */
function manualImport() {
  const calls: { resolve: (words: Words) => void; reject: (error: Error) => void }[] = [];
  const importEnglish = () =>
    new Promise<Words>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, importEnglish };
}

describe('lazyCatalogs', () => {
  it('has Chinese at once and imports nothing for it', async () => {
    const { calls, importEnglish } = manualImport();
    const catalogs = lazyCatalogs<Words>({ hello: '你好' }, importEnglish);
    expect(catalogs.get('zh-CN')).to.deep.equal({ hello: '你好' });
    await catalogs.load('zh-CN');
    expect(calls).to.have.length(0);
  });

  it('imports English once, however many widgets ask, and has it afterwards', async () => {
    const { calls, importEnglish } = manualImport();
    const catalogs = lazyCatalogs<Words>({ hello: '你好' }, importEnglish);
    expect(catalogs.get('en')).to.equal(undefined);
    const first = catalogs.load('en');
    const second = catalogs.load('en');
    expect(calls).to.have.length(1);
    calls[0]!.resolve({ hello: 'Hello' });
    await Promise.all([first, second]);
    expect(catalogs.get('en')).to.deep.equal({ hello: 'Hello' });
    await catalogs.load('en');
    expect(calls).to.have.length(1);
  });

  it('after a failed import, tries again on the next load', async () => {
    const { calls, importEnglish } = manualImport();
    const catalogs = lazyCatalogs<Words>({ hello: '你好' }, importEnglish);
    const failed = catalogs.load('en');
    calls[0]!.reject(new Error('offline'));
    let error: unknown;
    await failed.catch((caught: unknown) => (error = caught));
    expect((error as Error).message).to.equal('offline');
    expect(catalogs.get('en')).to.equal(undefined);
    const retry = catalogs.load('en');
    expect(calls).to.have.length(2);
    calls[1]!.resolve({ hello: 'Hello' });
    await retry;
    expect(catalogs.get('en')).to.deep.equal({ hello: 'Hello' });
  });
});
