// WTR_MINIFIED=1: the widget tests run over the templates as the build minifies them
// (scripts/minify-literals.mjs), not as written. The minifier drops white space it judges
// unrendered; a test that fails only this way has found a space a visitor would miss.
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const WIDGET_MODULE = /^\/widgets\/.*\.ts$/;

export function minifiedTemplatesPlugin() {
  return {
    name: 'sx-minified-templates',
    async transform(context) {
      if (!WIDGET_MODULE.test(context.path) || typeof context.body !== 'string') return undefined;
      const result = await minifyLiterals(context.body, context.path);
      return result ? { body: result.code } : undefined;
    },
  };
}
