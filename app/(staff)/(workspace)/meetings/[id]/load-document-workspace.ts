import 'server-only';
import { notFound } from 'next/navigation';
import type { DocumentWorkspaceData } from '@/components/documents/document-workspace';
import type { Actor } from '@/data/actor';
import { listAttachments } from '@/data/attachments';
import { getDocument } from '@/data/documents';
import { getEditLock, getScratchCopy } from '@/data/editing';
import { getMeeting } from '@/data/meetings';
import { getPublishedRelease } from '@/data/public-releases';
import { getPersonalDataReview } from '@/data/personal-data-review';
import { listRevisions } from '@/data/revisions';
import { getSiteSettings } from '@/data/site-settings';
import { originalBeside, originalChange } from '@/data/translation-source';
import { findingsAgainst, previewDraftFromRecords } from '@/data/workflow';
import { takesAttachments } from '@/domain/attachments';
import { missingIn } from '@/domain/meeting-languages';
import { CONTENT_LANGUAGES, type ContentLanguage, type DocumentKind } from '@/domain/vocabulary';
import { loadOr404 } from '@/web/load-or-404';

/** The release language a page's `?lang=` names; anything else means the original. */
export const releaseLanguageParam = (value: unknown): ContentLanguage | undefined =>
  CONTENT_LANGUAGES.find((l) => l === value);

/**
 * What the agenda, minutes and release pages show of one meeting document: each reads only what the
 * actor may see and edit (the scratch copy, the lock and the redraft only with the editor). A meeting has
 * a release per language: `language` picks one, the original when left out.
 */
export function loadDocumentWorkspace(
  actor: Actor,
  meetingId: number,
  kind: DocumentKind,
  { redraft = false, language }: { redraft?: boolean; language?: ContentLanguage } = {},
): DocumentWorkspaceData {
  if (!Number.isInteger(meetingId) || meetingId <= 0) notFound();
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const ofKind = meeting.documents.filter((d) => d.kind === kind);
  const summary =
    ofKind.find((d) => language !== undefined && d.language === language) ??
    ofKind.find((d) => d.translationOfId === null) ??
    ofKind[0];
  if (!summary) notFound();
  const doc = getDocument(actor, summary.id);
  const release = kind === 'press_release';
  // The release and the minutes are drafted from the records and checked against them.
  const drafted = kind !== 'agenda';
  const canEdit = doc.may.edit;
  // "Draft from records" is offered only when the records hold every value this language's release needs.
  const missing = release && canEdit ? missingIn(meeting, doc.language) : [];
  return {
    meeting,
    doc,
    timeZone: getSiteSettings().timeZone,
    published: release && doc.publicationState === 'published' ? getPublishedRelease(doc.id) : null,
    scratch: canEdit ? getScratchCopy(actor, doc.id) : null,
    lock: canEdit ? getEditLock(actor, doc.id) : null,
    proposed:
      drafted && redraft && canEdit && doc.current && missing.length === 0
        ? previewDraftFromRecords(actor, doc.id)
        : null,
    mismatches: drafted && doc.current ? findingsAgainst(meeting, doc) : null,
    personalData: getPersonalDataReview(actor, doc.id),
    revisions: listRevisions(actor, doc.id),
    missing,
    // Shown beside the editor only: readers and reviewers do not read it.
    original: release && canEdit && doc.translation ? originalBeside(actor, doc) : null,
    originalChange: release && doc.translation ? originalChange(actor, doc) : null,
    attachments: takesAttachments(doc.kind) ? listAttachments(actor, doc.id) : null,
  };
}
