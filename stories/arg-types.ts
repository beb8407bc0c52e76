/**
 * Controls for the attributes every widget shares. Storybook infers a control from the manifest's
 * type text, and `string | undefined` reads to it as an object ("Set object"): strings get a text
 * field, enumerations a select, and `now` a date picker (turned back into ISO 8601 by `isoNow`).
 */
import type { ArgTypes } from '@storybook/web-components-vite';

export const text = { control: 'text' } as const;

export const select = (options: readonly (string | undefined)[]) =>
  ({ control: 'select', options }) as const;

export const sharedArgTypes: Partial<ArgTypes> = {
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
  lang: select([undefined, 'zh-CN', 'en']),
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
