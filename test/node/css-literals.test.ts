// The build step that minifies the widgets' css`` literals (scripts/css-literals.mjs): it must
// never change what the CSS means, only drop what the browser ignores.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { minifyCssLiterals } from '../../scripts/css-literals.mjs';

const minified = (css: string) => {
  const out = minifyCssLiterals(`const s = css\`${css}\`;`);
  return out.slice('const s = css`'.length, -'`;'.length);
};

describe('css literal minifier', () => {
  it('drops comments, indentation and the space around braces and semicolons', () => {
    expect(
      minified(`
  /* a comment */
  :host {
    display: block;
    color: var(--_text);
  }
`),
    ).to.equal(':host{display: block;color: var(--_text)}');
  });

  it('keeps the spaces that mean something: combinators, values, strings', () => {
    expect(minified('.sx-root :focus-visible { outline: 3px solid red; }')).to.equal(
      '.sx-root :focus-visible{outline: 3px solid red}',
    );
    expect(minified(".a [part~='x']::after { content: ' '; }")).to.equal(
      ".a [part~='x']::after{content: ' '}",
    );
    expect(minified('.a > .b ~ .c + .d { margin: 0 auto; }')).to.equal(
      '.a > .b ~ .c + .d{margin: 0 auto}',
    );
  });

  it('keeps one space beside an interpolation, which may be a combinator', () => {
    expect(minified(' .card ${inner} { gap: 1px; }\n')).to.equal('.card ${inner}{gap: 1px}');
    expect(minified(':host {\n    ${dark}\n  }')).to.equal(':host{${dark}}');
  });

  it('leaves other template literals, and a literal it cannot read safely, alone', () => {
    const html = 'const t = html`<p>\n  ${x}\n</p>`;';
    expect(minifyCssLiterals(html)).to.equal(html);
    const cut = 'const s = css`/* a ${x} b */ :host { }`;';
    expect(minifyCssLiterals(cut)).to.equal(cut);
  });

  it('changes nothing but white space and comments in the widgets’ styles', () => {
    const strip = (text: string) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, '')
        .replace(/;}/g, '}');
    for (const file of [
      'widgets/shared/tokens.styles.ts',
      'widgets/shared/states.styles.ts',
      'widgets/countdown/countdown.styles.ts',
      'widgets/countdown/countdown-layouts.styles.ts',
    ]) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const out = minifyCssLiterals(source);
      expect(out.length, file).to.be.below(source.length * 0.85);
      expect(strip(out), file).to.equal(strip(source));
    }
  });
});
