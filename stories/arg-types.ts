/**
 * Controls for the attributes every widget shares. Storybook infers a control from the manifest's
 * type text, and `string | undefined` reads to it as an object ("Set object"): strings get a text
 * field, enumerations a select, and `now` a date picker (turned back into ISO 8601 by `isoNow`).
 */
import type { ArgTypes } from '@storybook/web-components-vite';

export const text = { control: 'text' } as const;

export const select = (options: readonly (string | undefined)[]) =>
  ({ control: 'select', options }) as const;

/** An arg of the stories alone (not an attribute): described, under its own heading. */
export const storyOnly = <T extends object>(argType: T, description: string) =>
  ({ ...argType, description, table: { category: 'story only' } }) as const;

const STATE =
  'The in-memory feed: ready, loading (never answers), error (the network failed), stale (the last good copy, offline); embedded: no client, the built-in sample edition.';

export const sharedArgTypes: Partial<ArgTypes> = {
  state: storyOnly({}, STATE),
  width: storyOnly(
    { control: { type: 'number' as const, min: 150, step: 5 } },
    'A fixed width in px around the widget (375: a phone); empty: the page width.',
  ),
  src: {
    control: 'text',
    description:
      "A published feed's manifest URL. Set here, it replaces the stories' in-memory feed (the `state` control).",
  },
  // A property for scripts: no control could build one, and the stories set it from `state`.
  client: {
    control: false,
    description:
      'An SDK client, set from script (`element.client = createClient(…)`). These stories set it from the story-only `state` control.',
  },
  // No lang: the widget takes the nearest ancestor's (the toolbar's language here).
  lang: {
    control: { type: 'select', labels: { undefined: '(from the page)' } },
    options: [undefined, 'zh-CN', 'en'],
  },
  theme: select(['auto', 'light', 'dark']),
  now: {
    control: 'date',
    description: 'A frozen "now" (ISO 8601) for previews and tests; empty: the real clock.',
  },
};

/** The date control gives a timestamp; the attribute wants ISO 8601. */
export function isoNow(now: string | number | undefined): string | undefined {
  if (now === undefined || now === '') return undefined;
  return typeof now === 'number' ? new Date(now).toISOString() : now;
}

/** `heading-level` changes what screen readers and search engines read; the readout shows it. */
export const headingLevel = {
  control: { type: 'number', min: 2, max: 6 },
  description:
    "The level (2–6) of the headings inside, so they fit under the page's own outline: screen readers and search engines see it, the canvas does not. The line above the story shows it.",
} as const;
