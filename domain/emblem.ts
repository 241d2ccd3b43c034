// What an uploaded emblem may be: a PNG or an SVG image, small enough for a masthead. The type is read from
// the bytes, never from the file's name or the type the browser declared.

export const EMBLEM_MAX_BYTES = 200 * 1024;

export type EmblemType = 'image/png' | 'image/svg+xml';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type of an emblem's bytes, or the message key saying why they are refused. */
export function emblemType(bytes: Uint8Array): { type: EmblemType } | { error: string } {
  if (bytes.length === 0) return { error: 'settings.emblemEmpty' };
  if (bytes.length > EMBLEM_MAX_BYTES) return { error: 'settings.emblemTooLarge' };
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return { type: 'image/png' };
  const start = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  // An SVG file: an XML declaration or comments may come before its root element.
  const root = start.replace(/^(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*/i, '');
  if (/^<svg[\s>]/i.test(root)) return { type: 'image/svg+xml' };
  return { error: 'settings.emblemType' };
}
