/**
 * The form fields of the widgets' filter bars, written once: a labelled `<select>` and a labelled
 * checkbox, with the same parts and classes (`filters.styles.ts`) in every widget.
 *
 * Bound by property WITHOUT Lit's `live()`, on purpose: every widget writes each change a visitor
 * makes into its state at once (`onChange`), so the value Lit last set is always the control's own
 * and a later programmatic change (a preset, "clear filters", a tile clicked on the map) differs
 * from it and is applied. `live()` would only matter for a change the state refused; it costs
 * bytes on every page for a case no widget has.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOption {
  value: string;
  label: string;
}

/** A `<select>` with an "all" first option (value `''`). */
export function selectField(
  label: string,
  part: string,
  value: string,
  allLabel: string,
  options: readonly FieldOption[],
  onChange: (value: string) => void,
): TemplateResult {
  // A preset list from the attributes ("140100,140200") is not one option: offer it as one.
  const known = value === '' || options.some((option) => option.value === value);
  return html`<label class="field">
    <span class="field-label">${label}</span>
    <select
      part=${part}
      class="control"
      .value=${value}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${allLabel}</option>
      ${known ? nothing : html`<option value=${value} selected>${value}</option>`}
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === value}>
            ${option.label}
          </option>`,
      )}
    </select>
  </label>`;
}

/** A checkbox with its label after it; `part` is on the label, the whole hit area. */
export function checkField(
  label: string,
  part: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): TemplateResult {
  return html`<label class="check" part=${part}>
    <input
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <span>${label}</span>
  </label>`;
}
