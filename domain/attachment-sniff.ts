import { unzipSync } from 'fflate';
import type { AttachmentType } from './attachments';

// What a file is, decided by its content alone: the name and the type a browser claims are the uploader's
// to choose, and a file served as what it claims (an HTML page named ".pdf") would run on the site's origin.
// Each type is recognised by its signature and checked to be whole (a file cut off in transfer is refused
// rather than published broken); the ZIP-based ones (DOCX, XLSX, OFD) by the entries their standards require.

export type Sniffed =
  { ok: true; type: AttachmentType } | { ok: false; reason: 'empty' | 'unknown' | 'truncated' | 'other_zip' };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Whether `needle` occurs among the last `window` bytes. */
function nearEnd(bytes: Uint8Array, needle: readonly number[], window = 1024): boolean {
  const from = Math.max(0, bytes.length - window);
  outer: for (let i = bytes.length - needle.length; i >= from; i--) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const PDF = ascii('%PDF-');
const PDF_END = ascii('%%EOF');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const JPEG = [0xff, 0xd8, 0xff];
const JPEG_END = [0xff, 0xd9];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function sniffAttachment(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, PDF)) return whole(nearEnd(bytes, PDF_END), 'pdf');
  if (startsWith(bytes, PNG)) return whole(startsWith(bytes, PNG_END, bytes.length - 8), 'png');
  if (startsWith(bytes, JPEG)) return whole(nearEnd(bytes, JPEG_END, 64), 'jpeg');
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return whole(bytes.at(-1) === 0x3b, 'gif');
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) {
    const declared = new DataView(bytes.buffer, bytes.byteOffset + 4, 4).getUint32(0, true);
    return whole(declared + 8 <= bytes.length, 'webp');
  }
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  return { ok: false, reason: 'unknown' };
}

const whole = (complete: boolean, type: AttachmentType): Sniffed =>
  complete ? { ok: true, type } : { ok: false, reason: 'truncated' };

/** The names of a ZIP archive's entries, read from its central directory without inflating any; null if it is not whole. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

function zipKind(bytes: Uint8Array): Sniffed {
  const names = zipEntryNames(bytes);
  if (names === null) return { ok: false, reason: 'truncated' };
  const has = new Set(names);
  // Office Open XML: the package's content types, and the main part where the relationships put it.
  if (has.has('[Content_Types].xml') && has.has('word/document.xml')) return { ok: true, type: 'docx' };
  if (has.has('[Content_Types].xml') && has.has('xl/workbook.xml')) return { ok: true, type: 'xlsx' };
  // GB/T 33190: the entry file OFD.xml at the package's root.
  if (has.has('OFD.xml')) return { ok: true, type: 'ofd' };
  return { ok: false, reason: 'other_zip' };
}
