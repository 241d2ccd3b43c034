import Link from 'next/link';
import { draftReleaseFromRecords } from '@/actions/draft-release-from-records';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Translate } from '@/messages';

/** "Draft from records": at once for an empty release; after edits, through a preview of what would change. */
export function ReleaseDraftButton({
  documentId,
  redraftHref,
  hasText,
  t,
}: {
  documentId: number;
  /** This release's page with the preview of a new draft. */
  redraftHref: string;
  hasText: boolean;
  t: Translate;
}) {
  if (hasText) {
    return (
      <Link
        href={redraftHref}
        className="inline-block rounded border border-line-strong bg-surface px-4 py-2 text-sm font-medium hover:bg-surface-muted"
      >
        {t('documents.draftFromRecords')}
      </Link>
    );
  }
  return (
    <ActionForm action={draftReleaseFromRecords} aria-label={t('documents.draftFromRecords')}>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="baseRevisionId" value="" />
      <SubmitButton variant="secondary" pendingLabel={t('documents.drafting')}>
        {t('documents.draftFromRecords')}
      </SubmitButton>
    </ActionForm>
  );
}
