/**
 * The builder page preset for one place: the loader it puts in snippets, the feed it previews
 * and where its script is. The static page carries a JSON block that these values replace, so
 * the same file works from the npm CDN, from `sx-feed serve` and from a self-host bundle.
 */
import { jsonForScript } from '../render-html.js';

export interface BuilderPreset {
  /** The loader URL the snippet names (relative URLs are read against the page's address). */
  loader: string;
  /** The feed to preview; empty for the embedded edition. */
  src: string;
  /** The interface language to start in. */
  lang?: 'zh-CN' | 'en';
}

const PRESET = /(<script type="application\/json" id="sx-builder-preset">)[\s\S]*?(<\/script>)/;
const SCRIPT = /(<script type="module" src=")[^"]*(builder\.js")/;

/** The page with `preset` in place and, when given, its script loaded from `scriptBase`. */
export function presetBuilderHtml(
  html: string,
  preset: BuilderPreset,
  scriptBase?: string,
): string {
  if (!PRESET.test(html)) throw new Error('the builder page has no preset block');
  let page = html.replace(
    PRESET,
    (_all, open: string, close: string) => open + jsonForScript(preset) + close,
  );
  if (scriptBase !== undefined) {
    page = page.replace(SCRIPT, (_all, open: string, name: string) => open + scriptBase + name);
  }
  return page;
}
