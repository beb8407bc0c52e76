/**
 * The packed declarations keep every doc comment an editor shows and drop the ones it never
 * shows (scripts/slim-package.mjs, #13's tarball ≤ 400 KB).
 */
import { expect } from 'chai';
import { slimDeclaration } from '../../scripts/slim-package.mjs';

const slim = slimDeclaration;

describe('slimDeclaration: doc comments no editor shows', () => {
  const header = '/**\n * Why this module exists, for maintainers.\n */\n';

  for (const statement of [
    "import type { Edition } from '../feed/types.js';",
    "import { html } from 'lit';",
    "export { SxEvents } from './events/events.js';",
    "export type { Lab } from './types.js';",
    "export * from './custom-events.js';",
  ]) {
    it(`drops a module's opening comment before \`${statement.slice(0, 24)}…\``, () => {
      expect(slim(`${header}${statement}\nexport declare const x = 1;\n`)).to.equal(
        `${statement}\nexport declare const x = 1;\n`,
      );
    });
  }

  for (const statement of [
    'export declare class SxEvents extends SxElement {',
    'export type CountdownPhase = "before" | "after";',
    'export interface Feed {',
    'export declare function formatWhen(): string;',
  ]) {
    it(`keeps the comment that documents \`${statement.slice(0, 28)}…\``, () => {
      const text = `${header}${statement}\n`;
      expect(slim(text)).to.equal(text);
    });
  }

  it("drops a private member's comment and keeps a public one's, and a later comment", () => {
    const text = [
      "import { LitElement } from 'lit';",
      '/** The element. */',
      'export declare class SxCountdown extends LitElement {',
      '    /** What it counts to. */',
      '    to: string;',
      '    /** The clock, private. */',
      '    private readonly clock;',
      '}',
      '',
    ].join('\n');
    expect(slim(text)).to.equal(text.replace('\n    /** The clock, private. */', ''));
  });

  it("drops an element's manifest tags with their continuation lines, keeps its prose and examples", () => {
    const classDoc = (tags: string[]) =>
      [
        '/**',
        ' * A countdown to the week.',
        ' *   An indented line of prose stays.',
        ' *',
        ' * @summary A countdown.',
        ' *',
        ...tags,
        ' *',
        ' * @example <sx-countdown></sx-countdown>',
        ' */',
        'export declare class SxCountdown extends SxElement {',
        '}',
        '',
      ].join('\n');
    const tags = [
      ' * @csspart base - The root.',
      ' * @csspart sentence - The sentence a screen reader',
      ' *   reads, on two lines.',
      ' *',
      ' * @cssprop --sx-color-accent - Links. Default #1d4e89.',
      ' * @cssproperty --sx-radius - Corners.',
      ' * @slot - The fallback shown before the upgrade.',
      ' * @fires sx-load - {SxLoadEvent} The edition arrived.',
      ' * @event sx-error - The edition could not be loaded.',
      ' * @cssstate ended - After the week.',
    ];
    expect(slim(classDoc(tags))).to.equal(classDoc([]).replace(' *\n *\n', ' *\n'));
  });

  it('keeps a tag-like word inside prose and the tags editors show (@param, @default)', () => {
    const text = [
      '/**',
      ' * Parts are listed as @csspart tags in the manifest, not here.',
      ' * @param when - The instant.',
      ' * @default 6',
      ' */',
      'export declare function formatWhen(when: Date): string;',
      '',
    ].join('\n');
    expect(slim(text)).to.equal(text);
  });
});
