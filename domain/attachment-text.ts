import { strFromU8, unzipSync } from 'fflate';
import { extractText as pdfText, getDocumentProxy } from 'unpdf';
import type { AttachmentType } from './attachments';
import { sniffAttachment } from './attachment-sniff';

// The text layer of an attached file, for the personal-data scan: a PDF's text (a scan without a text layer
// yields none) and a Word document's body. Other types answer null: "not scanned", which the scan shows as
// such rather than as clean.

/** The most a DOCX's body may inflate to before it is left unread (a small archive can inflate to gigabytes). */
const MAX_DOCX_XML = 50 * 1024 * 1024;

export async function extractText(
  file: Uint8Array,
  type: AttachmentType | null = null,
): Promise<string | null> {
  const sniffed = type === null ? sniffAttachment(file) : null;
  const kind = type ?? (sniffed?.ok ? sniffed.type : null);
  if (kind === 'pdf') return textOfPdf(file);
  if (kind === 'docx') return textOfDocx(file);
  return null;
}

async function textOfPdf(file: Uint8Array): Promise<string | null> {
  try {
    // PDF.js takes the buffer over: give it a copy, so the caller's bytes stay as they were.
    const pdf = await getDocumentProxy(new Uint8Array(file));
    const { text } = await pdfText(pdf, { mergePages: true });
    return text.trim();
  } catch {
    return null;
  }
}

function textOfDocx(file: Uint8Array): string | null {
  let xml: string;
  try {
    const entries = unzipSync(file, {
      filter: (f) => f.name === 'word/document.xml' && f.originalSize <= MAX_DOCX_XML,
    });
    const body = entries['word/document.xml'];
    if (!body) return null;
    xml = strFromU8(body);
  } catch {
    return null;
  }
  return wordXmlText(xml);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of WordprocessingML: runs' text, tabs and breaks, a line per paragraph. */
export function wordXmlText(xml: string): string {
  let text = '';
  for (const [token, run] of xml.matchAll(
    /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\b[^>]*\/>|<w:br\b[^>]*\/>|<\/w:p>/g,
  )) {
    if (run !== undefined) text += decodeEntities(run);
    else if (token.startsWith('<w:tab')) text += '\t';
    else text += '\n';
  }
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (_m, name, dec, hex) =>
    name
      ? ENTITIES[String(name).toLowerCase()]!
      : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16)),
  );
