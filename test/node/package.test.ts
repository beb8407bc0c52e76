/**
 * The package as npm ships it (needs `npm run build`; run with SX_DIST_TESTS=1, as .ci/run does
 * after the build, and skipped otherwise): every entry imports in Node, the tarball holds one copy
 * of each thing and nothing without its source, and what dist/ imports at run time is declared.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  engines: { node: string };
  sideEffects: string[];
};

describe('the packed package', function () {
  this.timeout(120_000);
  let files: string[] = [];

  before(function () {
    if (process.env.SX_DIST_TESTS !== '1') this.skip();
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as [{ files: { path: string }[] }];
    files = pack.files.map((file) => file.path);
  });

  it('imports every code entry in Node without throwing', () => {
    const entries = Object.keys(pkg.exports)
      .filter((key) => !key.includes('*') && !key.endsWith('.json') && !/jsx|vue/.test(key))
      .map((key) => `sx-science-week${key.slice(1)}`)
      .concat([
        'sx-science-week/widgets/events.js',
        'sx-science-week/cdn/sx-widgets.js',
        'sx-science-week/cdn/sx-widgets.iife.js',
        'sx-science-week/cdn/widgets/countdown.js',
      ]);
    // Plain Node, as an app runs it (this runner's tsconfig paths would map some to sources).
    const script = `for (const e of ${JSON.stringify(entries)}) await import(e);`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
  });

  it('holds no source map, CLI declaration, second schema or second copy of the data', () => {
    expect(files.filter((file) => file.endsWith('.map'))).to.deep.equal([]);
    expect(files.filter((file) => /^dist\/cli\/.*\.d\.ts$/.test(file))).to.deep.equal([]);
    expect(files.filter((file) => file.startsWith('dist/schema/'))).to.deep.equal([]);
    expect(files.filter((file) => file.startsWith('dist/data/'))).to.deep.equal([]);
    expect(files).to.include.members(['schema/feed.schema.json', 'types/web-types.json']);
  });

  it('ships the sample data once, and the library and the CLI still load it', () => {
    // One record of each sample resource, as every form of the data writes its id.
    for (const id of ['shanxi-2025', 'sample-event-001', 'sample-lab-01', 'sample-story-01']) {
      const holders = files.filter(
        (file) =>
          file.endsWith('.js') && readFileSync(join(root, file), 'utf8').includes(`"${id}"`),
      );
      expect(holders, id).to.have.length(1);
      expect(holders[0], id).to.match(/^dist\/cdn\/chunks\/data-/);
    }
    // Plain Node from the package (the library's data modules re-export the CDN's chunks).
    const script = `
      const { loadDefaultEdition, loadDefaultResource } = await import(
        ${JSON.stringify(join(root, 'dist/src/data/default-feed.js'))});
      const edition = await loadDefaultEdition();
      const events = await loadDefaultResource('events');
      console.log(edition.id, edition.timeZone, events.length > 0);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim()).to.equal('shanxi-2025 Asia/Shanghai true');
    // `sx-feed template` writes the sample edition, which the CLI takes from dist/src.
    const dir = mkdtempSync(join(tmpdir(), 'sx-package-'));
    try {
      execFileSync(process.execPath, [join(root, 'dist/cli/sx-feed.js'), 'template', dir], {
        stdio: 'ignore',
      });
      const edition = JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8')) as { id: string };
      expect(edition.id).to.equal('shanxi-2025');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships only the declarations an entry reaches, each import of them shipped too', () => {
    const shipped = new Set(files);
    const declarations = files.filter((file) => file.endsWith('.d.ts'));
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, spec] of text.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g,
      )) {
        const target = posix.join(posix.dirname(file), spec!).replace(/\.js$/, '.d.ts');
        expect(shipped.has(target), `${file} imports ${spec}`).to.equal(true);
        visit(target);
      }
    };
    const entries = declarations.filter(
      (file) =>
        file.startsWith('types/') ||
        /^dist\/(src\/index|src\/client\/client|widgets\/all|widgets\/shared\/server-data|react\/index)\.d\.ts$/.test(
          file,
        ) ||
        /^dist\/widgets\/([^/]+)\/\1\.d\.ts$/.test(file),
    );
    entries.forEach(visit);
    expect(declarations.filter((file) => !reached.has(file))).to.deep.equal([]);
  });

  it('ships a compact manifest of the modules an app can import', () => {
    const text = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    expect(text.trim().split('\n')).to.have.length(1);
    const { modules } = JSON.parse(text) as { modules: { path: string }[] };
    for (const { path } of modules) {
      expect(path).to.match(
        /^dist\/widgets\/(([^/]+)\/(\2|custom-events)|all|shared\/(events|server-data))\.js$/,
      );
      expect(files, path).to.include(path);
    }
  });

  it('declares every package that dist/ imports at run time, and nothing only the build uses', () => {
    const declared = new Set([
      ...Object.keys(pkg.dependencies),
      ...Object.keys(pkg.peerDependencies),
    ]);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const imported = new Set<string>();
    for (const file of files.filter((f) => /^dist\/(src|widgets|react|cli)\/.*\.js$/.test(f))) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, spec] of text.matchAll(
        /(?:\bfrom|\bimport\(|\brequire\()\s*'([\w@][\w@/.-]*)'/g,
      )) {
        if (builtins.has(spec!) || spec!.startsWith('sx-science-week')) continue;
        const name = spec!.startsWith('@')
          ? spec!.split('/').slice(0, 2).join('/')
          : spec!.split('/')[0]!;
        imported.add(name);
      }
    }
    expect([...imported].filter((name) => !declared.has(name))).to.deep.equal([]);
    expect(pkg.dependencies).not.to.have.property('valibot');
    for (const range of Object.values(pkg.dependencies)) expect(range).to.match(/^\^/);
    expect(pkg.engines.node).to.equal('>=20.19');
  });

  it('marks exactly the modules that register elements as having side effects', () => {
    const elements = readdirSync(join(root, 'dist/widgets'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map(({ name }) => `./dist/widgets/${name}/${name}.js`);
    expect(elements).to.have.length.greaterThan(3);
    expect([...pkg.sideEffects].sort()).to.deep.equal(
      [...elements, './dist/widgets/all.js', './dist/react/index.js', './dist/cdn/**'].sort(),
    );
    for (const file of pkg.sideEffects.filter((f) => !f.includes('*'))) {
      expect(files, file).to.include(file.slice(2));
    }
  });

  it('ships an IIFE that is a loader, without the sample data', () => {
    const iife = readFileSync(join(root, 'dist/cdn/sx-widgets.iife.js'));
    expect(gzipSync(iife).length).to.be.below(1024);
    expect(iife.toString()).not.to.include('示例');
  });
});
