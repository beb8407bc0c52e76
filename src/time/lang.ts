/** The display languages the SDK formats for. */
export type Lang = 'zh-CN' | 'en';

/** Reads any BCP 47 tag (`zh`, `zh-Hans-CN`, `en-GB`…) as one of the supported languages. */
export function toLang(tag: string | undefined | null): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
