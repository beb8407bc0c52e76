/**
 * An attribute that lists ids or codes (`topic="ai, space"`, `city="140100 140200"`) as a list.
 * Commas, the full-width comma a Chinese keyboard types, and spaces all separate items, so every
 * widget reads the same value the same way. `undefined` when nothing is listed: no constraint.
 */
export function splitList(value: string | undefined | null): string[] | undefined {
  const items = (value ?? '').split(/[\s,，]+/).filter(Boolean);
  return items.length ? items : undefined;
}
