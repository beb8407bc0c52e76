// The embed builder's build (dist/builder/): its script from builder/*.ts, its page, and
// widgets.json (the same model, for the tests; not packed), the widgets' public surface read from
// custom-elements.json with the Chinese catalogs beside the elements. Enumerated attribute
// types are aliases there (`CountdownFormat`), so they are resolved here against the sources'
// `export type X = 'a' | 'b'`: every widget attribute gets its control with no builder change.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** `export type Theme = 'light' | 'dark' | 'auto';` → Theme: [light, dark, auto]. */
function literalUnions(root) {
  const unions = new Map();
  for (const file of walk(join(root, 'widgets'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, name, body] of text.matchAll(
      /export type (\w+)\s*=\s*((?:\s*\|?\s*'[^']*')+)\s*;/g,
    )) {
      unions.set(
        name,
        [...body.matchAll(/'([^']*)'/g)].map((m) => m[1]),
      );
    }
  }
  return unions;
}

function readDefault(text) {
  if (text === undefined) return undefined;
  const quoted = /^(['"`])(.*)\1$/.exec(text);
  if (quoted) return quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  return undefined; // `false`, an identifier (`DEFAULT_LIMIT`): the attribute's absence
}

/**
 * The Chinese descriptions for the zh-CN interface: a catalog beside each element
 * (`widgets/<name>/<name>.zh.json`) and one for the attributes every widget inherits
 * (`widgets/shared/sx-element.zh.json`). test/node/manifest-zh.test.ts holds them to the manifest.
 */
function chineseCatalog(root, path) {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}

export function builderModel(root) {
  const manifestPath = join(root, 'custom-elements.json');
  if (!existsSync(manifestPath)) {
    execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze'], { cwd: root, stdio: 'ignore' });
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const unions = literalUnions(root);
  const widgets = [];
  const shared = chineseCatalog(root, 'widgets/shared/sx-element.zh.json');
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const folder = declaration.tagName.replace(/^sx-/, '');
      const zh = { own: chineseCatalog(root, `widgets/${folder}/${folder}.zh.json`), shared };
      const attributes = (declaration.attributes ?? []).map((attribute) => {
        const member = declaration.members?.find((m) => m.attribute === attribute.name);
        const typeText = (attribute.type?.text ?? member?.type?.text ?? 'string')
          .replace(/\s*\|\s*undefined/g, '')
          .trim();
        const options = unions.get(typeText);
        const type = options
          ? 'enum'
          : typeText === 'boolean' || typeText === 'number'
            ? typeText
            : 'string';
        const fallback = readDefault(attribute.default ?? member?.default);
        return {
          name: attribute.name,
          type,
          ...(options && { options }),
          ...(fallback !== undefined && { default: fallback }),
          description: attribute.description ?? member?.description ?? '',
          descriptionZh: (attribute.inheritedFrom ? zh.shared : zh.own).attributes?.[
            attribute.name
          ],
        };
      });
      const tokens = (declaration.cssProperties ?? []).map((property) => {
        const colour = /Default (#[0-9a-fA-F]{6})\b/.exec(property.description ?? '');
        return {
          name: property.name,
          ...(colour && { default: colour[1].toLowerCase() }),
          description: property.description ?? '',
          descriptionZh: zh.own.cssProperties?.[property.name],
        };
      });
      widgets.push({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        attributes,
        tokens,
      });
    }
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { version, widgets };
}

function builderAssets(root) {
  const stub = join(root, 'builder/widgets-model.ts');
  let model;
  return {
    name: 'sx-builder-assets',
    buildStart() {
      model = builderModel(root);
    },
    load(id) {
      if (id !== stub) return null;
      return `export const MODEL = ${JSON.stringify(model)};`;
    },
    generateBundle() {
      this.addWatchFile(join(root, 'builder/index.html'));
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source: readFileSync(join(root, 'builder/index.html')),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'widgets.json',
        source: JSON.stringify(model),
      });
    },
  };
}

/** `./model.js` → builder/model.ts, compiled by esbuild (the builder is outside tsconfig.build's sources). */
function typescriptByEsbuild() {
  return {
    name: 'sx-builder-ts',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = join(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts') && !id.endsWith('widgets-model.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2021',
        sourcefile: id,
        sourcemap: true,
      });
      return { code: result.code, map: result.map };
    },
  };
}

export function builderBuild(root) {
  return {
    input: join(root, 'builder/builder.ts'),
    plugins: [typescriptByEsbuild(), builderAssets(root)],
    output: {
      file: join(root, 'dist/builder/builder.js'),
      format: 'es',
      sourcemap: 'hidden',
      plugins: [
        terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
  };
}
