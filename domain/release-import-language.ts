// Which parser reads a release: the Chinese one for a Chinese text, else the English one.
import { parseRelease, type ParsedRelease, type ParseOptions } from './release-import';
import { isChineseText, parseReleaseZh } from './release-import-zh';

export function parseReleaseInItsLanguage(text: string, options: ParseOptions = {}): ParsedRelease {
  return isChineseText(text) ? parseReleaseZh(text, options) : parseRelease(text, options);
}
