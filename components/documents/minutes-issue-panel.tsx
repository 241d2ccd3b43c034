import type { MinutesIssueFacts } from '@/data/issued-minutes';
import { formatDateTime } from '@/domain/format';
import { formatMinutesNumber } from '@/domain/minutes-number';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';

type Props = {
  documentId: number;
  language: ContentLanguage;
  facts: MinutesIssueFacts;
  t: Translate;
  locale: Locale;
  timeZone: string;
};

/** The minutes' number, their PDFs (a draft's marked as such), and which units opened the issued text. */
export function MinutesIssuePanel({ documentId, language, facts, t, locale, timeZone }: Props) {
  const pdf = (revisionId: number) => `/api/documents/${documentId}/pdf?revision=${revisionId}`;
  const currentIsIssued =
    facts.currentRevisionId !== null && facts.currentRevisionId === facts.issuedRevisionId;
  return (
    <section
      aria-labelledby="minutes-issue-heading"
      className="mb-6 rounded border border-line bg-surface p-4"
    >
      <h3 id="minutes-issue-heading" className="font-semibold">
        {facts.number
          ? t('minutes.number', { number: formatMinutesNumber(facts.number, language) })
          : t('documents.kind.minutes')}
      </h3>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm">
        {facts.issuedRevisionId ? (
          <li>
            <a href={pdf(facts.issuedRevisionId)} className="text-link underline">
              {t('minutes.issuedPdf')}
            </a>
          </li>
        ) : null}
        {facts.currentRevisionId && !currentIsIssued ? (
          <li>
            <a href={pdf(facts.currentRevisionId)} className="text-link underline">
              {t('minutes.draftPdf')}
            </a>
          </li>
        ) : null}
      </ul>
      {facts.issuedRevisionId ? (
        <>
          <h4 className="mt-3 text-sm font-medium">{t('minutes.reads')}</h4>
          {facts.reads.length === 0 ? (
            <p className="text-sm text-muted">{t('minutes.readsEmpty')}</p>
          ) : (
            <ul className="mt-1 list-disc pl-6 text-sm">
              {facts.reads.map((r, i) => (
                <li key={i}>
                  {t('minutes.readRow', {
                    name: r.userName,
                    unit:
                      (locale === 'zh' ? r.unitNameZh || r.unitName : r.unitName || r.unitNameZh) ||
                      t('minutes.noUnit'),
                    first: formatDateTime(r.firstOpenedAt, locale, timeZone),
                    last: formatDateTime(r.lastOpenedAt, locale, timeZone),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
