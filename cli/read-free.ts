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

/** `是否免费`: 是/否, 免费/收费, or a price (then not free, the price kept as written). */
export function readFreeCell(text: string): FreeReading {
  const key = nameKey(text);
  if (FREE_WORDS.has(key)) return { free: true };
  if (PAID_WORDS.has(key)) return { free: false };
  if (looksLikePrice(text)) return { free: false, price: text.trim() };
  const yes = parseBoolean(text);
  return yes === undefined ? { unreadable: true } : { free: yes };
}

/** `是否收费`: the same words, yes meaning "paid". */
export function readPaidCell(text: string): FreeReading {
  const key = nameKey(text);
  if (FREE_WORDS.has(key)) return { free: true };
  if (PAID_WORDS.has(key)) return { free: false };
  if (looksLikePrice(text)) return { free: false, price: text.trim() };
  const yes = parseBoolean(text);
  return yes === undefined ? { unreadable: true } : { free: !yes };
}

/** `费用`: a price or a bare amount (not free, kept as written), or 免费/无/0 (free). */
export function readPriceCell(text: string): FreeReading {
  const key = nameKey(text);
  if (NO_PRICE.has(key)) return { free: true };
  if (looksLikePrice(text) || /^\d+(?:\.\d+)?$/.test(key))
    return { free: false, price: text.trim() };
  return { unreadable: true };
}
