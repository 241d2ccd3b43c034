import { NextResponse } from 'next/server';
import { staffAttachmentFile } from '@/data/attachments';
import { GazetteError } from '@/data/errors';
import { parseRecordId } from '@/domain/record-id';
import { fileResponse } from '@/web/file-response';
import { currentUser } from '@/web/session';

/**
 * A file of any revision of a document, to staff who may read the document (a draft's files included).
 * Never cached: it may be unpublished.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/documents/[id]/attachments/[attachmentId]'>,
) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 });
  const { id, attachmentId } = await params;
  const documentId = parseRecordId(id);
  const fileId = parseRecordId(attachmentId);
  if (documentId === null || fileId === null)
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  try {
    const { file, bytes } = staffAttachmentFile(user.actor, documentId, fileId);
    return fileResponse(file, bytes, 'private, no-store');
  } catch (error) {
    if (error instanceof GazetteError)
      return NextResponse.json(
        { error: user.t(error.key, error.params) },
        { status: error.kind === 'forbidden' ? 403 : 404 },
      );
    throw error;
  }
}
