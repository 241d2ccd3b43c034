const englishSuffixes: Record<Intl.LDMLPluralRule, string> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
  zero: 'th',
  many: 'th',
};
const englishOrdinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** 1 → "1st", 12 → "12th", 22 → "22nd", 111 → "111th". */
export function englishOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not an ordinal number: ${n}`);
  return `${n}${englishSuffixes[englishOrdinalRules.select(n)]}`;
}

/** The ordinal as the given language writes it: "25th" in English, "第25次" in Chinese. */
export function ordinal(n: number, locale: 'en' | 'zh'): string {
  return locale === 'zh' ? `第${n}次` : englishOrdinal(n);
}
