import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { render } from 'lit';
// Written by `npm run analyze` (run by the storybook scripts): controls come from the elements'
// attributes, properties, events, slots, parts and CSS properties.
import manifest from '../custom-elements.json';
import { forDocs } from './manifest-for-docs.js';
import { controlsForDocs, tokenDeclarations, type DocsArgType } from './controls-for-docs.js';

setCustomElementsManifest(forDocs(manifest));

type Lang = 'zh-CN' | 'en';
type Theme = 'auto' | 'light' | 'dark';

/**
 * Every story renders inside a wrapper carrying the toolbar's language (widgets read `lang` from
 * their nearest ancestor) and theme (set on each widget that does not set its own, since a
 * widget's `theme` is its own attribute).
 */
const withLangAndTheme: Decorator = (story, context) => {
  const lang = (context.globals['lang'] as Lang | undefined) ?? 'zh-CN';
  const theme = (context.globals['theme'] as Theme | undefined) ?? 'auto';
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.dataset['theme'] = theme;
  if (theme !== 'auto') {
    wrapper.style.colorScheme = theme;
    wrapper.style.background = theme === 'dark' ? '#16181d' : '#ffffff';
    // The story's own text around a widget (the news line an inline countdown sits in) too: on
    // the dark background it was Storybook's near-black.
    wrapper.style.color = theme === 'dark' ? '#e6eaef' : '#1f2933';
    wrapper.style.padding = '1rem';
  }
  // The docs page's token controls (controls-for-docs.ts): inherited by every widget inside.
  for (const [property, value] of tokenDeclarations(context.args)) {
    wrapper.style.setProperty(property, value);
  }
  render(story(), wrapper);
  if (theme !== 'auto') {
    for (const element of wrapper.querySelectorAll('*')) {
      if (element.localName.startsWith('sx-') && !element.hasAttribute('theme')) {
        element.setAttribute('theme', theme);
      }
    }
  }
  return wrapper;
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Display language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'Auto (system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-CN', theme: 'auto' },
  decorators: [withLangAndTheme],
  argTypesEnhancers: [
    (context) => controlsForDocs(context.argTypes as Record<string, DocsArgType>) as never,
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
