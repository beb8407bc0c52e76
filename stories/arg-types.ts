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
  src: text,
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
