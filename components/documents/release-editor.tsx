import Link from 'next/link';
import { draftReleaseFromRecords } from '@/actions/draft-release-from-records';
import { submitForReview } from '@/actions/submit-for-review';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DocumentDetail } from '@/data/documents';
import type { ScratchCopy } from '@/data/editing';
import { formatDateTime } from '@/lib/format';
import type { Locale, Translate } from '@/messages';
import { DocumentEditor } from './document-editor';

type Props = {
  doc: DocumentDetail;
  meetingId: number;
  scratch: ScratchCopy | null;
  canEdit: boolean;
  canSubmit: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
};

/** The secretary's tools on a press release: draft from the records, edit with autosave, submit. */
export function ReleaseEditor({ doc, meetingId, scratch, canEdit, canSubmit, t, locale, timeZone }: Props) {
  const current = doc.current;
  // Offer the scratch copy back only when it holds something the saved revision does not.
  const offered =
    scratch && (scratch.headline !== (current?.headline ?? '') || scratch.body !== (current?.body ?? ''))
      ? scratch
      : null;
  const olderBase = offered && current && offered.baseRevisionId !== current.id;
  const restoredNotice = offered
    ? [
        t('documents.autosaveRestore', { time: formatDateTime(offered.savedAt, locale, timeZone) }),
        olderBase
          ? t('documents.autosaveOlderBase', {
              old: String(offered.baseRevisionId ?? '—'),
              current: current.number,
            })
          : '',
      ].join(' ')
    : undefined;
  return (
    <div className="space-y-6">
      {canEdit ? (
        current ? (
          <Link
            href={`/meetings/${meetingId}/release?redraft=1`}
            className="inline-block rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t('documents.draftFromRecords')}
          </Link>
        ) : (
          <ActionForm action={draftReleaseFromRecords} aria-label={t('documents.draftFromRecords')}>
            <input type="hidden" name="documentId" value={doc.id} />
            <input type="hidden" name="baseRevisionId" value="" />
            <SubmitButton variant="secondary" pendingLabel={t('documents.drafting')}>
              {t('documents.draftFromRecords')}
            </SubmitButton>
          </ActionForm>
        )
      ) : null}

      {canEdit ? (
        <DocumentEditor
          documentId={doc.id}
          baseRevisionId={current?.id ?? null}
          saved={{ headline: current?.headline ?? '', body: current?.body ?? '' }}
          scratch={offered ? { headline: offered.headline, body: offered.body } : null}
          labels={{
            headline: t('documents.headline'),
            body: t('documents.body'),
            bodyHint: t('documents.bodyHint'),
            save: t('common.save'),
            saving: t('common.saving'),
            autosaved: t('documents.autosaved', { time: '{time}' }),
            autosaveFailed: t('documents.autosaveFailed'),
            restoredNotice,
            discard: t('documents.autosaveDiscard'),
            words: t('documents.wordCount', { count: '{count}' }),
          }}
        />
      ) : null}

      {canSubmit ? (
        <ActionForm action={submitForReview} aria-label={t('documents.submit')}>
          <input type="hidden" name="documentId" value={doc.id} />
          <SubmitButton pendingLabel={t('documents.submitting')}>{t('documents.submit')}</SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
