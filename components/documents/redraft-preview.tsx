import Link from 'next/link';
import { draftReleaseFromRecords } from '@/actions/draft-release-from-records';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { comparableText, wordDiff } from '@/domain/diff';
import type { Translate } from '@/messages';
import { diffLabels } from './diff-labels';
import { DiffView } from './diff-view';

type Props = {
  documentId: number;
  /** Back to the release's editor without drafting. */
  cancelHref: string;
  current: { id: number; headline: string; body: string };
  proposed: { headline: string; body: string };
  t: Translate;
};

/** Before a new draft from the records replaces edited text: what would change, and a confirmation. */
export function RedraftPreview({ documentId, cancelHref, current, proposed, t }: Props) {
  return (
    <section
      aria-labelledby="redraft-heading"
      className="mb-8 rounded border border-info-line bg-info-soft p-4"
    >
      <h2 id="redraft-heading" className="mb-3 font-semibold">
        {t('documents.redraftPreview')}
      </h2>
      <DiffView parts={wordDiff(comparableText(current), comparableText(proposed))} labels={diffLabels(t)} />
      <div className="mt-4 flex items-center gap-4">
        <ActionForm action={draftReleaseFromRecords} aria-label={t('documents.redraftConfirm')}>
          <input type="hidden" name="documentId" value={documentId} />
          <input type="hidden" name="baseRevisionId" value={current.id} />
          <input type="hidden" name="fromPreview" value="1" />
          <SubmitButton pendingLabel={t('documents.drafting')}>{t('documents.redraftConfirm')}</SubmitButton>
        </ActionForm>
        <Link href={cancelHref} className="underline">
          {t('common.cancel')}
        </Link>
      </div>
    </section>
  );
}
