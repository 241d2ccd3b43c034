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

/** The other edition of the public site: where the language switch leads. */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh' : 'en');

/** Each edition's Atom and RSS feeds; the English ones keep their unprefixed addresses. */
export const feedPath = (locale: Locale, format: 'atom' | 'rss' = 'atom') =>
  localePath(locale, format === 'atom' ? '/feed.xml' : '/rss.xml');
