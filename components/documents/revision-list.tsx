import Link from 'next/link';
import { restoreRevision } from '@/actions/restore-revision';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { RevisionSummary } from '@/data/revisions';
import { formatDateTime } from '@/domain/format';
import type { Locale, MessageKey, Translate } from '@/messages';

type Props = {
  documentId: number;
  currentId: number | null;
  revisions: RevisionSummary[];
  compareHref: (from: number, to: number) => string;
  canRestore: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
};

/** Every revision, newest first, each comparable with the current one and (for editors) restorable. */
export function RevisionList({
  documentId,
  currentId,
  revisions,
  compareHref,
  canRestore,
  t,
  locale,
  timeZone,
}: Props) {
  if (revisions.length === 0) return null;
  return (
    <section aria-labelledby="revisions-heading" className="mt-10">
      <h2 id="revisions-heading" className="mb-3 text-xl font-semibold">
        {t('documents.revisions')}
      </h2>
      <ol className="space-y-2 text-sm">
        {revisions.map((r) => (
          <li
            key={r.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded border border-line-subtle bg-surface p-3"
          >
            <span>
              {t('documents.revisionLine', {
                number: r.number,
                source: t(`documents.revisionSource.${r.source}` as MessageKey),
                author: r.authorName ?? '—',
                time: formatDateTime(r.createdAt, locale, timeZone),
              })}
              {r.id === currentId ? <strong> · {t('documents.current')}</strong> : null}
            </span>
            {r.id !== currentId && currentId !== null ? (
              <span className="flex items-center gap-3">
                <Link href={compareHref(r.id, currentId)} className="text-link underline">
                  {t('documents.compareWithCurrent')}
                </Link>
                {canRestore ? (
                  <ActionForm
                    action={restoreRevision}
                    confirm={t('documents.confirmRestore', { number: r.number })}
                    aria-label={`${t('documents.restore')} ${r.number}`}
                  >
                    <input type="hidden" name="documentId" value={documentId} />
                    <input type="hidden" name="revisionId" value={r.id} />
                    <input type="hidden" name="baseRevisionId" value={currentId} />
                    <SubmitButton variant="secondary" pendingLabel={t('documents.restoring')}>
                      {t('documents.restore')}
                    </SubmitButton>
                  </ActionForm>
                ) : null}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
