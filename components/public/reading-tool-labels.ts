import type { Translate } from '@/messages';

/** The reading tools' labels in the page's language: the client component takes them as plain strings. */
export const readingToolLabels = (t: Translate) => ({
  group: t('public.readingTools'),
  smaller: t('public.fontSmaller'),
  normal: t('public.fontNormal'),
  larger: t('public.fontLarger'),
  elder: t('public.elderMode'),
  print: t('public.print'),
  copyLink: t('public.copyLink'),
  copied: t('public.linkCopied'),
});
