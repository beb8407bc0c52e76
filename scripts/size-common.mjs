// What the size benches and the size report share: gzip as a CDN sends it, and esbuild bundling a
// widget page the way the CDN build ships it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Bytes after gzip -9. */
export const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** esbuild options for a page bundle as the CDN ships it (add entryPoints and outdir). */
export function pageBuildOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    // As Rollup and terser write it: Chinese text as UTF-8, not \u escapes.
    charset: 'utf8',
    tsconfig: join(root, 'tsconfig.build.json'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
}

/**
 * The build's literal minifier (scripts/minify-literals.mjs: styles and markup, as the CDN ships
 * them) as esbuild plugins, when `root` has it; an older checkout's CSS-only step otherwise.
 */
export function cssPlugins(root) {
  const load = (file) => import(pathToFileURL(join(root, 'scripts', file)).href);
  return load('minify-literals.mjs').then(
    ({ minifyLiteralsEsbuild }) => [minifyLiteralsEsbuild(readFile)],
    () =>
      load('css-literals.mjs').then(
        ({ cssLiteralsEsbuild }) => [cssLiteralsEsbuild(readFile)],
        () => [],
      ),
  );
}

/** A metafile output and what it imports (statically by default), transitively. */
export function outputClosure(outputs, start, kinds = ['import-statement']) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { path: next, kind } of outputs[path].imports) {
      if (kinds.includes(kind) && outputs[next]) visit(next);
    }
  };
  visit(start);
  return seen;
}

/**
 * Lit alone, bundled, minified and gzipped the way the pages are: to tell the library from our code.
 * `decorators` adds the two decorators the widgets use.
 */
export async function litAloneGzip(root, { decorators = false } = {}) {
  const { build } = await import('esbuild');
  const lit = await build({
    stdin: {
      contents: `export { LitElement, adoptStyles, html, css, nothing } from 'lit';
        ${decorators ? "export { property, state } from 'lit/decorators.js';" : ''}`,
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gz(lit.outputFiles[0].contents);
}
