import { takeOverEditing } from '@/actions/take-over-editing';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { EditLock } from '@/data/editing';
import { formatDateTime } from '@/domain/format';
import type { Locale, Translate } from '@/messages';

/** Tells an editor that someone else has the document open, and lets them take over. */
export function LockBanner({
  documentId,
  lock,
  t,
  locale,
  timeZone,
}: {
  documentId: number;
  lock: EditLock | null;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (!lock || lock.mine) return null;
  const params = {
    name: lock.userName,
    time: formatDateTime(lock.expired ? lock.heartbeatAt : lock.since, locale, timeZone),
  };
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded border border-warning-line bg-warning-soft p-4 text-sm"
    >
      <span>{lock.expired ? t('documents.lockExpired', params) : t('documents.lockedBy', params)}</span>
      <ActionForm action={takeOverEditing} aria-label={t('documents.takeOver')}>
        <input type="hidden" name="documentId" value={documentId} />
        <SubmitButton variant="secondary" pendingLabel={t('common.saving')}>
          {t('documents.takeOver')}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
