/**
 * The page's first Intl object loads ICU (100–170 ms of a phone's main thread at CPU 4×), so the
 * first render of the countdown, the story card and the lab map creates none: their Chinese text
 * shows at once, and the breaks between its words (`Intl.Segmenter`) go in just after the first
 * paint. Counted by wrapping the Intl constructors and the methods that use ICU before any widget
 * module is loaded (this file has a page of its own); each creation notes whether a render was
 * under way and which widgets were already showing Chinese text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { hanCount, shownLines, wordBreaksShown } from '../support/line-breaks.js';

const created: string[] = [];
/** Intl objects made by a widget's render before that widget had shown its text. */
const inFirstRender: string[] = [];
Error.stackTraceLimit = Infinity;
const TAG_OF: Record<string, string> = {
  SxCountdown: 'sx-countdown',
  SxStoryCard: 'sx-story-card',
  SxLabMap: 'sx-lab-map',
};
const note = (name: string) => {
  created.push(name);
  const shown = showing();
  // Lit's update on the stack: which element renders (its `render` method, by class name).
  const rendering = /performUpdate/.test(new Error().stack!)
    ? Object.keys(TAG_OF).find((cls) => new Error().stack!.includes(`${cls}.render`))
    : undefined;
  if (rendering && !shown.includes(TAG_OF[rendering]!))
    inFirstRender.push(`${name} (${rendering})`);
  shownWhenCreated.push(shown);
};
/** For each Intl object: the widgets already showing their Chinese words when it was made. */
const shownWhenCreated: string[][] = [];
const TAGS = ['sx-countdown', 'sx-story-card', 'sx-lab-map'];
const showing = () =>
  TAGS.filter((tag) =>
    [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('.sx-phrases') ?? [])].some(
      (node) => /\p{sc=Han}/u.test(node.textContent!),
    ),
  );
for (const name of [
  'DateTimeFormat',
  'NumberFormat',
  'Segmenter',
  'Collator',
  'PluralRules',
  'RelativeTimeFormat',
  'ListFormat',
  'DisplayNames',
] as const) {
  const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
  if (!Original) continue;
  (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
    construct(target, args) {
      note(name);
      return new target(...args);
    },
  });
}
for (const [proto, method] of [
  [Date.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString'],
  [Number.prototype, 'toLocaleString'],
  [String.prototype, 'localeCompare'],
] as const) {
  const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
  Object.defineProperty(proto, method, {
    configurable: true,
    writable: true,
    value(this: unknown, ...args: unknown[]) {
      note(method);
      return original.apply(this, args);
    },
  });
}

const DURING = '2025-05-26T10:00:00+08:00';

describe('word breaks after the first paint', () => {
  it('countdown, story card and lab map show their Chinese text before any Intl object', async () => {
    await Promise.all([
      import('../../widgets/countdown/countdown.js'),
      import('../../widgets/story-card/story-card.js'),
      import('../../widgets/lab-map/lab-map.js'),
    ]);
    const box = await fixture<HTMLElement>(
      html`<div lang="zh-CN" style="width: 336px; font-size: 16px">
        <p>讯<sx-countdown now=${DURING}></sx-countdown>，活动。</p>
        <sx-story-card now=${DURING}></sx-story-card>
        <sx-lab-map now=${DURING} limit="16"></sx-lab-map>
      </div>`,
    );
    const widgets = [...box.querySelectorAll('sx-countdown, sx-story-card, sx-lab-map')];
    await Promise.all(widgets.map((w) => (w as HTMLElement & { loaded: Promise<void> }).loaded));
    const [countdown, , labMap] = widgets.map((w) => w.shadowRoot!);
    // Content is there: the countdown's words, the lab cards' summaries.
    expect(countdown!.querySelector('[part~="label"]')!.textContent).to.contain('闭幕');
    const summaries = [...labMap!.querySelectorAll('.summary, .notes')];
    expect(summaries.length).to.be.above(10);
    await wordBreaksShown();
    // Only the Segmenters (the shared phrases', the countdown's), made once text was shown.
    expect(created.filter((name) => name !== 'Segmenter')).to.deep.equal([]);
    expect(created.length).to.be.at.most(2);
    expect(inFirstRender, 'made by a first render').to.deep.equal([]);
    for (const shown of shownWhenCreated) expect(shown, created.join()).to.not.deep.equal([]);
    for (const root of widgets.map((w) => w.shadowRoot!)) {
      expect(root.querySelectorAll('.sx-phrases wbr').length, root.host.localName).to.be.above(0);
    }
    // …and they are the right breaks: no summary ends on a lone character at this width.
    for (const text of summaries) {
      const lines = shownLines(text);
      expect(hanCount(lines.at(-1)!), lines.join(' / ')).to.not.equal(1);
    }
  });
});
