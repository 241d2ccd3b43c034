import type { ContentLanguage } from './vocabulary';

export type ShownValue = { text: string; language: ContentLanguage; translationMissing: boolean };

/**
 * Which of a record's two values a reader in `language` is shown: their own language's when written,
 * else the other one's, marked as a missing translation (nothing is marked when neither is written).
 */
export function shownValue(values: Record<ContentLanguage, string>, language: ContentLanguage): ShownValue {
  const other: ContentLanguage = language === 'zh' ? 'en' : 'zh';
  if (values[language].trim()) return { text: values[language], language, translationMissing: false };
  return { text: values[other], language: other, translationMissing: values[other].trim() !== '' };
}

/** A record's value pair, English and Chinese, from its `field` and `fieldZh` columns. */
export const pairOf = <K extends string>(record: Record<K | `${K}Zh`, string>, field: K) => ({
  en: record[field],
  zh: record[`${field}Zh` as `${K}Zh`],
});
