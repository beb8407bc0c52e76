// The widgets that exist right now: every `widgets/<name>/<name>.ts`. The builds, the CDN
// loader's tag map, the analyzer and the size report all read this list, so a widget folder
// that is added (or not written yet) needs no edit anywhere else.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders under `widgets/` that hold shared code, not an element. */
const NOT_ELEMENTS = new Set(['shared']);

/**
 * @param {string} root the repository root
 * @returns {{ name: string, tag: string, source: string }[]} sorted by name; `source` is relative
 */
export function discoverWidgets(root) {
  const dir = join(root, 'widgets');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_ELEMENTS.has(entry.name))
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(dir, name, `${name}.ts`)))
    .sort()
    .map((name) => ({ name, tag: `sx-${name}`, source: `widgets/${name}/${name}.ts` }));
}
