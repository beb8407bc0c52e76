// The build step that minifies the widgets' Lit templates with the maintained minify-literals
// (scripts/minify-literals.mjs): smaller, and never a different page.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const markup = { markup: true, styles: false };
const styles = { markup: false, styles: true };

async function out(code: string, kinds = { markup: true, styles: true }): Promise<string> {
  return (await minifyLiterals(code, 'widgets/x/x.ts', kinds))?.code ?? code;
}

describe('literal minifier (minify-literals)', () => {
  it('drops the indentation of markup but keeps one space between inline elements', async () => {
    const code = 'const t = html`<p>\n    <span>${a}</span>\n    <span>${b}</span>\n  </p>`;';
    const result = await out(code, markup);
    expect(result).to.not.include('\n    ');
    expect(result).to.match(/<\/span> <span>/);
    expect(result).to.include('${a}').and.include('${b}');
  });

  it('drops white space between and inside block elements, where HTML never renders it', async () => {
    const code = 'html`<div class="a">\n  <p>${x}</p>\n  <ul>\n    <li>${y}</li>\n  </ul>\n</div>`';
    expect(await out(code, markup)).to.include(
      '<div class="a"><p>${x}</p><ul><li>${y}</li></ul></div>',
    );
  });

  it('keeps a space next to text and next to ${…} parts', async () => {
    const code = 'html`<p>\n  ${a} ${b}\n  <span>${c}</span> ${d}\n</p>`';
    expect(await out(code, markup)).to.include('<p>${a} ${b} <span>${c}</span> ${d}</p>');
  });

  // A template is a fragment of a line it cannot see: the space at its edge may be the only one
  // between two words ("北京 · 线上", "Online · 2 km", "link (opens in a new tab)").
  it("keeps the spaces at a template's edges and inside an inline element there", async () => {
    for (const [code, kept] of [
      ['html` <span>${online}</span>`', '` <span>${online}</span>`'],
      ['html`<span aria-hidden="true"> · </span>`', '`<span aria-hidden="true"> · </span>`'],
      ['html`<span class="sx-visually-hidden"> ${newTab}</span>`', '> ${newTab}</span>'],
      ['html`\n  ${link({ url })}\n`', '` ${link({ url })} `'],
    ]) {
      expect(await out(code, markup), code).to.include(kept);
    }
  });

  it("drops the space at a template's edge next to a block element", async () => {
    expect(await out('html`\n  <div>${a}</div>\n`', markup)).to.include('`<div>${a}</div>`');
  });

  it("keeps Lit's bindings: attributes, properties, booleans and events", async () => {
    const code =
      'html`<button\n   class="a ${c}"\n   .value=${v}\n   ?hidden=${h}\n   @click=${f}\n   aria-label=${l}\n   alt=""\n >x</button>`';
    const result = await out(code, markup);
    for (const binding of ['class="a ${c}"', '.value=${v}', '?hidden=${h}', '@click=${f}']) {
      expect(result).to.include(binding);
    }
  });

  it('drops comments and white space from styles, and keeps interpolated rules', async () => {
    const result = await out(
      'css`\n  /* why */\n  :host {\n    display: block;\n  }\n  ${inner}\n`',
      styles,
    );
    expect(result).to.not.include('why');
    expect(result).to.include(':host{display:block}');
    expect(result).to.include('${inner}');
  });

  it('writes media queries the supported engines read (no range syntax)', async () => {
    const result = await out('css`@media (max-width: 480px) { .a { margin: 0; } }`', styles);
    expect(result).to.include('max-width:480px');
    expect(result).to.not.include('width<=');
  });

  it('keeps a directive in element position, as written when it cannot do better', async () => {
    const code =
      'html`<span\n    class="a"\n    data-place=${place ?? \'none\'}\n    ${at(p[0], p[1])}\n  >${name}</span>`';
    const result = await out(code, markup);
    expect(result).to.include('${at(p[0], p[1])}').and.include('${name}');
  });

  it('leaves plain template literals alone (messages, calendar text)', async () => {
    const code = 'const a = `line\n    two`; f(`x\n  y`);';
    expect(await out(code)).to.equal(code);
  });

  it('makes every widget stylesheet smaller', async () => {
    // tokens.styles.ts is left out: it interpolates unsafeCSS() fragments, and minify-literals
    // then leaves the whole file as it is (with a warning) rather than risk changing it.
    for (const file of [
      'widgets/shared/states.styles.ts',
      'widgets/countdown/countdown.styles.ts',
      'widgets/events/events.styles.ts',
    ]) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const result = await out(source, styles);
      expect(result.length, file).to.be.below(source.length * 0.85);
    }
  });
});
