import type { ContentLanguage } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';
import { htmlLang } from '@/web/public-locale';

/**
 * The lang attribute of a release's text on a page of this edition: none when they agree (the page's
 * <html lang> says it), the text's own otherwise, so that a screen reader reads it in its language
 * (WCAG 3.1.2).
 */
export const textLang = (language: ContentLanguage, locale: Locale): string | undefined =>
  language === locale ? undefined : htmlLang[language];

/** The short label of a listed release that the edition has only in the other language. */
export function OnlyInLabel({
  language,
  locale,
  t,
}: {
  language: ContentLanguage;
  locale: Locale;
  t: Translate;
}) {
  if (language === locale) return null;
  return (
    <span className="ml-2 rounded bg-surface-strong px-1.5 py-0.5 text-xs text-ink">
      {t(`public.listedOnlyIn.${language}`)}
    </span>
  );
}
