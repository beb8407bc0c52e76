import { expect } from '@open-wc/testing';
import { lazyCatalogs, ShownCatalog } from '../../widgets/shared/lazy-catalog.js';
import type { Lang } from '../../widgets/shared/i18n.js';

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

describe('ShownCatalog', () => {
  /** A widget stand-in: its language, and how often it was asked to render again. */
  function host(uiLang: Lang) {
    return {
      uiLang,
      renders: 0,
      requestUpdate() {
        this.renders += 1;
      },
    };
  }

  it('a Chinese widget shows Chinese and imports nothing', () => {
    const { calls, importEnglish } = manualImport();
    const widget = host('zh-CN');
    const words = new ShownCatalog(widget, lazyCatalogs<Words>({ hello: '你好' }, importEnglish));
    expect([words.lang, words.t.hello]).to.deep.equal(['zh-CN', '你好']);
    expect(calls).to.have.length(0);
  });

  it('an English widget shows Chinese until English lands, then renders once in English', async () => {
    const { calls, importEnglish } = manualImport();
    const widget = host('en');
    const words = new ShownCatalog(widget, lazyCatalogs<Words>({ hello: '你好' }, importEnglish));
    expect([words.lang, words.t.hello]).to.deep.equal(['zh-CN', '你好']);
    expect(calls).to.have.length(1);
    calls[0]!.resolve({ hello: 'Hello' });
    await Promise.resolve();
    await Promise.resolve();
    expect(widget.renders).to.equal(1);
    expect([words.lang, words.t.hello]).to.deep.equal(['en', 'Hello']);
  });

  it('after a failed import it stays Chinese, and the next render tries again', async () => {
    const { calls, importEnglish } = manualImport();
    const widget = host('en');
    const words = new ShownCatalog(widget, lazyCatalogs<Words>({ hello: '你好' }, importEnglish));
    expect(words.lang).to.equal('zh-CN');
    calls[0]!.reject(new Error('offline'));
    await Promise.resolve();
    await Promise.resolve();
    expect(widget.renders).to.equal(0);
    expect(words.t.hello).to.equal('你好');
    expect(calls).to.have.length(2);
  });
});
