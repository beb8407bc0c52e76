/**
 * The embed builder: pick a widget, set its attributes with controls made from the manifest, see
 * it live at phone or desktop width in light or dark, and copy the snippet. The widgets come from
 * the CDN build named by the page's preset; the builder itself is a few kilobytes of plain DOM.
 */
import { attributeControl, element, tokenControl, type Lists, type Term } from './controls.js';
import { UI, type UiLang } from './i18n.js';
import {
  changedAttributes,
  changedTokens,
  snippet,
  zonedInstant,
  type Value,
  type WidgetSpec,
} from './model.js';
import { Preview, type Scheme, type Width } from './preview.js';
import { MODEL } from './widgets-model.js';

interface Preset {
  loader: string;
  src: string;
  lang?: UiLang;
}

const $ = (id: string) => document.getElementById(id)!;

function readPreset(): Preset {
  const text = document.getElementById('sx-builder-preset')?.textContent ?? '{}';
  const preset = JSON.parse(text) as Partial<Preset>;
  const absolute = (url: string) => (url ? new URL(url, document.baseURI).href : '');
  return {
    loader: absolute(preset.loader || '../cdn/loader.js'),
    src: absolute(preset.src ?? ''),
    ...(preset.lang && { lang: preset.lang }),
  };
}

/** The edition's lists, read with the SDK of the same CDN build as the widgets. */
async function loadLists(loader: string, src: string): Promise<{ lists: Lists; timeZone: string }> {
  const sdk = (await import(/* @vite-ignore */ new URL('sdk.js', loader).href)) as {
    createClient(options: { src?: string }): {
      edition(): Promise<{ data: Record<string, unknown> }>;
    };
  };
  const { data } = await sdk.createClient(src ? { src } : {}).edition();
  const cities = (data.cities as { code: string; name: string; nameEn: string }[]).map(
    (c): Term => ({ id: c.code, zh: c.name, en: c.nameEn }),
  );
  const terms = (key: string) => (data[key] as Term[] | undefined) ?? [];
  return {
    lists: {
      cities,
      topics: terms('topics'),
      audiences: terms('audiences'),
      categories: terms('categories'),
      labKinds: terms('labKinds'),
      awards: terms('awards'),
      spiritFacets: terms('spiritFacets'),
    },
    timeZone: data.timeZone as string,
  };
}

function start(): void {
  const preset = readPreset();
  const model = MODEL;
  const params = new URLSearchParams(location.search);
  const state = {
    lang: (params.get('lang') === 'en' || (!params.get('lang') && preset.lang === 'en')
      ? 'en'
      : 'zh-CN') as UiLang,
    tag: model.widgets.some((w) => w.tag === params.get('widget'))
      ? params.get('widget')!
      : model.widgets[0]!.tag,
    values: Object.fromEntries(
      model.widgets.map((w) => [
        w.tag,
        (preset.src ? { src: preset.src } : {}) as Record<string, Value | undefined>,
      ]),
    ),
    tokens: {} as Record<string, string | undefined>,
    loader: preset.loader,
    width: 'phone' as Width,
    scheme: 'light' as Scheme,
    lists: {} as Lists,
    timeZone: 'Asia/Shanghai',
    listsFor: undefined as string | undefined,
  };
  const widget = (): WidgetSpec => model.widgets.find((w) => w.tag === state.tag)!;
  const preview = new Preview($('frame-host'), '');
  const form = $('controls') as HTMLFormElement;
  form.addEventListener('submit', (event) => event.preventDefault());

  const currentSnippet = () =>
    snippet({
      loader: state.loader,
      tag: state.tag,
      attributes: changedAttributes(widget(), state.values[state.tag]!),
      tokens: changedTokens(widget(), state.tokens),
    });

  /** Preview and snippet after a change; `performance` records how long the preview took. */
  function update(): void {
    const attributes = changedAttributes(widget(), state.values[state.tag]!);
    $('snippet').textContent = currentSnippet();
    $('status').textContent = '';
    void preview
      .show({
        // The preview always uses this page's own loader: the snippet's may not be reachable yet.
        loader: preset.loader,
        tag: state.tag,
        attributes,
        tokens: changedTokens(widget(), state.tokens),
        lang: state.lang,
        scheme: state.scheme,
      })
      .then(() =>
        requestAnimationFrame(() => {
          if (performance.getEntriesByName('sx-builder-input', 'mark').length) {
            performance.measure('sx-builder-change', 'sx-builder-input');
            performance.clearMarks('sx-builder-input');
          }
        }),
      );
  }

  function onAttribute(name: string, value: Value | undefined): void {
    performance.mark('sx-builder-input');
    state.values[state.tag]![name] = value;
    if (name === 'src') void refreshLists();
    update();
  }

  function onToken(name: string, value: string | undefined): void {
    performance.mark('sx-builder-input');
    state.tokens[name] = value;
    update();
  }

  async function refreshLists(): Promise<void> {
    const src = (state.values[state.tag]!.src as string | undefined) ?? '';
    if (state.listsFor === src) return;
    state.listsFor = src;
    try {
      const { lists, timeZone } = await loadLists(preset.loader, src);
      if (state.listsFor !== src) return;
      state.lists = lists;
      state.timeZone = timeZone;
    } catch {
      state.lists = {};
      $('status').textContent = UI[state.lang].listsFailed;
    }
    renderControls();
  }

  function renderControls(): void {
    const ui = UI[state.lang];
    const spec = widget();
    const pick = element('select', { id: 'widget', name: 'widget' });
    for (const w of model.widgets)
      pick.append(element('option', { value: w.tag, textContent: `<${w.tag}>` }));
    pick.value = state.tag;
    pick.addEventListener('change', () => {
      state.tag = pick.value;
      renderControls();
      update();
    });
    const loader = element('input', {
      type: 'url',
      id: 'loader',
      name: 'loader',
      value: state.loader,
    });
    const suggestions = element('datalist', { id: 'loader-suggestions' });
    suggestions.append(
      ...[
        preset.loader,
        `https://cdn.jsdelivr.net/npm/sx-science-week@${model.version}/dist/cdn/loader.js`,
        `https://unpkg.com/sx-science-week@${model.version}/dist/cdn/loader.js`,
      ].map((value) => element('option', { value })),
    );
    loader.setAttribute('list', suggestions.id);
    loader.setAttribute('aria-describedby', 'loader-hint');
    loader.addEventListener('input', () => {
      state.loader = loader.value.trim() || preset.loader;
      $('snippet').textContent = currentSnippet();
    });
    const context = {
      ui,
      lang: state.lang,
      lists: state.lists,
      toInstant: (local: string) => zonedInstant(local, state.timeZone),
      onChange: onAttribute,
    };
    const attributes = element('fieldset', {}, [element('legend', { textContent: ui.attributes })]);
    for (const attribute of spec.attributes) {
      attributes.append(
        attributeControl(attribute, state.values[state.tag]![attribute.name], context),
      );
    }
    const tokens = element('fieldset', {}, [element('legend', { textContent: ui.tokens })]);
    for (const token of spec.tokens.filter((t) => t.default)) {
      tokens.append(tokenControl(token, state.tokens[token.name], state.lang, onToken));
    }
    const reset = element('button', { type: 'button', textContent: ui.resetTokens });
    reset.addEventListener('click', () => {
      performance.mark('sx-builder-input');
      state.tokens = {};
      renderControls();
      update();
    });
    tokens.append(reset);
    form.replaceChildren(
      element('div', { className: 'row' }, [
        element('label', { htmlFor: 'widget', textContent: ui.widget }),
        pick,
      ]),
      element('div', { className: 'row' }, [
        element('label', { htmlFor: 'loader', textContent: ui.loader }),
        loader,
        suggestions,
        element('small', { id: 'loader-hint', textContent: ui.loaderHint }),
      ]),
      attributes,
      tokens,
    );
  }

  function radios<T extends string>(
    name: string,
    legend: string,
    choices: [T, string][],
    current: T,
    set: (v: T) => void,
  ) {
    const group = element('fieldset', {}, [element('legend', { textContent: legend })]);
    for (const [value, text] of choices) {
      const input = element('input', { type: 'radio', name, value, checked: value === current });
      input.addEventListener('change', () => input.checked && set(value));
      group.append(element('label', {}, [input, ` ${text}`]));
    }
    return group;
  }

  function renderChrome(): void {
    const ui = UI[state.lang];
    document.documentElement.lang = state.lang;
    $('title').textContent = ui.title;
    $('intro').textContent = ui.intro;
    $('ui-lang').textContent = ui.language;
    $('preview-heading').textContent = ui.preview;
    $('snippet-heading').textContent = ui.snippet;
    $('copy').textContent = ui.copy;
    preview.frame.title = ui.preview;
    $('toolbar').replaceChildren(
      radios<Width>(
        'width',
        '',
        [
          ['phone', ui.phone],
          ['desktop', ui.desktop],
        ],
        state.width,
        (w) => {
          state.width = w;
          preview.setWidth(w);
        },
      ),
      radios<Scheme>(
        'scheme',
        '',
        [
          ['light', ui.light],
          ['dark', ui.dark],
        ],
        state.scheme,
        (s) => {
          performance.mark('sx-builder-input');
          state.scheme = s;
          update();
        },
      ),
    );
  }

  $('ui-lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh-CN' : 'en';
    renderChrome();
    renderControls();
    update();
  });
  $('copy').addEventListener('click', async () => {
    const ui = UI[state.lang];
    try {
      await navigator.clipboard.writeText(currentSnippet());
      $('status').textContent = ui.copied;
    } catch {
      // No clipboard permission (an http page, an old browser): select the code instead.
      getSelection()?.selectAllChildren($('snippet'));
      $('status').textContent = ui.copyFailed;
    }
  });

  renderChrome();
  renderControls();
  preview.setWidth(state.width);
  update();
  void refreshLists().then(() => {
    // Tests and the bench wait for this: the controls hold the feed's lists.
    document.documentElement.dataset.ready = '';
  });
}

start();
