import 'server-only';
import { notFound } from 'next/navigation';
import type { DocumentWorkspaceData } from '@/components/documents/document-workspace';
import type { Actor } from '@/data/actor';
import { getDocument } from '@/data/documents';
import { getEditLock, getScratchCopy } from '@/data/editing';
import { getMeeting } from '@/data/meetings';
import { getPublishedRelease } from '@/data/public-releases';
import { listRevisions } from '@/data/revisions';
import { getSiteSettings } from '@/data/site-settings';
import { previewDraftFromRecords, releaseMismatches } from '@/data/workflow';
import type { DocumentKind } from '@/domain/vocabulary';
import { loadOr404 } from '@/web/load-or-404';

/**
 * What the agenda, minutes and release pages show of one meeting document: each reads only what the
 * actor may see and edit (the scratch copy, the lock and the redraft only with the editor).
 */
export function loadDocumentWorkspace(
  actor: Actor,
  meetingId: number,
  kind: DocumentKind,
  { redraft = false }: { redraft?: boolean } = {},
): DocumentWorkspaceData {
  if (!Number.isInteger(meetingId) || meetingId <= 0) notFound();
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const summary = meeting.documents.find((d) => d.kind === kind);
  if (!summary) notFound();
  const doc = getDocument(actor, summary.id);
  const release = kind === 'press_release';
  const canEdit = doc.may.edit;
  return {
    meeting,
    doc,
    timeZone: getSiteSettings().timeZone,
    published: release && doc.publicationState === 'published' ? getPublishedRelease(doc.id) : null,
    scratch: canEdit ? getScratchCopy(actor, doc.id) : null,
    lock: canEdit ? getEditLock(actor, doc.id) : null,
    proposed: release && redraft && canEdit && doc.current ? previewDraftFromRecords(actor, doc.id) : null,
    mismatches: release && doc.current ? releaseMismatches(actor, doc.id) : null,
    revisions: listRevisions(actor, doc.id),
  };
}
