/**
 * Every public attribute and CSS property in custom-elements.json has a Chinese description in
 * the catalogs beside the elements (`widgets/<name>/<name>.zh.json`, and
 * `widgets/shared/sx-element.zh.json` for the inherited attributes), which the embed builder's
 * zh-CN interface shows; and the catalogs hold nothing that no longer exists. A new attribute
 * without its Chinese text fails here, not in front of an editor.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';

interface Described {
  name: string;
  inheritedFrom?: { name: string };
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Described[];
  cssProperties?: Described[];
}
interface Catalog {
  attributes?: Record<string, string>;
  cssProperties?: Record<string, string>;
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const manifest = read<{ modules: { declarations?: Declaration[] }[] }>('custom-elements.json');
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName));
const HAN = /\p{Script=Han}/u;

describe('Chinese descriptions in the manifest', () => {
  it('covers the four widgets', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([
      'sx-countdown',
      'sx-events',
      'sx-lab-map',
      'sx-story-card',
    ]);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: every attribute and CSS property has one, in Chinese`, () => {
      const folder = element.tagName.replace(/^sx-/, '');
      const own = read<Catalog>(`widgets/${folder}/${folder}.zh.json`);
      const shared = read<Catalog>('widgets/shared/sx-element.zh.json');
      const missing = [
        ...(element.attributes ?? []).filter(
          (a) => !HAN.test((a.inheritedFrom ? shared : own).attributes?.[a.name] ?? ''),
        ),
        ...(element.cssProperties ?? []).filter(
          (p) => !HAN.test(own.cssProperties?.[p.name] ?? ''),
        ),
      ].map((item) => item.name);
      expect(missing, `add them to widgets/${folder}/${folder}.zh.json`).to.deep.equal([]);
    });

    it(`<${element.tagName}>: its catalog names only what the element has`, () => {
      const folder = element.tagName.replace(/^sx-/, '');
      const catalog = read<Catalog>(`widgets/${folder}/${folder}.zh.json`);
      const own = (element.attributes ?? []).filter((a) => !a.inheritedFrom).map((a) => a.name);
      const css = (element.cssProperties ?? []).map((p) => p.name);
      expect(Object.keys(catalog.attributes ?? {}).sort()).to.deep.equal([...own].sort());
      expect(Object.keys(catalog.cssProperties ?? {}).sort()).to.deep.equal([...css].sort());
    });
  }

  it('the shared catalog names exactly the attributes every widget inherits', () => {
    const shared = read<Catalog>('widgets/shared/sx-element.zh.json');
    const inherited = new Set(
      elements.flatMap((e) =>
        (e.attributes ?? []).filter((a) => a.inheritedFrom).map((a) => a.name),
      ),
    );
    expect(Object.keys(shared.attributes ?? {}).sort()).to.deep.equal([...inherited].sort());
  });
});
