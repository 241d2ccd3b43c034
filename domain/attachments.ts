import { PUBLIC_DOCUMENT_KINDS, type DocumentKind } from './vocabulary';

// Files attached to a document's revisions: every kind of document that can go public is published with
// its files.
export const ATTACHABLE_KINDS: readonly DocumentKind[] = PUBLIC_DOCUMENT_KINDS;

export function takesAttachments(kind: DocumentKind): boolean {
  return (ATTACHABLE_KINDS as readonly DocumentKind[]).includes(kind);
}

export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'ofd', 'png', 'jpeg', 'gif', 'webp'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

type TypeFacts = {
  mime: string;
  /** The extensions a file of this type may be named with; the first is given to one named otherwise. */
  extensions: readonly string[];
  /** Shown in the browser (inline) or saved (attachment). */
  inline: boolean;
  image: boolean;
};

export const ATTACHMENT_TYPE_FACTS: Record<AttachmentType, TypeFacts> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], inline: true, image: false },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    inline: false,
    image: false,
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    inline: false,
    image: false,
  },
  ofd: { mime: 'application/ofd', extensions: ['ofd'], inline: false, image: false },
  png: { mime: 'image/png', extensions: ['png'], inline: true, image: true },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], inline: true, image: true },
  gif: { mime: 'image/gif', extensions: ['gif'], inline: true, image: true },
  webp: { mime: 'image/webp', extensions: ['webp'], inline: true, image: true },
};

export const isImage = (type: AttachmentType) => ATTACHMENT_TYPE_FACTS[type].image;

const KNOWN_EXTENSIONS = new Set(Object.values(ATTACHMENT_TYPE_FACTS).flatMap((f) => f.extensions));
const MAX_NAME = 120;

/**
 * The name a file is listed and served under: the uploader's name without folders, control characters or
 * characters that mean something in a path or a header, ending with an extension of the type its content
 * is (a PNG named "scan.pdf" becomes "scan.png"; "annex" becomes "annex.pdf").
 */
export function attachmentName(uploaded: string, type: AttachmentType): string {
  const base = uploaded.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = name.replace(/^\.+/, '');
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const own = ATTACHMENT_TYPE_FACTS[type].extensions;
  let stem = dot > 0 && KNOWN_EXTENSIONS.has(extension) ? name.slice(0, dot) : name;
  const suffix = own.includes(extension) ? extension : own[0]!;
  stem = [...stem].slice(0, MAX_NAME).join('').trim() || 'file';
  return `${stem}.${suffix}`;
}

/** How many hex digits of the hash a public address carries: enough to tell files apart, short to read. */
export const PUBLIC_HASH_DIGITS = 16;

/** The public address of a published file: the document, its hash's first digits and its name. */
export function publicFilePath(documentId: number, file: { sha256: string; name: string }): string {
  return `/files/${documentId}/${file.sha256.slice(0, PUBLIC_HASH_DIGITS)}/${encodeURIComponent(file.name)}`;
}

/** A file's size as a reader takes it in: kilobytes below a megabyte, else megabytes, one decimal at most. */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(Math.max(megabytes ? bytes / 2 ** 20 : bytes / 1024, 0.1));
}
