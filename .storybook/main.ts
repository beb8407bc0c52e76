import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The package's `sideEffects` lists only the shipped element modules (`dist/…`), which is what
 * apps that install it need. Inside this repository the stories import the sources
 * (`widgets/…/*.ts`) for their registration alone, and the bundler would drop those imports as
 * side-effect free, leaving every tag undefined. Mark the sources as having side effects here.
 */
const keepElementRegistrations: Plugin = {
  name: 'sx-keep-element-registrations',
  enforce: 'post',
  transform(code, id) {
    if (/[\\/](widgets|cdn)[\\/].*\.ts$/.test(id))
      return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The Welcome page (MDX) first, then one docs page and the stories per element.
  stories: ['../stories/welcome.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), keepElementRegistrations],
  }),
};

export default config;
