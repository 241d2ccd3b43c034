import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';

export default async function MinutesPage({ params }: PageProps<'/meetings/[id]/minutes'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/minutes`);
  return (
    <DocumentWorkspace
      user={user}
      meetingId={recordIdOr404(id)}
      kind="minutes"
      printHref={`/meetings/${id}/minutes/print`}
    />
  );
}
