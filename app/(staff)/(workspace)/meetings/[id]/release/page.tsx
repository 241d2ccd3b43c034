import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { loadDocumentWorkspace } from '../load-document-workspace';
import { meetingTitleOf } from '@/web/page-title';

export async function generateMetadata({ params }: PageProps<'/meetings/[id]/release'>) {
  return meetingTitleOf((await params).id, (t) => t('documents.kind.press_release'));
}

export default async function ReleasePage({ params, searchParams }: PageProps<'/meetings/[id]/release'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/release`);
  const redraft = (await searchParams).redraft === '1';
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'press_release', { redraft });
  return <DocumentWorkspace user={user} workspace={workspace} />;
}
