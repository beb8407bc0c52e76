// The CDN build step that trims the indentation of the widgets' html`` templates
// (scripts/html-literals.mjs): only white space the HTML parser treats the same goes.
import { parse } from 'acorn';
import { expect } from 'chai';
import { trimHtmlLiterals } from '../../scripts/html-literals.mjs';

const trim = (code: string) =>
  trimHtmlLiterals(code, (source) =>
    parse(source, { ecmaVersion: 'latest', sourceType: 'module' }),
  );

describe('html literal trimmer', () => {
  it('drops the indentation after each line break of an html template, keeping the break', () => {
    expect(trim('const t = html `<ul>\n    <li>${a}</li>\n  </ul>`;')).to.equal(
      'const t = html `<ul>\n<li>${a}</li>\n</ul>`;',
    );
  });

  it('trims templates nested in expressions and leaves the expressions as they are', () => {
    const code = 'html `<p>\n  ${ok ? html `<b>\n    x</b>` : `keep\n    this`}\n</p>`';
    expect(trim(code)).to.equal('html `<p>\n${ok ? html `<b>\nx</b>` : `keep\n    this`}\n</p>`');
  });

  it('leaves other template literals alone (messages, calendar text, css)', () => {
    const code = 'const a = `line\n    two`; const b = css `a {\n  color: red; }`; f(`x\n  y`);';
    expect(trim(code)).to.equal(code);
  });

  it('keeps a line of spaces that has no line break', () => {
    expect(trim('html `<i>a</i>    <i>b</i>`')).to.equal('html `<i>a</i>    <i>b</i>`');
  });
});
