// Message keys of the public site's two editions: a release shown in the edition of the other language,
// and the feeds of each edition. English and Simplified Chinese (merged into the catalogues).
export const bilingualPublicEn = {
  'public.onlyIn.zh': 'This release is available in Chinese only.',
  'public.onlyIn.en': 'This release is available in English only.',
  'public.listedOnlyIn.zh': 'In Chinese only',
  'public.listedOnlyIn.en': 'In English only',
} as const;

export const bilingualPublicZh: Record<keyof typeof bilingualPublicEn, string> = {
  'public.onlyIn.zh': '本新闻稿仅有中文版。',
  'public.onlyIn.en': '本新闻稿仅有英文版。',
  'public.listedOnlyIn.zh': '仅有中文版',
  'public.listedOnlyIn.en': '仅有英文版',
};
