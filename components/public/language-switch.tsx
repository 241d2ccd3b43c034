import Link from 'next/link';
import type { Locale, Translate } from '@/messages';
import { htmlLang, otherLocale } from '@/web/public-locale';

type Props = { locale: Locale; t: Translate; href: string };

/**
 * The link to this page in the other edition (a release's counterpart, a search with its query). Each page
 * renders its own: only the page knows its address, and the layout above it stays cacheable.
 */
export function LanguageSwitch({ locale, t, href }: Props) {
  const other = otherLocale(locale);
  return (
    <p className="language-switch text-right text-sm">
      <Link href={href} hrefLang={htmlLang[other]} lang={htmlLang[other]} className="underline">
        {t('public.otherLanguage')}
      </Link>
    </p>
  );
}
