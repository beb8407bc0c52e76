/**
 * The list of facilities, the widget's primary view: how many were found, the note while the list
 * is narrowed to a marker's group, the cards (a keyed repeat, so focus stays on its card), the
 * empty state, and "show more" under a long list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Lab } from '../../src/feed/types.js';
import { renderEmpty } from '../shared/states.js';
import type { LabChoice } from './lab-choice.js';
import { renderLabEntry, type EntryContext } from './lab-entry.js';
import { listedOpenings } from './lab-query.js';

export interface ListContext extends EntryContext {
  /** Every facility the list holds (those behind "show more" too). */
  listed: readonly Lab[];
  /** Facilities per "show more". */
  pageSize: number;
  /** The first content frame's cards at most; the rest and "show more" come a frame later. */
  cut?: number | undefined;
  choice: EntryContext['choice'] &
    Pick<LabChoice, 'filters' | 'group' | 'pages' | 'showAll' | 'clearFilters' | 'showMore'>;
  onKeydown: (event: KeyboardEvent) => void;
}

function renderGroupNotice({ t, listed, choice }: ListContext): TemplateResult {
  return html`<p part="group-notice" class="group-notice">
    <span>${t.focusSet(listed.length)}</span>
    <button part="show-all" class="sx-button" type="button" @click=${() => choice.showAll()}>
      ${t.showAll}
    </button>
  </p>`;
}

function renderCards(shown: readonly Lab[], ctx: ListContext): TemplateResult {
  const { now, choice, edition } = ctx;
  return html`<ul part="list" class="list" role="list" @keydown=${ctx.onKeydown}>
    ${repeat(
      shown,
      (lab) => lab.id,
      (lab) =>
        renderLabEntry(lab, listedOpenings(lab, now, choice.filters.day, edition.timeZone), ctx),
    )}
  </ul>`;
}

function renderShowMore({ t, listed, choice }: ListContext, shown: number): TemplateResult {
  return html`<p class="more">
    <button
      part="load-more"
      class="sx-button load-more"
      type="button"
      @click=${() => choice.showMore(shown)}
    >
      ${t.showMore(listed.length - shown)}
    </button>
  </p>`;
}

export function renderLabList(ctx: ListContext): TemplateResult {
  const { lang, t, listed, choice } = ctx;
  const shown = listed.slice(0, Math.min(choice.pages * ctx.pageSize, ctx.cut ?? Infinity));
  return html`<p part="summary" class="count">${t.found(listed.length)}</p>
    ${choice.group ? renderGroupNotice(ctx) : nothing}
    ${
      listed.length
        ? renderCards(shown, ctx)
        : renderEmpty({
            lang,
            message: t.emptyTitle,
            hint: t.emptyHint,
            onClear: () => choice.clearFilters(),
          })
    }
    ${!ctx.cut && shown.length < listed.length ? renderShowMore(ctx, shown.length) : nothing}`;
}
