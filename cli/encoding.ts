/**
 * Turns the bytes of an exported sheet into text. Excel on a Chinese Windows saves "CSV" in GBK
 * (code page 936); "CSV UTF-8" starts with a byte-order mark; WPS and LibreOffice usually write
 * UTF-8 without one. Auto-detection tries strict UTF-8 first: GBK text is almost never valid UTF-8.
 */

export type EncodingChoice = 'auto' | 'utf8' | 'gbk';

export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

export const ENCODING_CHOICES: readonly EncodingChoice[] = ['auto', 'utf8', 'gbk'];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes sheet bytes; `choice` forces an encoding (a BOM is stripped in every case).
 * @throws TypeError when `choice` is `utf8` and the bytes are not UTF-8
 */
export function decodeSheet(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) && choice !== 'gbk') {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (choice === 'auto' && startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (choice === 'auto' && startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (choice === 'utf8') {
    // Fatal on purpose: a wrong forced encoding must fail loudly, not turn text into U+FFFD.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  }
  if (choice === 'auto') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: fall through to the Chinese Windows code page.
    }
  }
  // GB18030 is a superset of GBK and GB2312, so it reads all three.
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
