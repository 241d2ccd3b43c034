import { publicAttachmentFile } from '@/data/attachments';
import { parseRecordId } from '@/domain/record-id';
import { fileResponse, FILE_CONTENT_SECURITY_POLICY } from '@/web/file-response';

// Its address names the file's hash, so what it answers never changes while it answers at all: a long,
// shared cache. A withdrawal makes it 410 here; caches in front are purged with the document's page.
const PUBLISHED_FILE_CACHE = 'public, max-age=31536000, immutable';

const refusal = (status: 404 | 410) =>
  new Response(status === 410 ? 'This file has been withdrawn.\n' : 'Not found.\n', {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': FILE_CONTENT_SECURITY_POLICY,
    },
  });

/** A file of a published document, to anyone; nothing of any other revision or document. */
export async function GET(_request: Request, { params }: RouteContext<'/files/[documentId]/[hash]/[name]'>) {
  const { documentId, hash, name } = await params;
  const id = parseRecordId(documentId);
  if (id === null) return refusal(404);
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return refusal(404);
  }
  const found = publicAttachmentFile(id, hash, decoded);
  if (found.status === 'gone') return refusal(410);
  if (found.status === 'not_found') return refusal(404);
  return fileResponse(found.file, found.bytes, PUBLISHED_FILE_CACHE);
}
