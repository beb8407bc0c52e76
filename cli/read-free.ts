/**
 * Whether an event is free, and what it costs, from the columns organisers use: 是否免费,
 * 是否收费 (its inverse) and 费用/价格/收费标准. A cell that says neither is "unknown": the field is
 * left out, never guessed (most activities of the week are free, but not all, and a visitor who
 * pays at the door because the programme said 免费 is the harm this avoids).
 */
import { nameKey, parseBoolean } from './cells.js';

const FREE_WORDS = new Set(['免费', '不收费', '免费参加', '免费入场', '免票', 'free', '0元', '¥0']);
const PAID_WORDS = new Set(['收费', '付费', '需付费', '需收费', 'paid']);
const NO_PRICE = new Set(['无', '0', '0元', '免费', '不收费', 'free', '-', '—', '/']);

/** A price as organisers write it: `20元/人`, `¥30`, `成人50元，儿童免费`, `RMB 20`. */
export function looksLikePrice(text: string): boolean {
  const s = text.normalize('NFKC');
  return /\d/.test(s) && /元|¥|rmb|cny|yuan|\/人|每人|per\s*person/i.test(s);
}

export type FreeReading = { free?: boolean; price?: string } | { unreadable: true };

/**
 * A reader that reads each distinct cell once: the column holds the same few words row after row
 * (是, 免费), and reading one (NFKC, two patterns) on each of 100,000 rows cost more than the rest
 * of the row's free/paid handling. Readings are frozen, since rows share them. Bounded.
 */
function remembered(read: (text: string) => FreeReading): (text: string) => FreeReading {
  const known = new Map<string, FreeReading>();
  return (text) => {
    let reading = known.get(text);
    if (reading === undefined) {
      reading = Object.freeze(read(text));
      if (known.size >= 10_000) known.clear();
      known.set(text, reading);
    }
    return reading;
  };
}

/** `是否免费`: 是/否, 免费/收费, or a price (then not free, the price kept as written). */
export const readFreeCell = remembered((text) => {
  const key = nameKey(text);
  if (FREE_WORDS.has(key)) return { free: true };
  if (PAID_WORDS.has(key)) return { free: false };
  if (looksLikePrice(text)) return { free: false, price: text.trim() };
  const yes = parseBoolean(text);
  return yes === undefined ? { unreadable: true } : { free: yes };
});

/** `是否收费`: the same words, yes meaning "paid". */
export const readPaidCell = remembered((text) => {
  const key = nameKey(text);
  if (FREE_WORDS.has(key)) return { free: true };
  if (PAID_WORDS.has(key)) return { free: false };
  if (looksLikePrice(text)) return { free: false, price: text.trim() };
  const yes = parseBoolean(text);
  return yes === undefined ? { unreadable: true } : { free: !yes };
});

/** `费用`: a price or a bare amount (not free, kept as written), or 免费/无/0 (free). */
export const readPriceCell = remembered((text) => {
  const key = nameKey(text);
  if (NO_PRICE.has(key)) return { free: true };
  if (looksLikePrice(text) || /^\d+(?:\.\d+)?$/.test(key))
    return { free: false, price: text.trim() };
  return { unreadable: true };
});
