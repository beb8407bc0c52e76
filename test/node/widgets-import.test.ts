/**
 * SSR frameworks import component modules on the server: every module under widgets/ must load
 * in Node without a DOM, and registering must then be a no-op rather than a throw.
 */
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const widgetsDir = fileURLToPath(new URL('../../widgets/', import.meta.url));

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('widget modules in Node', () => {
  const files = moduleFiles(widgetsDir);

  it('finds the widget modules', () => {
    expect(files.map((file) => relative(widgetsDir, file))).to.include.members([
      'all.ts',
      'shared/define.ts',
      'shared/sx-element.ts',
    ]);
  });

  for (const file of files) {
    it(`imports ${relative(widgetsDir, file)} without throwing`, async () => {
      await import(pathToFileURL(file).href);
    });
  }

  it('registers nothing and throws nothing where there is no customElements registry', async () => {
    // Lit's Node build installs a registry shim; a bare server runtime may have none.
    const { defineElement } = await import('../../widgets/shared/define.js');
    const scope = globalThis as { customElements?: unknown };
    const registry = scope.customElements;
    delete scope.customElements;
    try {
      expect(() =>
        defineElement('sx-nowhere', class {} as CustomElementConstructor),
      ).not.to.throw();
    } finally {
      scope.customElements = registry;
    }
  });
});
