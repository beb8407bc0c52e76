/**
 * Controls for the rows Storybook makes from the manifest's events, CSS custom properties and
 * parts. It gives each of them a "Set object" control (their type is `void` to it), and none did
 * anything (#15: an editor set one and saw nothing change). Events and parts have no control:
 * the rows document them. A token's control (a colour picker for colours, else text) sets it on
 * the story's wrapper (`tokenDeclarations`, by the preview's decorator), where every widget
 * inside reads it, as on a partner page.
 */

/** A row as Storybook's argTypes hold it (the fields read here). */
export interface DocsArgType {
  name?: string;
  description?: string;
  control?: unknown;
  table?: { category?: string; [key: string]: unknown };
  [key: string]: unknown;
}

const NO_CONTROL = new Set(['events', 'css shadow parts']);

export function controlsForDocs(
  argTypes: Record<string, DocsArgType>,
): Record<string, DocsArgType> {
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category ?? '';
      if (NO_CONTROL.has(category)) return [name, { ...argType, control: false }];
      if (category !== 'css custom properties') return [name, argType];
      const control = { type: /^--sx-color-/.test(name) ? 'color' : 'text' };
      return [name, { ...argType, control }];
    }),
  );
}

/** The tokens the controls set, as `[property, value]` for the story's wrapper. */
export function tokenDeclarations(args: Record<string, unknown>): [string, string][] {
  return Object.entries(args).filter(
    (entry): entry is [string, string] =>
      entry[0].startsWith('--sx-') && typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
}
