/**
 * The framework typings and editor data in types/ are generated from the element classes by
 * `npm run analyze` (custom-elements-manifest.config.mjs). This regenerates them into a temporary
 * folder and fails when the committed copy differs: a changed attribute must reach React, Vue,
 * VS Code and JetBrains users in the same commit. It also holds the manifest to the public surface.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const GENERATED = [
  'jsx.d.ts',
  'vue.d.ts',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
  'web-types.json',
];

interface Member {
  name: string;
  kind: string;
  privacy?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: Member[]; events?: object[] }[] }[];
}

describe('generated framework typings (types/)', function () {
  this.timeout(120_000);
  let fresh: string;
  let manifest: Manifest;

  before(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'sx-types-'));
    const cem = join(root, 'node_modules/.bin/cem');
    await promisify(execFile)(cem, ['analyze'], {
      cwd: root,
      env: { ...process.env, SX_TYPES_DIR: fresh },
    });
    manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  });

  after(() => rm(fresh, { recursive: true, force: true }));

  it('writes every generated file', async () => {
    expect((await readdir(fresh)).sort()).to.deep.equal([...GENERATED].sort());
  });

  for (const file of GENERATED) {
    it(`types/${file} is up to date (run \`npm run analyze\` and commit)`, async () => {
      const committed = await readFile(join(root, 'types', file), 'utf8');
      expect(committed).to.equal(await readFile(join(fresh, file), 'utf8'));
    });
  }

  it('lists no private, protected or internal members in custom-elements.json', () => {
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'sx-countdown',
      'sx-events',
      'sx-lab-map',
      'sx-story-card',
    ]);
    for (const element of elements) {
      const hidden = (element.members ?? []).filter(
        (m) => m.privacy === 'private' || m.privacy === 'protected' || /^[#_]/.test(m.name),
      );
      expect(
        hidden.map((m) => m.name),
        element.tagName,
      ).to.deep.equal([]);
    }
  });

  it('types each event handler with the event class', async () => {
    const jsx = await readFile(join(root, 'types/jsx.d.ts'), 'utf8');
    expect(jsx).to.include('"onsx-filter-change"?: (e: SxFilterChangeEvent) => void;');
    expect(jsx).not.to.match(/CustomEvent<never>/);
  });
});
