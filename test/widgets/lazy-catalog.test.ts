import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { defineElement } from '../../widgets/shared/define.js';
import { lazyCatalogs, shownLang, type LazyCatalogs } from '../../widgets/shared/lazy-catalog.js';
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

describe('shownLang', () => {
  /** A widget stand-in: its language and its renders (Lit folds repeated requests into one). */
  class SxWordsProbe extends LitElement {
    uiLang: Lang = 'en';
    catalogs!: LazyCatalogs<Words>;
    renders = 0;
    shown: string[] = [];
    protected override render(): TemplateResult {
      this.renders += 1;
      // A template asks many times in one render.
      const lang = shownLang(this, this.catalogs);
      this.shown.push(`${lang}:${this.catalogs.get(shownLang(this, this.catalogs))!.hello}`);
      return litHtml`${lang}`;
    }
  }
  defineElement('sx-words-probe', SxWordsProbe);

  async function probe(uiLang: Lang, catalogs: LazyCatalogs<Words>): Promise<SxWordsProbe> {
    const element = document.createElement('sx-words-probe') as SxWordsProbe;
    Object.assign(element, { uiLang, catalogs });
    return fixture<SxWordsProbe>(html`<div>${element}</div>`).then(() => element);
  }

  it('a Chinese widget shows Chinese and imports nothing', async () => {
    const { calls, importEnglish } = manualImport();
    const element = await probe('zh-CN', lazyCatalogs<Words>({ hello: '你好' }, importEnglish));
    expect(element.shown).to.deep.equal(['zh-CN:你好']);
    expect(calls).to.have.length(0);
  });

  it('an English widget shows Chinese until English lands, then renders once in English', async () => {
    const { calls, importEnglish } = manualImport();
    const element = await probe('en', lazyCatalogs<Words>({ hello: '你好' }, importEnglish));
    expect(element.shown).to.deep.equal(['zh-CN:你好']);
    expect(calls).to.have.length(1);
    calls[0]!.resolve({ hello: 'Hello' });
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.renders).to.equal(2);
    expect(element.shown).to.deep.equal(['zh-CN:你好', 'en:Hello']);
  });

  it('after a failed import it stays Chinese, and the next render tries again', async () => {
    const { calls, importEnglish } = manualImport();
    const element = await probe('en', lazyCatalogs<Words>({ hello: '你好' }, importEnglish));
    calls[0]!.reject(new Error('offline'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.renders).to.equal(1);
    element.requestUpdate();
    await element.updateComplete;
    expect(element.shown).to.deep.equal(['zh-CN:你好', 'zh-CN:你好']);
    expect(calls).to.have.length(2);
  });
});
