/**
 * One form control per attribute and per theme token, made from the manifest (model.ts decides
 * the kind). Plain DOM: the builder should weigh little beside the widget it previews.
 */
import type { Ui } from './i18n.js';
import {
  controlFor,
  type AttributeSpec,
  type TokenSpec,
  type Value,
  type Vocabulary,
} from './model.js';

/** An edition list: `140100` → 太原市 / Taiyuan. */
export interface Term {
  id: string;
  zh: string;
  en: string;
}

export type Lists = Partial<Record<Vocabulary, Term[]>>;

export interface ControlContext {
  ui: Ui;
  lang: 'zh-CN' | 'en';
  lists: Lists;
  /** datetime-local values are turned into instants of this zone. */
  toInstant(local: string): string;
  onChange(name: string, value: Value | undefined): void;
}

let ids = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export { element };

/** The description's first sentence (`e.g.` and `i.e.` do not end one). */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/(?<!\be\.g|\bi\.e)\.(\s|$)/);
  return end > 0 ? flat.slice(0, end + 1) : flat;
}

/** `value` in backticks shown as code: built as nodes, so a description never becomes markup. */
function withCode(text: string): Node[] {
  return text
    .split('`')
    .map((part, i) =>
      i % 2 ? element('code', { textContent: part }) : document.createTextNode(part),
    );
}

type Described = Pick<AttributeSpec, 'description' | 'descriptionZh'>;

/**
 * The help under a control, in the interface's language: the Chinese catalog's text in zh-CN, else
 * the first sentence of the English one, marked `lang="en"` so a screen reader reads it as English.
 */
function helpFor(id: string, spec: Described, lang: 'zh-CN' | 'en'): HTMLElement {
  const zh = lang === 'zh-CN' ? spec.descriptionZh : undefined;
  const node = element('small', { id }, withCode(zh ?? firstSentence(spec.description)));
  if (lang === 'zh-CN' && !zh) node.lang = 'en';
  return node;
}

/** A labelled row: the attribute's name, its control, and the manifest's description. */
function row(
  name: string,
  control: HTMLElement,
  spec: Described,
  lang: 'zh-CN' | 'en',
  inline = false,
): HTMLElement {
  const id = control.id || (control.id = `sx-b-${++ids}`);
  const help = helpFor(`${id}-help`, spec, lang);
  if (!(control instanceof HTMLFieldSetElement)) control.setAttribute('aria-describedby', help.id);
  const label =
    control instanceof HTMLFieldSetElement
      ? control.querySelector('legend')!
      : element('label', { htmlFor: id }, [element('code', { textContent: name })]);
  const box = element('div', { className: inline ? 'row inline' : 'row' });
  box.dataset.attribute = name;
  if (control instanceof HTMLFieldSetElement) box.append(control, help);
  else if (inline) box.append(control, label, help);
  else box.append(label, control, help);
  return box;
}

const termName = (term: Term, lang: 'zh-CN' | 'en') =>
  lang === 'en' ? term.en || term.zh : term.zh;

export function attributeControl(
  attribute: AttributeSpec,
  value: Value | undefined,
  context: ControlContext,
): HTMLElement {
  const { ui, lang, onChange } = context;
  const control = controlFor(attribute);
  const name = attribute.name;
  switch (control.kind) {
    case 'checkbox': {
      const input = element('input', { type: 'checkbox', checked: value === true, name });
      input.addEventListener('change', () => onChange(name, input.checked || undefined));
      return row(name, input, attribute, lang, true);
    }
    case 'select': {
      const select = element('select', { name });
      for (const option of control.options) {
        const text = option === attribute.default ? `${option} ${ui.byDefault}` : option;
        select.append(element('option', { value: option, textContent: text }));
      }
      select.value = typeof value === 'string' ? value : (attribute.default ?? control.options[0]!);
      select.addEventListener('change', () => onChange(name, select.value));
      return row(name, select, attribute, lang);
    }
    case 'vocabulary': {
      const terms = context.lists[control.list];
      if (!terms) break; // the feed's lists are not known: a text field below
      const chosen = new Set(typeof value === 'string' ? value.split(',').filter(Boolean) : []);
      if (control.multiple) {
        const set = element('fieldset', { name }, [
          element('legend', {}, [element('code', { textContent: name })]),
        ]);
        const boxes = terms.map((term) => {
          const box = element('input', {
            type: 'checkbox',
            value: term.id,
            checked: chosen.has(term.id),
          });
          box.addEventListener('change', () => {
            const ids = boxes.filter((b) => b.checked).map((b) => b.value);
            onChange(name, ids.join(',') || undefined);
          });
          set.append(element('label', { className: 'choice' }, [box, ` ${termName(term, lang)}`]));
          return box;
        });
        return row(name, set, attribute, lang);
      }
      const select = element('select', { name }, [
        element('option', { value: '', textContent: ui.all }),
      ]);
      for (const term of terms) {
        select.append(element('option', { value: term.id, textContent: termName(term, lang) }));
      }
      select.value = typeof value === 'string' ? value : '';
      select.addEventListener('change', () => onChange(name, select.value || undefined));
      return row(name, select, attribute, lang);
    }
    case 'datetime': {
      const input = element('input', { type: 'datetime-local', name });
      if (typeof value === 'string') input.value = value.slice(0, 16);
      input.addEventListener('change', () =>
        onChange(name, input.value ? context.toInstant(input.value) : undefined),
      );
      return row(name, input, attribute, lang);
    }
    case 'date': {
      const input = element('input', {
        type: 'date',
        name,
        value: typeof value === 'string' ? value : '',
      });
      input.addEventListener('change', () => onChange(name, input.value || undefined));
      return row(name, input, attribute, lang);
    }
    case 'number': {
      const input = element('input', {
        type: 'number',
        name,
        placeholder: attribute.default ?? '',
      });
      if (typeof value === 'string') input.value = value;
      input.addEventListener('input', () => onChange(name, input.value || undefined));
      return row(name, input, attribute, lang);
    }
    default:
      break;
  }
  const suggestions = control.kind === 'text' ? control.suggestions : [];
  const input = element('input', {
    type: 'text',
    name,
    value: typeof value === 'string' ? value : '',
  });
  if (suggestions.length) {
    const list = element('datalist', { id: `sx-b-list-${++ids}` });
    list.append(...suggestions.map((s) => element('option', { value: s })));
    input.setAttribute('list', list.id);
    input.after(list);
    const box = row(name, input, attribute, lang);
    box.append(list);
    input.addEventListener('change', () => onChange(name, input.value.trim() || undefined));
    return box;
  }
  // Free text (src, q…) takes effect when the editor leaves the field or presses Enter.
  input.addEventListener('change', () => onChange(name, input.value.trim() || undefined));
  return row(name, input, attribute, lang);
}

export function tokenControl(
  token: TokenSpec,
  value: string | undefined,
  lang: 'zh-CN' | 'en',
  onChange: (name: string, value: string | undefined) => void,
): HTMLElement {
  const input = element('input', {
    type: 'color',
    name: token.name,
    value: value ?? token.default ?? '#000000',
  });
  input.addEventListener('input', () => onChange(token.name, input.value));
  return row(token.name, input, token, lang);
}
