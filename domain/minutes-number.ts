import type { ContentLanguage } from './vocabulary';

/** "〔2024〕3号" / "No. 3 [2024]": the number issued minutes carry, as each language writes it. */
export function formatMinutesNumber(
  number: { year: number; serial: number },
  language: ContentLanguage,
): string {
  return language === 'zh' ? `〔${number.year}〕${number.serial}号` : `No. ${number.serial} [${number.year}]`;
}
