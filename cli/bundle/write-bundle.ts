/**
 * Writes a self-host bundle: the CDN build (without source maps), the feed's files, the builder
 * preset to the folder's own address, and the deployment notes. Returns the files written,
 * relative to the folder, `/`-separated.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { PackageAssets } from './assets.js';
import { presetBuilderHtml } from './builder-page.js';
import { deployNotes } from './deploy-notes.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface BundleOptions {
  feedDir: string;
  /** The document partners point at (`manifest.json`, or `feed.json`). */
  feedFile: string;
  out: string;
  assets: PackageAssets;
  /** The folder's public address; without it the builder uses its own location. */
  base?: string;
  lang: 'zh-CN' | 'en';
}

export async function writeBundle(options: BundleOptions): Promise<string[]> {
  const { out, assets } = options;
  const written: string[] = [];
  const put = async (path: string, from: string | { text: string }) => {
    const target = join(out, path);
    await mkdir(dirname(target), { recursive: true });
    if (typeof from === 'string') await copyFile(from, target);
    else await writeFile(target, from.text);
    written.push(path.split(sep).join('/'));
  };
  for (const file of await filesUnder(assets.cdn)) {
    // Maps name files of the npm package, not of this folder: they would only mislead here.
    if (!file.endsWith('.map')) await put(join('cdn', relative(assets.cdn, file)), file);
  }
  for (const file of await filesUnder(options.feedDir)) {
    const path = relative(options.feedDir, file);
    // The feed's published files only: not the spreadsheets or notes a directory may also hold.
    if (/\.(json|ics|html)$/.test(path)) await put(join('feed', path), file);
  }
  const page = await readFile(join(assets.builder, 'index.html'), 'utf8');
  const at = (path: string) => (options.base ? new URL(path, options.base).href : `./${path}`);
  await put('index.html', {
    text: presetBuilderHtml(
      page,
      { loader: at('cdn/loader.js'), src: at(`feed/${options.feedFile}`), lang: options.lang },
      './builder/',
    ),
  });
  for (const name of ['builder.js']) {
    await put(join('builder', name), join(assets.builder, name));
  }
  const files = [...written].sort();
  await put('部署说明.txt', { text: deployNotes(files, 'zh-CN', options.base) });
  await put('DEPLOY.txt', { text: deployNotes(files, 'en', options.base) });
  return written;
}
