/**
 * The shared form fields (widgets/shared/form-fields.ts), bound without `live()`: a visitor's
 * change and a later programmatic change both show, as long as the widget writes the visitor's
 * change into its state (every widget does).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { checkField, selectField } from '../../widgets/shared/form-fields.js';

const OPTIONS = [
  { value: '140100', label: '太原' },
  { value: '140200', label: '大同' },
];

/** A filter bar in miniature: state, a render, and a visitor's change written into the state. */
async function bar() {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const state = { city: '', free: false };
  const draw = () =>
    render(
      html`${selectField('城市', 'filter-city', state.city, '全部城市', OPTIONS, (city) => {
        state.city = city;
        draw();
      })}
      ${checkField('免费', 'filter-free', state.free, (free) => {
        state.free = free;
        draw();
      })}`,
      host,
    );
  draw();
  const select = host.querySelector('select')!;
  const box = host.querySelector<HTMLInputElement>('input[type=checkbox]')!;
  return { state, draw, select, box };
}

describe('form fields', () => {
  it("a visitor's choice shows, and a programmatic change back shows too", async () => {
    const { state, draw, select, box } = await bar();
    select.value = '140200';
    select.dispatchEvent(new Event('change'));
    box.click();
    expect([state.city, state.free]).to.deep.equal(['140200', true]);
    expect([select.value, box.checked]).to.deep.equal(['140200', true]);
    // "Clear filters": the state goes back without the visitor touching the fields.
    Object.assign(state, { city: '', free: false });
    draw();
    expect([select.value, box.checked]).to.deep.equal(['', false]);
    // And a preset chosen by the page (an attribute) after that.
    state.city = '140100';
    draw();
    expect(select.value).to.equal('140100');
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('太原');
  });

  it('offers a preset that is no single option (a list from the attributes) as its own choice', async () => {
    const { state, draw, select } = await bar();
    state.city = '140100,140200';
    draw();
    expect(select.value).to.equal('140100,140200');
    expect(select.options).to.have.length(4);
  });

  it('labels every field', async () => {
    const { select, box } = await bar();
    expect(select.labels[0]!.textContent).to.contain('城市');
    expect(box.labels![0]!.textContent).to.contain('免费');
    expect(select.getAttribute('part')).to.equal('filter-city');
    expect(box.closest('label')!.getAttribute('part')).to.equal('filter-free');
  });
});
