import { ATTACHMENT_TYPE_FACTS, type AttachmentType } from '@/domain/attachments';

// How an attached file is answered, to the public and to staff alike. The bytes are the uploader's: the
// browser is told their type (decided from their content) and not to guess another (nosniff), and the
// policy sandboxes whatever it renders, so nothing in a file runs with the site's origin.
export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

/**
 * Content-Disposition with the name in both forms: an ASCII stand-in for old clients, and the name itself
 * (RFC 5987/6266 `filename*`, UTF-8, percent-encoded), which every current browser uses.
 */
export function contentDisposition(inline: boolean, name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function fileResponse(
  file: { name: string; type: AttachmentType; sha256: string },
  bytes: Buffer,
  cacheControl: string,
): Response {
  const facts = ATTACHMENT_TYPE_FACTS[file.type];
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': facts.mime,
      'content-length': String(bytes.length),
      'content-disposition': contentDisposition(facts.inline, file.name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': FILE_CONTENT_SECURITY_POLICY,
      'cache-control': cacheControl,
      etag: `"${file.sha256}"`,
    },
  });
}
