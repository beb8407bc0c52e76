/**
 * Chinese text may break between any two characters, so a browser happily splits "5月28日" after
 * the 5, "（人工智能方向）" before its last character, or "限 40 人" before the 人. These helpers
 * keep such runs whole (each in a `white-space: nowrap` span) and leave every other character free
 * to break. The text stays text: the spans are Lit templates around text bindings.
 */
import { html, type TemplateResult } from 'lit';

/**
 * Runs that read as one word: a short bracketed phrase; a date (5月28日, 6月); a time or a time
 * range (09:00–17:00); a number with its unit (40 人, 20元/人, 3 场); two characters and a suffix
 * that makes them a word of three (工作者, 座谈会, 实验室, 科学家, 博物馆: the programme page has
 * no word segmenter, its first paint does not wait for ICU; each suffix costs bytes there, so only
 * these);
 * an institution's suffix with the two characters before it (中国科学院, 山西大学, 智能学院:
 * never "中国科 / 学院"; 研究院, 研究所 as words of three); 短视频 and 微视频.
 * Longer bracketed phrases are left free, or they would overflow a narrow card.
 */
const RUN =
  /[（(【《“「〔][^（）()【】《》“”「」〔〕\n]{1,12}[）)】》”」〕]|\d{1,2}月(?:\d{1,2}日)?(?:[–-]\d{1,2}月?\d{1,2}日)?|\d{1,2}:\d{2}(?:\s?[–-]\s?(?:次日\s?)?\d{1,2}:\d{2})?|\d+(?:[.,]\d+)*\s?(?:元\/人|元|人|场|个|天|小时|分钟|岁|%)|\p{sc=Han}{2}(?:[者会室家馆院所]|科?学院|大学)|[短微]视频/gu;

/** `text` with its unbreakable runs wrapped in `<span class="sx-nowrap">`. */
export function keepTogether(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const at = match.index;
    if (at > last) out.push(text.slice(last, at));
    out.push(html`<span class="sx-nowrap">${match[0]}</span>`);
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
