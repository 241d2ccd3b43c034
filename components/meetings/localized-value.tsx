import { shownValue } from '@/domain/shown-value';
import type { Locale, Translate } from '@/messages';

/** A record value as plain text in the reader's language, or else in the other one. */
export const localizedText = (values: { en: string; zh: string }, locale: Locale) =>
  shownValue(values, locale).text;

/**
 * Shows a record value in the workspace's language; a value only written in the other language is shown
 * marked with its `lang` and a short tag saying its translation is missing.
 */
export function LocalizedValue({
  values,
  locale,
  t,
}: {
  values: { en: string; zh: string };
  locale: Locale;
  t: Translate;
}) {
  const shown = shownValue(values, locale);
  if (!shown.translationMissing) return <>{shown.text}</>;
  return (
    <>
      <span lang={shown.language}>{shown.text}</span>{' '}
      <span className="ms-1 inline-block rounded bg-warning-soft px-1.5 py-0.5 text-xs font-normal text-warning">
        {t('bilingual.translationMissing')}
      </span>
    </>
  );
}
