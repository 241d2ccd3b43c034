import Link from 'next/link';
import { issueDocument } from '@/actions/issue-document';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { statusLabel } from '@/components/workspace/labels';
import type { IssuedSummary } from '@/data/issued-documents';
import { issuedDocumentPath } from '@/domain/workspace-paths';
import type { MessageKey, Translate } from '@/messages';

type Props = {
  meetingId: number;
  decisionId: number;
  documents: IssuedSummary[];
  /** Whether the actor may issue a document from the decision (the records are editable). */
  mayIssue: boolean;
  t: Translate;
};

/** Under a decision: the documents issued from it, each with its state, or the button that issues one. */
export function DecisionDocuments({ meetingId, decisionId, documents, mayIssue, t }: Props) {
  return (
    <div className="mt-2 text-sm">
      {documents.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t('issued.ofDecision')}>
          {documents.map((d) => (
            <li key={d.id}>
              <Link href={issuedDocumentPath(d.id)} className="text-link underline">
                {t('issued.open', {
                  kind: t(`documents.kind.${d.kind}` as MessageKey),
                  language: t(`language.${d.language}`),
                })}
              </Link>{' '}
              <span className="text-muted">({statusLabel(t, { ...d, reviewStep: null })})</span>
            </li>
          ))}
        </ul>
      ) : mayIssue ? (
        <ActionForm action={issueDocument}>
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="decisionId" value={decisionId} />
          <SubmitButton variant="secondary" pendingLabel={t('issued.issuing')}>
            {t('issued.issueFromDecision')}
          </SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
