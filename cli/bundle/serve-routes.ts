/**
 * The pages `sx-feed serve` adds beside the feed's files:
 * - `/` in a browser: the embed builder on the served feed (a script asking for `/` still gets the
 *   manifest, so the directory URL stays a valid `src`);
 * - `/preview`: every widget on the feed, with its problems per file;
 * - `/_sx/cdn/…` and `/_sx/builder/…`: the package's CDN build and builder script.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { Lang } from '../messages.js';
import { loadFeed, FeedReadError, readJson } from '../read-feed.js';
import type { Route, Routed } from '../serve.js';
import type { PackageAssets } from './assets.js';
import { presetBuilderHtml } from './builder-page.js';
import { renderPreviewPage } from './preview-page.js';
import { problemsByFile } from './problems-by-file.js';
import type { FeedIssue, ResourceRef } from '../../src/feed/types.js';

export const CDN_PATH = '/_sx/cdn/';
export const BUILDER_PATH = '/_sx/builder/';
const HTML = 'text/html; charset=utf-8';

/** `rest` under `dir`, or undefined when the path tries to leave it. */
function inside(dir: string, rest: string): string | undefined {
  const file = resolve(join(dir, rest));
  return file.startsWith(dir + sep) ? file : undefined;
}

/** The document partners point `src` at: the manifest when there is one, else feed.json. */
export function feedFile(root: string): string {
  return existsSync(join(root, 'manifest.json')) || !existsSync(join(root, 'feed.json'))
    ? 'manifest.json'
    : 'feed.json';
}

const origin = (req: IncomingMessage) => `http://${req.headers.host ?? 'localhost'}`;

/**
 * The tags to preview: those the CDN build can load, or, when it is not built (a checkout before
 * `npm run build`, where serve already warns), those the package's manifest declares — so the page
 * still lists every widget with the feed it would show, instead of none.
 */
async function widgetTags(assets: PackageAssets): Promise<string[]> {
  const files = await readdir(join(assets.cdn, 'widgets')).catch(() => [] as string[]);
  const built = files.filter((f) => f.endsWith('.js')).map((f) => `sx-${f.slice(0, -3)}`);
  if (built.length || !assets.manifest) return built;
  const manifest = (await readJson(assets.manifest).catch(() => undefined)) as
    { modules?: { declarations?: { tagName?: unknown }[] }[] } | undefined;
  const declared = (manifest?.modules ?? []).flatMap((module) =>
    (module.declarations ?? []).map((declaration) => declaration.tagName),
  );
  return [
    ...new Set(
      declared.filter((tag): tag is string => typeof tag === 'string' && tag.startsWith('sx-')),
    ),
  ].sort();
}

async function previewPage(
  root: string,
  assets: PackageAssets,
  lang: Lang,
  req: IncomingMessage,
): Promise<string> {
  const main = feedFile(root);
  const feedUrl = `${origin(req)}/${main}`;
  let title = '';
  let issues: FeedIssue[] = [];
  let resources: Partial<Record<'events' | 'labs' | 'stories', ResourceRef>> | undefined;
  try {
    const feed = await loadFeed(join(root, main), { cwd: root });
    title = lang === 'en' ? feed.edition.titleEn || feed.edition.title : feed.edition.title;
    issues = feed.issues;
    const json = (await readJson(join(root, main))) as { resources?: typeof resources };
    resources = json.resources;
  } catch (error) {
    // An unreadable or unusable feed is the first problem to show, not a server error.
    const message =
      error instanceof FeedReadError
        ? `${error.location}: ${error.message}`
        : (error as Error).message;
    issues = [{ path: main, message, severity: 'error' }];
  }
  return renderPreviewPage({
    lang,
    title,
    feedUrl,
    loaderUrl: `${CDN_PATH}loader.js`,
    tags: await widgetTags(assets),
    problems: problemsByFile(main, resources, issues),
  });
}

export function organiserRoutes(dir: string, lang: Lang, assets: PackageAssets): Route {
  const root = resolve(dir);
  return async (pathname, req): Promise<Routed | undefined> => {
    if (pathname.startsWith(CDN_PATH)) {
      const file = inside(assets.cdn, pathname.slice(CDN_PATH.length));
      return { file: file ?? join(assets.cdn, '\0missing') };
    }
    if (pathname.startsWith(BUILDER_PATH)) {
      const file = inside(assets.builder, pathname.slice(BUILDER_PATH.length));
      return { file: file ?? join(assets.builder, '\0missing') };
    }
    if (pathname === '/preview' || pathname === '/preview/') {
      return { body: await previewPage(root, assets, lang, req), type: HTML };
    }
    if (pathname === '/' && /\btext\/html\b/.test(req.headers.accept ?? '')) {
      const page = await readFile(join(assets.builder, 'index.html'), 'utf8').catch(
        () => undefined,
      );
      if (!page) return undefined; // no builder built: the manifest, as before
      const preset = {
        loader: `${origin(req)}${CDN_PATH}loader.js`,
        src: `${origin(req)}/${feedFile(root)}`,
        lang,
      };
      return { body: presetBuilderHtml(page, preset, BUILDER_PATH), type: HTML };
    }
    return undefined;
  };
}
