/**
 * An attribute that lists ids or codes (`topic="ai, space"`, `city="140100 140200"`) as a list.
 * Commas, the full-width comma a Chinese keyboard types, and spaces all separate items, so every
 * widget reads the same value the same way. `undefined` when nothing is listed: no constraint.
 */
export function splitList(value: string | undefined | null): string[] | undefined {
  const items = listItems(value ?? '', /[\s,，]+/);
  return items.length ? items : undefined;
}

/**
 * The items of a list written with `separators` between them, trimmed, blanks dropped: the one
 * splitter behind the attributes above and the publisher's list cells (cli/cells.ts).
 */
export function listItems(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}
