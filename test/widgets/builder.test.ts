/**
 * The embed builder as an editor uses it (needs the build: `npx rollup -c`): controls made from
 * the manifest, attribute and colour changes shown in the preview and the snippet, a `src` error
 * shown as the widget shows it, the interface in both languages, and the snippet pasted into a
 * fresh page rendering what the preview showed.
 */
import { expect } from '@open-wc/testing';

const PAGE = '/dist/builder/index.html';
const NOW = '2025-05-28T10:00';

/** Resolves when `read` returns something truthy, checking once per frame (no fixed sleeps). */
type Truthy<T> = Exclude<T, false | '' | 0 | null | undefined>;

async function until<T>(read: () => T, what: string, frames = 1200): Promise<Truthy<T>> {
  for (let i = 0; i < frames; i++) {
    const value = read();
    if (value) return value as Truthy<T>;
    await new Promise((done) => requestAnimationFrame(done));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function frame(src: string | undefined, width = 1280, srcdoc?: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width:${width}px;height:900px;border:0`;
  if (srcdoc !== undefined) iframe.srcdoc = srcdoc;
  else iframe.src = src!;
  document.body.append(iframe);
  return iframe;
}

interface Builder {
  iframe: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  set(name: string, value: string | boolean): void;
  snippet(): string;
  previewed(tag: string): HTMLElement & { updateComplete: Promise<unknown> };
}

async function openBuilder(query = ''): Promise<Builder> {
  const iframe = frame(`${PAGE}${query}`);
  const doc = await until(
    () =>
      iframe.contentDocument?.documentElement?.hasAttribute('data-ready') && iframe.contentDocument,
    'the builder',
  );
  const win = iframe.contentWindow as Window & typeof globalThis;
  return {
    iframe,
    doc,
    win,
    set(name, value) {
      const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(
        `#controls [name="${name}"]`,
      )!;
      expect(control, name).to.exist;
      if (control instanceof win.HTMLInputElement && control.type === 'checkbox') {
        control.checked = value as boolean;
      } else control.value = value as string;
      control.dispatchEvent(
        new win.Event(control.type === 'color' ? 'input' : 'change', { bubbles: true }),
      );
      if (control.type === 'number')
        control.dispatchEvent(new win.Event('input', { bubbles: true }));
    },
    snippet: () => doc.getElementById('snippet')!.textContent!,
    previewed: (tag) =>
      (doc.querySelector('#frame-host iframe') as HTMLIFrameElement).contentDocument!.querySelector(
        tag,
      ) as never,
  };
}

const shadowText = (element: Element | null | undefined) =>
  element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('embed builder', function () {
  this.timeout(60_000);
  let builder: Builder;
  afterEach(() => builder?.iframe.remove());

  it('makes a control for every attribute of every widget in the manifest, and colour pickers for the tokens', async () => {
    builder = await openBuilder();
    // The json plugin of the test server serves .json as a module.
    const path = '/dist/builder/widgets.json';
    const model = ((await import(/* @vite-ignore */ path)) as { default: unknown }).default as {
      widgets: { tag: string; attributes: { name: string; type: string; options?: string[] }[] }[];
    };
    expect(model.widgets.map((w) => w.tag)).to.include.members([
      'sx-countdown',
      'sx-events',
      'sx-lab-map',
      'sx-story-card',
    ]);
    for (const widget of model.widgets) {
      builder.set('widget', widget.tag);
      for (const attribute of widget.attributes) {
        const row = builder.doc.querySelector(`#controls [data-attribute="${attribute.name}"]`);
        expect(row, `${widget.tag} ${attribute.name}`).to.exist;
        if (attribute.type === 'enum') {
          const options = [...row!.querySelectorAll('option')].map((o) => o.value);
          expect(options, `${widget.tag} ${attribute.name}`).to.deep.equal(attribute.options);
        }
      }
    }
    builder.set('widget', 'sx-events');
    // The feed's own lists: the embedded edition's cities, a date-time picker for `now`.
    const cities = [
      ...builder.doc.querySelectorAll('[data-attribute="city"] input[type=checkbox]'),
    ];
    expect(cities.length).to.equal(11);
    expect(
      builder.doc.querySelector('[data-attribute="now"] input')!.getAttribute('type'),
    ).to.equal('datetime-local');
    expect(builder.doc.querySelector('input[type=color][name="--sx-color-accent"]')).to.exist;
  });

  it('shows an attribute change in the preview and the snippet, with only what differs from the defaults', async () => {
    builder = await openBuilder();
    builder.set('widget', 'sx-events');
    builder.set('view', 'agenda');
    builder.set('show-past', true);
    const taiyuan = builder.doc.querySelector<HTMLInputElement>(
      '[data-attribute="city"] input[value="140100"]',
    )!;
    taiyuan.checked = true;
    taiyuan.dispatchEvent(new builder.win.Event('change'));
    const element = await until(() => {
      const el = builder.previewed('sx-events');
      return el?.getAttribute('view') === 'agenda' && el;
    }, 'the preview to follow');
    expect(element.getAttribute('city')).to.equal('140100');
    expect(element.hasAttribute('show-past')).to.equal(true);
    expect(builder.snippet()).to.include(
      '<sx-events city="140100" view="agenda" show-past></sx-events>',
    );
    // Back to the default: the attribute leaves the tag.
    builder.set('view', 'list');
    expect(builder.snippet()).to.include('<sx-events city="140100" show-past></sx-events>');
    expect(builder.snippet()).to.match(
      /^<script type="module" src="http:\/\/[^"]+\/dist\/cdn\/loader\.js"><\/script>/,
    );
    await until(() => !builder.previewed('sx-events').hasAttribute('view'), 'view removed');
  });

  it('writes the CSS for a changed colour and applies it to the preview', async () => {
    builder = await openBuilder();
    builder.set('widget', 'sx-story-card');
    builder.set('--sx-color-accent', '#aa0000');
    expect(builder.snippet()).to.include(
      '<style>\nsx-story-card {\n  --sx-color-accent: #aa0000;\n}\n</style>',
    );
    const element = await until(() => builder.previewed('sx-story-card'), 'the story card');
    const view = element.ownerDocument.defaultView!;
    await until(
      () =>
        view.getComputedStyle(element).getPropertyValue('--sx-color-accent').trim() === '#aa0000',
      'the colour',
    );
  });

  it('shows a src that cannot be read as the widget shows it', async () => {
    builder = await openBuilder();
    builder.set('widget', 'sx-events');
    builder.set('src', `${location.origin}/no-such-feed.json`);
    expect(builder.snippet()).to.include(`src="${location.origin}/no-such-feed.json"`);
    const error = await until(
      () => builder.previewed('sx-events')?.shadowRoot?.querySelector('[part~="error"]'),
      'the error state',
    );
    expect(error.getAttribute('role')).to.equal('alert');
  });

  it('previews at phone and desktop width, light and dark', async () => {
    builder = await openBuilder('?widget=sx-events');
    const preview = () => builder.doc.querySelector<HTMLIFrameElement>('#frame-host iframe')!;
    const radio = (name: string, value: string) => {
      const input = builder.doc.querySelector<HTMLInputElement>(
        `input[name="${name}"][value="${value}"]`,
      )!;
      input.checked = true;
      input.dispatchEvent(new builder.win.Event('change'));
    };
    await until(() => preview().contentWindow?.innerWidth === 375, 'a phone-wide page');
    radio('width', 'desktop');
    await until(() => preview().contentWindow?.innerWidth === 1280, 'a desktop-wide page');
    const dark = () => preview().contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches;
    expect(dark()).to.equal(false);
    radio('scheme', 'dark');
    // theme="auto" (the default) follows the visitor's setting: the widget turns dark.
    await until(dark, 'a dark preview');
    expect(builder.snippet()).not.to.include('theme=');
  });

  it('speaks English and Chinese', async () => {
    builder = await openBuilder();
    expect(builder.doc.getElementById('copy')!.textContent).to.equal('复制代码');
    builder.doc.getElementById('ui-lang')!.click();
    expect(builder.doc.getElementById('copy')!.textContent).to.equal('Copy code');
    expect(builder.doc.documentElement.lang).to.equal('en');
    builder.doc.getElementById('copy')!.click();
    const status = await until(
      () => builder.doc.getElementById('status')!.textContent,
      'the confirmation',
    );
    expect([
      'Copied to the clipboard',
      'Could not copy: select the code and press Ctrl+C',
    ]).to.include(status);
  });

  it('explains every attribute and colour in the interface language', async () => {
    builder = await openBuilder('?widget=sx-events');
    const helps = () =>
      [...builder.doc.querySelectorAll<HTMLElement>('#controls small')].map((node) => ({
        text: node.textContent!.trim(),
        lang: node.closest('[lang]')!.getAttribute('lang'),
      }));
    const zh = helps();
    // Every row has help, and in the Chinese interface all of it is Chinese (from the catalogs).
    expect(zh.length).to.be.greaterThan(20);
    for (const { text, lang } of zh) {
      expect(text, 'a help text').to.match(/\p{Script=Han}/u);
      expect(lang).to.equal('zh-CN');
    }
    builder.doc.getElementById('ui-lang')!.click();
    const en = helps();
    expect(en.length).to.equal(zh.length);
    for (const { text } of en) expect(text, 'an English help text').to.match(/^[`\w]/);
    expect(en.map((help) => help.text)).to.include('Initial search text.');
  });

  it('passes axe in both languages (the builder page itself)', async () => {
    builder = await openBuilder('?widget=sx-events');
    // axe-core runs inside the builder's document, as it would for a visitor.
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = builder.doc.createElement('script');
    script.textContent = source;
    builder.doc.head.append(script);
    const axe = (
      builder.win as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    for (const lang of ['zh-CN', 'en']) {
      if (builder.doc.documentElement.lang !== lang) builder.doc.getElementById('ui-lang')!.click();
      // The preview frame holds the widget, which its own tests check.
      const { violations } = await axe.run(
        { exclude: [['#frame-host']] },
        { resultTypes: ['violations'] },
      );
      expect(
        violations.map((v) => `${v.id} (${v.nodes.length})`),
        lang,
      ).to.deep.equal([]);
    }
  });

  it('renders the pasted snippet in a fresh page as the preview shows it', async () => {
    builder = await openBuilder();
    builder.set('widget', 'sx-story-card');
    builder.set('variant', 'feature');
    builder.set('pick', 'daily');
    builder.set('now', NOW);
    builder.set('lang', 'en');
    const code = builder.snippet();
    expect(code).to.match(/now="2025-05-28T10:00:00\+08:00"/);
    const preview = await until(() => {
      const el = builder.previewed('sx-story-card');
      return el?.getAttribute('now') && shadowText(el).length > 20 && el;
    }, 'the preview');
    await preview.updateComplete;
    const pasted = frame(
      undefined,
      375,
      `<!doctype html><html><head><meta charset="utf-8"></head><body>${code}</body></html>`,
    );
    try {
      const fresh = await until(() => {
        const el = pasted.contentDocument?.querySelector('sx-story-card');
        return shadowText(el).length > 20 && el;
      }, 'the pasted snippet');
      await (fresh as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(fresh)).to.equal(shadowText(preview));
      expect(fresh.getAttribute('variant')).to.equal('feature');
    } finally {
      pasted.remove();
    }
  });
});
