import { notFound } from 'next/navigation';
import { isLocale, translator, type Locale } from '@/messages';

// The public site's language is in its address, so every page stays cacheable: English at unprefixed
// paths (the proxy rewrites them to /en/…), Simplified Chinese under /zh/….

export const PUBLIC_LOCALES = ['en', 'zh'] as const;

export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** The locale of a [lang] segment, or the 404 page for anything else. */
export function publicLocale(lang: string): { locale: Locale; t: ReturnType<typeof translator> } {
  if (!isLocale(lang)) notFound();
  return { locale: lang, t: translator(lang) };
}

/** The public address of a path in a language: "/releases/…" or "/zh/releases/…". */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'en') return path;
  return path === '/' ? '/zh' : `/zh${path}`;
}
