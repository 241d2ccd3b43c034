import { isLocale, type Locale } from '@/messages';

/**
 * The sign-in page's language, before anyone is known: the one the address names (`?lang=zh`, which the
 * page's language switch and the Chinese public site link to), else the browser's first preference among
 * the two, else English. Signed in, each user's own preference takes over.
 */
export function loginLocale(requested: unknown, acceptLanguage: string | null): Locale {
  if (isLocale(requested)) return requested;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
