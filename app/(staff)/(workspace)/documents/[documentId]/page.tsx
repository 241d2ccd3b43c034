import { notFound } from 'next/navigation';
import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { IssuedPanel } from '@/components/issued/issued-panel';
import { listAttachments } from '@/data/attachments';
import { getDocument } from '@/data/documents';
import { getEditLock, getScratchCopy } from '@/data/editing';
import { getIssuedPanel } from '@/data/issued-panel';
import { getMeeting } from '@/data/meetings';
import { getPersonalDataReview } from '@/data/personal-data-review';
import { listRevisions } from '@/data/revisions';
import { getSiteSettings } from '@/data/site-settings';
import { originalBeside, originalChange } from '@/data/translation-source';
import { isIssuedKind } from '@/domain/vocabulary';
import { doneStepOf } from '@/domain/step-done';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { documentTitleOf } from '@/web/page-title';
import { requireUser } from '@/web/session';

export async function generateMetadata({ params }: PageProps<'/documents/[documentId]'>) {
  return documentTitleOf((await params).documentId, (_t, document) => document);
}

/**
 * An issued document (policy document or interpretation) in the workspace: the same editor, revisions and
 * history as the meeting's own documents, with its catalogue fields and links above the editor.
 */
export default async function IssuedDocumentPage({
  params,
  searchParams,
}: PageProps<'/documents/[documentId]'>) {
  const { documentId } = await params;
  const user = await requireUser(`/documents/${documentId}`);
  const id = recordIdOr404(documentId);
  const doc = loadOr404(() => getDocument(user.actor, id));
  if (!isIssuedKind(doc.kind)) notFound();
  const meeting = loadOr404(() => getMeeting(user.actor, doc.meetingId));
  const panel = getIssuedPanel(user.actor, id)!;
  const canEdit = doc.may.edit;
  return (
    <DocumentWorkspace
      user={user}
      done={doneStepOf((await searchParams).done)}
      workspace={{
        meeting,
        doc,
        timeZone: getSiteSettings().timeZone,
        published: null,
        scratch: canEdit ? getScratchCopy(user.actor, id) : null,
        lock: canEdit ? getEditLock(user.actor, id) : null,
        proposed: null,
        mismatches: null,
        personalData: getPersonalDataReview(user.actor, id),
        revisions: listRevisions(user.actor, id),
        missing: [],
        original: canEdit && doc.translation ? originalBeside(user.actor, doc) : null,
        originalChange: doc.translation ? originalChange(user.actor, doc) : null,
        attachments: listAttachments(user.actor, id),
      }}
      aside={
        <IssuedPanel
          documentId={id}
          baseRevisionId={doc.current?.id ?? null}
          panel={panel}
          locale={user.locale}
          t={user.t}
        />
      }
    />
  );
}
