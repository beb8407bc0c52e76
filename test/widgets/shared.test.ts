import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { defineElement } from '../../widgets/shared/define.js';
import { SxElement } from '../../widgets/shared/sx-element.js';
import { SharedClock } from '../../widgets/shared/clock.js';
import { normalizeLang } from '../../widgets/shared/i18n.js';
import { termName } from '../../widgets/shared/term-name.js';
import * as stateWords from '../../widgets/shared/error-states.js';
import { FeedController } from '../../widgets/shared/feed-controller.js';
import { lazySharedClient } from '../../src/client/embedded.js';
import { tokenStyles } from '../../widgets/shared/tokens.styles.js';
import { stateStyles } from '../../widgets/shared/states.styles.js';
import {
  renderEmpty,
  renderError,
  renderLoading,
  renderNotices,
  renderStale,
  type FeedStateView,
} from '../../widgets/shared/states.js';
import { safeLink } from '../../widgets/shared/safe-link.js';
import { sharedClient } from '../../src/client/client.js';
import type { SxClient } from '../../src/client/types.js';
import { FeedHttpError, FeedTimeoutError } from '../../src/errors.js';
import type { Edition } from '../../src/feed/types.js';
import { memoryClient } from './countdown-fixtures.js';
import { testEdition } from '../support/fixture-edition.js';

/** A minimal widget: renders whatever template the test gives it, in the shared styles. */
class SxProbe extends SxElement {
  static override styles = [tokenStyles, stateStyles];
  content: (probe: SxProbe) => TemplateResult = (probe) => litHtml`${probe.uiLang}`;
  protected override render(): TemplateResult {
    return litHtml`<div part="base" class="sx-root" lang=${this.uiLang}>${this.content(this)}</div>`;
  }
}
defineElement('sx-probe', SxProbe);

function captureWarnings(): { messages: unknown[][]; restore: () => void } {
  const original = console.warn;
  const messages: unknown[][] = [];
  console.warn = (...args: unknown[]) => void messages.push(args);
  return { messages, restore: () => (console.warn = original) };
}

describe('defineElement', () => {
  it('keeps the first constructor and warns once when another copy defines the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement('sx-twice', First);
      defineElement('sx-twice', Second);
      defineElement('sx-twice', Third);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('sx-twice')).to.equal(First);
    expect(warnings.messages).to.have.length(1);
    expect(String(warnings.messages[0]![0])).to.contain('<sx-twice>');
  });

  it('does not warn when the same constructor is defined again (a module evaluated twice)', () => {
    class Same extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement('sx-same', Same);
      defineElement('sx-same', Same);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(0);
  });
});

describe('SxElement', () => {
  it('reads lang from the element, then the nearest ancestor, else zh-CN', async () => {
    const own = await fixture<SxProbe>(html`<sx-probe lang="en-GB"></sx-probe>`);
    expect(own.shadowRoot!.textContent).to.equal('en');
    // The ancestor as the fixture's parent (fixture() moves it into <body>): a plain element as
    // the fixture root would wait for an animation frame, which a background tab may not give.
    const en = document.createElement('div');
    en.lang = 'en';
    const zhHant = document.createElement('div');
    zhHant.lang = 'zh-Hant';
    const inherited = await fixture<SxProbe>(html`<sx-probe></sx-probe>`, { parentNode: en });
    expect(inherited.shadowRoot!.textContent).to.equal('en');
    const probe = await fixture<SxProbe>(html`<sx-probe></sx-probe>`, { parentNode: zhHant });
    expect(probe.uiLang).to.equal('zh-CN');
  });

  it('re-renders when <html lang> changes', async () => {
    const before = document.documentElement.lang;
    const probe = await fixture<SxProbe>(html`<sx-probe></sx-probe>`);
    try {
      document.documentElement.lang = 'en';
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('en');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('freezes time with a valid now and warns once and uses the clock for an invalid one', async () => {
    const frozen = await fixture<SxProbe>(
      html`<sx-probe now="2025-05-30T10:00:00+08:00"></sx-probe>`,
    );
    expect(frozen.currentTime().toISOString()).to.equal('2025-05-30T02:00:00.000Z');
    const warnings = captureWarnings();
    try {
      const bad = await fixture<SxProbe>(html`<sx-probe now="soon"></sx-probe>`);
      bad.requestUpdate();
      await bad.updateComplete;
      expect(Math.abs(bad.currentTime().getTime() - Date.now())).to.be.below(5000);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
  });

  it('styles the dark theme from the attribute', async () => {
    const probe = await fixture<SxProbe>(html`<sx-probe theme="dark"></sx-probe>`);
    const base = probe.shadowRoot!.querySelector('[part=base]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
  });
});

describe('shared states', () => {
  /** A feed controller's state as the states read it (the controller has downloaded the words). */
  const feedState = (state: Partial<FeedStateView>): FeedStateView => ({
    error: undefined,
    stale: false,
    fetchedAt: undefined,
    missing: [],
    edition: undefined,
    words: stateWords,
    retry: () => undefined,
    reload: () => undefined,
    ...state,
  });

  it('render loading, error, empty and stale accessibly', async () => {
    const probe = await fixture<SxProbe>(html`<sx-probe lang="zh-CN"></sx-probe>`);
    let retried = 0;
    const failed = feedState({
      error: new FeedHttpError('https://x.test/feed.json', 404),
      retry: () => retried++,
      edition: { officialUrl: 'https://kjt.shanxi.gov.cn/' },
    });
    const stale = feedState({ stale: true, fetchedAt: new Date('2025-05-30T06:05:00Z') });
    probe.content = () => litHtml`
      ${renderLoading({ lang: 'zh-CN', rows: 2 })}
      ${renderError(failed, 'zh-CN')}
      ${renderEmpty({ lang: 'zh-CN', hint: '试试其他城市。', onClear: () => undefined })}
      ${renderStale(stale, 'zh-CN', 'Asia/Shanghai')}`;
    probe.requestUpdate();
    await probe.updateComplete;
    const root = probe.shadowRoot!;
    expect(root.querySelector('[part=loading]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('[part=loading]')!.textContent).to.contain('正在加载');
    expect(root.querySelector('[part=error]')!.textContent).to.contain('没有找到数据');
    (root.querySelector('[part=retry]') as HTMLButtonElement).click();
    expect(retried).to.equal(1);
    const official = root.querySelector('a[part=official-link]')!;
    expect(official.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(root.querySelector('[part=stale]')!.textContent).to.contain('14:05');
    await expect(probe).to.be.accessible();
  });

  it('without the downloaded words: a plain error with its retry, and no notices', async () => {
    const probe = await fixture<SxProbe>(html`<sx-probe lang="zh-CN"></sx-probe>`);
    const offline = feedState({
      words: undefined,
      error: new FeedHttpError('https://x.test/feed.json', 404),
      stale: true,
      fetchedAt: new Date('2025-05-30T06:05:00Z'),
      missing: [{ resource: 'events', city: '140200', url: 'https://x.test/e.json', error: 0 }],
      edition: { officialUrl: 'https://kjt.shanxi.gov.cn/' },
    });
    const edition = { timeZone: 'Asia/Shanghai', sample: false };
    probe.content = () =>
      litHtml`${renderError(offline, 'zh-CN')}${renderNotices(offline, 'zh-CN', edition)}`;
    probe.requestUpdate();
    await probe.updateComplete;
    const root = probe.shadowRoot!;
    expect(root.querySelector('[part=error]')!.textContent).to.contain('数据暂时无法显示。');
    expect(root.querySelector('[part=retry]')!.textContent!.trim()).to.equal('重试');
    expect(root.querySelector('[part=official-link], [part=stale], [part=partial]')).to.equal(null);
  });

  it('classifies errors by name', () => {
    expect(stateWords.errorKind(new FeedTimeoutError('u', 10))).to.equal('timeout');
    expect(stateWords.errorKind(new FeedHttpError('u', 500))).to.equal('http');
    expect(stateWords.errorKind(new Error('x'))).to.equal('unknown');
  });
});

describe('safeLink', () => {
  it('links only safe URLs', async () => {
    const probe = await fixture<SxProbe>(html`<sx-probe></sx-probe>`);
    probe.content = () => litHtml`
      ${safeLink({ url: 'javascript:alert(1)', text: 'bad', lang: 'zh-CN', part: 'a' })}
      ${safeLink({ url: 'https://example.org/x', text: 'good', lang: 'zh-CN', part: 'b' })}`;
    probe.requestUpdate();
    await probe.updateComplete;
    const root = probe.shadowRoot!;
    expect(root.querySelector('a[part=a]')).to.equal(null);
    expect(root.querySelector('[part=a]')!.textContent).to.equal('bad');
    expect(root.querySelector('a[part=b]')!.getAttribute('target')).to.equal('_blank');
  });
});

describe('i18n', () => {
  it('normalises tags and names terms', () => {
    expect(normalizeLang('zh-Hans-CN')).to.equal('zh-CN');
    expect(normalizeLang('EN-us')).to.equal('en');
    expect(normalizeLang('fr')).to.equal(undefined);
    const { topics } = testEdition();
    expect(termName(topics, 'ai', 'zh-CN')).to.equal('人工智能');
    expect(termName(topics, 'ai', 'en')).to.equal('Artificial intelligence');
    expect(termName(topics, 'unknown', 'en')).to.equal('unknown');
  });
});

describe('SharedClock', () => {
  function fakeEnvironment(start: number) {
    let now = start;
    const timers = new Map<number, { at: number; callback: () => void }>();
    let nextId = 1;
    const listeners: (() => void)[] = [];
    const doc = {
      hidden: false,
      addEventListener: (_type: string, listener: () => void) => void listeners.push(listener),
      removeEventListener: (_type: string, listener: () => void) =>
        void listeners.splice(listeners.indexOf(listener), 1),
    };
    return {
      doc,
      listeners,
      timers,
      env: {
        now: () => now,
        setTimeout: (callback: () => void, ms: number) => {
          const id = nextId++;
          timers.set(id, { at: now + ms, callback });
          return id;
        },
        clearTimeout: (id: unknown) => void timers.delete(id as number),
        document: doc as unknown as Document,
      },
      /** Moves time to the next timer and runs it. */
      advance() {
        const [id, timer] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0]!;
        timers.delete(id);
        now = timer.at;
        timer.callback();
      },
      setNow(value: number) {
        now = value;
      },
    };
  }

  it('runs one timer for all subscribers, aligned to second boundaries', () => {
    const fake = fakeEnvironment(Date.UTC(2025, 4, 30, 2, 0, 0, 400));
    const clock = new SharedClock(fake.env);
    const seconds: number[] = [];
    const minutes: number[] = [];
    const offA = clock.subscribe((d) => seconds.push(d.getTime()), 'second');
    const offB = clock.subscribe(() => undefined, 'second');
    const offC = clock.subscribe((d) => minutes.push(d.getTime()), 'minute');
    expect(clock.activeTimers).to.equal(1);
    expect(fake.timers.size).to.equal(1);
    fake.advance();
    expect(seconds).to.deep.equal([Date.UTC(2025, 4, 30, 2, 0, 1)]);
    for (let i = 0; i < 59; i++) fake.advance();
    expect(minutes).to.deep.equal([Date.UTC(2025, 4, 30, 2, 1, 0)]);
    offA();
    offB();
    // Only a minute subscriber left: the next timer waits for the minute boundary.
    const [timer] = [...fake.timers.values()];
    expect(timer!.at).to.equal(Date.UTC(2025, 4, 30, 2, 2, 0));
    offC();
    expect(clock.activeTimers).to.equal(0);
    expect(fake.listeners).to.have.length(0);
  });

  it('stops while the page is hidden and ticks at once when it is visible again', () => {
    const fake = fakeEnvironment(Date.UTC(2025, 4, 30, 2, 0, 0));
    const clock = new SharedClock(fake.env);
    const ticks: number[] = [];
    clock.subscribe((d) => ticks.push(d.getTime()), 'minute');
    fake.doc.hidden = true;
    fake.listeners.forEach((listener) => listener());
    expect(clock.activeTimers).to.equal(0);
    fake.setNow(Date.UTC(2025, 4, 30, 2, 30, 10));
    fake.doc.hidden = false;
    fake.listeners.forEach((listener) => listener());
    expect(ticks).to.deep.equal([Date.UTC(2025, 4, 30, 2, 30, 10)]);
    expect(clock.activeTimers).to.equal(1);
  });
});

/** A minimal widget on the one feed controller: shows the edition's title, or the state. */
class SxFeedProbe extends SxElement {
  client: SxClient | undefined;
  loads = 0;
  readonly feed = new FeedController(this, {
    load: async (client) => {
      this.loads += 1;
      return { edition: await client.edition() };
    },
  });
  protected override render(): TemplateResult {
    const { status, value } = this.feed;
    return litHtml`<p part="base">${status === 'ready' ? value!.edition.title : status}</p>`;
  }
}
defineElement('sx-feed-probe', SxFeedProbe);

describe('FeedController', () => {
  const title = (probe: SxFeedProbe) => probe.shadowRoot!.textContent!.trim();

  it('serves the embedded edition as the client would, without importing the client', async () => {
    const lazy = await lazySharedClient(undefined).edition();
    const client = await sharedClient().edition();
    expect(lazy.data).to.deep.equal(client.data);
    expect(lazy).to.include({ source: 'embedded', stale: false });
    expect(lazy.issues).to.deep.equal([]);
  });

  it("loads again from the host's client when it is replaced, and only the latest load counts", async () => {
    const named = (title: string) =>
      memoryClient({ edition: { ...testEdition(), title } as Edition });
    const probe = await fixture<SxFeedProbe>(
      html`<sx-feed-probe .client=${named('第一届')}></sx-feed-probe>`,
    );
    await probe.feed.settled;
    await probe.updateComplete;
    expect(title(probe)).to.equal('第一届');
    probe.client = named('第二届');
    probe.requestUpdate();
    await probe.updateComplete;
    await probe.feed.settled;
    await probe.updateComplete;
    expect(title(probe)).to.equal('第二届');
    expect(probe.loads).to.equal(2);
  });

  it('retry drops the cached copy before it loads again', async () => {
    const client = memoryClient({ fail: new FeedHttpError('https://x.test/feed.json', 500) });
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const probe = await fixture<SxFeedProbe>(
        html`<sx-feed-probe .client=${client}></sx-feed-probe>`,
      );
      await probe.feed.settled;
      expect(probe.feed.status).to.equal('error');
      probe.feed.retry();
      await probe.feed.settled;
      expect(client.calls).to.deep.equal(['edition', 'refresh', 'edition']);
    } finally {
      console.error = quiet;
    }
  });
});
