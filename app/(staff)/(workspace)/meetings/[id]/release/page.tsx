import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';

export default async function ReleasePage({ params, searchParams }: PageProps<'/meetings/[id]/release'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/release`);
  const redraft = (await searchParams).redraft === '1';
  return (
    <DocumentWorkspace user={user} meetingId={recordIdOr404(id)} kind="press_release" redraft={redraft} />
  );
}
