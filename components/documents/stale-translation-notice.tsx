import type { OriginalChange } from '@/data/translation-source';
import { comparableText, wordDiff } from '@/domain/diff';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Translate } from '@/messages';
import { diffLabels } from './diff-labels';
import { DiffView } from './diff-view';

/**
 * On a translation whose original was published again since it was made: says so, and shows what changed
 * in the original between the revision it was translated from and the one now published.
 */
export function StaleTranslationNotice({
  change,
  originalLanguage,
  t,
}: {
  change: OriginalChange;
  originalLanguage: ContentLanguage;
  t: Translate;
}) {
  const language = t(`language.${originalLanguage}`);
  return (
    <section
      aria-labelledby="stale-translation-heading"
      className="mb-6 rounded border border-warning-line bg-warning-soft p-4"
      data-testid="stale-translation"
    >
      <h3 id="stale-translation-heading" className="font-semibold">
        {t('bilingual.stale.title')}
      </h3>
      {change.from ? (
        <>
          <p className="mb-3 mt-1 text-sm">
            {t('bilingual.stale.since', {
              language,
              from: change.from.number,
              published: change.published.number,
            })}
          </p>
          <DiffView
            parts={wordDiff(comparableText(change.from), comparableText(change.published))}
            labels={diffLabels(t)}
            lang={originalLanguage}
          />
        </>
      ) : (
        <p className="mt-1 text-sm">{t('bilingual.stale.unknown', { language })}</p>
      )}
      <p className="mt-3 text-sm">{t('bilingual.stale.resolve')}</p>
    </section>
  );
}
