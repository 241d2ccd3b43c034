import type { TransitionDto } from '@/data/documents';
import { formatDateTime } from '@/domain/format';
import type { Locale, MessageKey, Translate } from '@/messages';

export function HistoryList({
  transitions,
  t,
  locale,
  timeZone,
}: {
  transitions: TransitionDto[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="mb-3 text-xl font-semibold">
        {t('documents.history')}
      </h2>
      {transitions.length === 0 ? (
        <p className="text-muted">{t('documents.historyEmpty')}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {transitions.map((tr) => (
            <li key={tr.id} className="rounded border border-line-subtle bg-surface p-3">
              <p>
                <span className="font-medium">{t(`workflow.action.${tr.action}` as MessageKey)}</span>
                {' · '}
                {tr.actorName ?? '—'}
                {' · '}
                <time dateTime={tr.createdAt.toISOString()}>
                  {formatDateTime(tr.createdAt, locale, timeZone)}
                </time>
              </p>
              {tr.comment ? <p className="mt-1 whitespace-pre-wrap text-ink">{tr.comment}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
