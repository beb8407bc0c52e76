// The last step of `npm run build`: what npm packs, without what no app can use.
// - Declarations no public entry reaches: `tsc` writes one per source module, but the exports map
//   lets an app import only the entries, so a `.d.ts` that no entry's declarations import (an
//   element's template helpers, the client's internals…) is never read by any editor or compiler.
//   They were 95 of 147 files, half the declarations' packed bytes. The ones that stay keep their
//   doc comments (editors show them), except those of private members and a module's opening
//   comment before its imports, which no editor shows (`slimDeclaration`; 2 KB gz of the tarball),
//   and an element's manifest tags (parts, CSS properties, events), which editors take from the
//   manifest and the generated typings.
// - custom-elements.json without indentation: tools read it, people read the README and the
//   typings (`npm run analyze` writes the indented form back for development).
// - One copy of the sample data: the CDN build re-emits each of the library's data modules
//   (dist/src/data/shanxi-2025/*.json.js) as its own lazy chunk (dist/cdn/chunks/data-*.js), the
//   same values and exports. The library's module becomes a re-export of that chunk (23 KB gz of
//   the tarball), so the CDN and `sx-feed bundle`, which copies dist/cdn, stay self-contained.
// test/node/package.test.ts holds the result to it: every relative import of a shipped
// declaration resolves to a shipped file.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);
const toPosix = (path) => path.split(sep).join('/');

/** A doc comment (its line) right before a `private` member's declaration. */
const PRIVATE_DOC = /\n[ \t]*\/\*\*(?:[^*]|\*(?!\/))*\*\/(?=\n[ \t]*private\b)/g;

/**
 * A module's opening doc comment when an import or a re-export follows it: it is attached to that
 * statement, which no editor's hover or completion shows (the maintainers read it in the source).
 * Before a declaration (`export declare class…`) it is that declaration's documentation: kept.
 */
const MODULE_DOC = /^\/\*\*(?:[^*]|\*(?!\/))*\*\/\n(?=import\b|export (?:type )?(?:\{|\*))/;

/**
 * An element's manifest tags in its class comment (`@csspart`, `@cssprop`, `@fires`, `@slot`…,
 * each with its indented continuation lines): the analyzer reads them from the source and they
 * reach editors through custom-elements.json, web-types and the VS Code data, where they are
 * completed and checked; in a `.d.ts` a hover shows them as a wall of tags under the summary.
 * The class's prose, `@summary` and `@example` stay.
 */
const MANIFEST_TAG =
  /\n[ \t]*\* @(?:csspart|cssprop|cssproperty|cssstate|slot|fires|event)\b[^\n]*(?:\n[ \t]*\* {2,}\S[^\n]*)*/g;

/** Runs of blank comment lines (left where a block of tags was) as one. */
const BLANK_COMMENT_LINES = /(\n[ \t]*\*)(?:\n[ \t]*\*(?=\n))+/g;

/** A shipped declaration file without the doc comments no editor shows. */
export const slimDeclaration = (text) =>
  text
    .replace(MODULE_DOC, '')
    .replace(PRIVATE_DOC, '')
    .replace(MANIFEST_TAG, '')
    .replace(BLANK_COMMENT_LINES, '$1');

/** Every file under `dir` (relative to the root, posix separators). */
function walk(dir) {
  if (!existsSync(at(dir))) return [];
  return readdirSync(at(dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(at(path)).isDirectory() ? walk(path) : [path];
  });
}

/** The `types` targets of the exports map (and `types`), patterns expanded against dist/. */
export function typeEntries(pkg, files) {
  const targets = [pkg.types];
  const visit = (value, condition) => {
    if (typeof value === 'string') {
      if (condition === 'types' || value.endsWith('.d.ts')) targets.push(value);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, key);
    }
  };
  visit(pkg.exports);
  const entries = new Set();
  for (const target of targets.filter(Boolean).map((t) => t.replace(/^\.\//, ''))) {
    if (!target.includes('*')) entries.add(target);
    else {
      // `*` in an exports target matches any text, slashes included (as Node resolves it).
      const pattern = new RegExp(
        `^${target
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('(.+)')}$`,
      );
      for (const file of files) {
        const match = pattern.exec(file);
        // Every `*` of a pattern stands for the same text.
        if (match && match.slice(1).every((text) => text === match[1])) entries.add(file);
      }
    }
  }
  return [...entries];
}

/** The declaration files `entries` import, transitively (relative imports only). */
export function declarationClosure(entries, read) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    const text = read(file);
    if (text === undefined) return;
    seen.add(file);
    for (const [, specifier] of text.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g,
    )) {
      const target = toPosix(join(dirname(file), specifier)).replace(/\.js$/, '.d.ts');
      visit(target);
    }
  };
  entries.forEach(visit);
  return seen;
}

/** The names a module's final `export{…}` clause exports (the form rollup writes). */
export function exportNames(code) {
  const clause = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code);
  if (!clause) return undefined;
  return clause[1]
    .split(',')
    .map((item) =>
      item
        .trim()
        .split(/\s+as\s+/)
        .pop(),
    )
    .sort();
}

/**
 * Each dist/src/data module whose CDN chunk exports the same names turns into a re-export of it;
 * a module without exactly one such chunk stays as it is (and is reported).
 */
function shareSampleData() {
  const dataDir = 'dist/src/data/shanxi-2025';
  const chunks = walk('dist/cdn/chunks');
  for (const file of walk(dataDir).filter((path) => path.endsWith('.json.js'))) {
    const name = basename(file, '.json.js');
    const code = readFileSync(at(file), 'utf8');
    const names = exportNames(code);
    const twins = chunks.filter((chunk) => {
      if (!new RegExp(`/data-${name}-[\\w-]{8}\\.js$`).test(chunk)) return false;
      const chunkNames = exportNames(readFileSync(at(chunk), 'utf8'));
      return names !== undefined && chunkNames?.join() === names.join();
    });
    if (twins.length !== 1) {
      console.warn(`slim-package: ${file} kept (${twins.length} CDN chunks with its exports)`);
      continue;
    }
    const target = toPosix(relative(dirname(at(file)), at(twins[0])));
    const named = names.filter((exported) => exported !== 'default');
    const lines = [];
    if (named.length) lines.push(`export*from'${target}';`);
    if (names.includes('default')) lines.push(`export{default}from'${target}';`);
    writeFileSync(at(file), `${lines.join('\n')}\n`);
    console.log(`slim-package: ${file} re-exports ${twins[0]}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  shareSampleData();

  const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  const declarations = walk('dist').filter((file) => file.endsWith('.d.ts'));
  const entries = [
    ...typeEntries(pkg, declarations),
    ...walk('types').filter((file) => file.endsWith('.d.ts')),
  ];
  const read = (file) => (existsSync(at(file)) ? readFileSync(at(file), 'utf8') : undefined);
  const reached = declarationClosure(entries, read);
  const dropped = declarations.filter((file) => !reached.has(file));
  for (const file of dropped) rmSync(at(file));
  // Doc comments no editor shows (a private member's, a module's before its imports).
  for (const file of reached) {
    if (!file.startsWith('dist/')) continue;
    const text = readFileSync(at(file), 'utf8');
    const slim = slimDeclaration(text);
    if (slim !== text) writeFileSync(at(file), slim);
  }
  console.log(
    `slim-package: ${declarations.length - dropped.length} declarations kept, ${dropped.length} that no entry reaches dropped`,
  );

  const manifest = at('custom-elements.json');
  if (existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify(JSON.parse(readFileSync(manifest, 'utf8'))));
    console.log(`slim-package: ${relative(root, manifest)} minified`);
  }
}
