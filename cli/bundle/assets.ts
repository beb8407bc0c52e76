/**
 * Where the package's browser files are: the CDN build (dist/cdn) and the embed builder
 * (dist/builder). The CLI runs from dist/cli in the package and from cli/ in this repository
 * (tsx), so the package root is found by walking up to its package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function isOurs(manifest: string): boolean {
  try {
    return (
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'sx-science-week'
    );
  } catch {
    return false;
  }
}

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && isOurs(join(dir, 'package.json')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('sx-science-week: package root not found');
    dir = parent;
  }
  return dir;
}

export interface PackageAssets {
  /** dist/cdn: loader.js, widgets/, chunks/. */
  cdn: string;
  /** dist/builder: index.html, builder.js. */
  builder: string;
  /** custom-elements.json: the elements the package defines, built or not. */
  manifest?: string;
}

export function packageAssets(): PackageAssets {
  const root = packageRoot();
  return {
    cdn: join(root, 'dist', 'cdn'),
    builder: join(root, 'dist', 'builder'),
    manifest: join(root, 'custom-elements.json'),
  };
}
