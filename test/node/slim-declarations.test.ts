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
});
