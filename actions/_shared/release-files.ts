import 'server-only';
import { z } from 'zod';
import type { ImportSource } from '@/data/import';
import { MAX_RELEASE_FILE_KB, MAX_RELEASE_FILES } from '@/web/action-limits';
import { ReleaseParseError } from '@/domain/release-import';
import type { Translate } from '@/messages';

// The release files an upload sends: the browser reads each chosen .txt file and sends its name and text
// as repeated fields, so the preview and the import receive exactly the same text.

const msg = (key: 'validation.required' | 'validation.tooLong' | 'validation.number') => ({ message: key });

export const releaseFilesSchema = z
  .object({
    'fileName[]': z.array(
      z.string().trim().min(1, msg('validation.required')).max(255, msg('validation.tooLong')),
    ),
    'text[]': z.array(z.string().max(MAX_RELEASE_FILE_KB * 1024, msg('validation.tooLong'))),
    year: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((v) => v === '' || /^\d{4}$/.test(v), msg('validation.number')),
  })
  .refine((v) => v['fileName[]'].length === v['text[]'].length, { message: 'validation.required' });

export type ReleaseFiles = z.output<typeof releaseFilesSchema>;

/** The files as import sources; refuses none, too many, one larger than the limit, or a name that is not a .txt file. */
export function importSources(
  input: ReleaseFiles,
  t: Translate,
): { sources: ImportSource[] } | { error: string } {
  const names = input['fileName[]'];
  if (names.length === 0) return { error: t('import.noFiles') };
  if (names.length > MAX_RELEASE_FILES) return { error: t('import.tooMany', { max: MAX_RELEASE_FILES }) };
  const notText = names.find((n) => !/\.txt$/i.test(n));
  if (notText) return { error: t('import.notText', { file: notText }) };
  // In bytes, as the file's size is counted (the schema above counts characters, up to 3 bytes each).
  const tooLarge = names.find(
    (_, i) => Buffer.byteLength(input['text[]'][i] ?? '') > MAX_RELEASE_FILE_KB * 1024,
  );
  if (tooLarge) return { error: t('import.tooLarge', { file: tooLarge, max: MAX_RELEASE_FILE_KB }) };
  const year = input.year ? Number(input.year) : undefined;
  return {
    sources: names.map((fileName, i) => ({ fileName, text: input['text[]'][i] ?? '', year })),
  };
}

/** A parse error in the reader's language frame: "file, line N: reason" (the reason itself is English). */
export function parseErrorMessage(error: ReleaseParseError, fileName: string, t: Translate): string {
  return t('import.parseError', { file: fileName, line: error.line, reason: error.reason });
}

export type FilePreview =
  | {
      fileName: string;
      ok: true;
      /** 'already_imported': importing changes nothing. */
      status: 'new' | 'already_imported';
      headline: string;
      bodyName: string;
      meetingName: string;
      heldOn: string;
      sessionNumber: number;
      chairName: string;
      chairTitle: string;
      verb: string;
      purpose: string;
      publishedOn: string;
      decisions: { title: string; kind: string; outcome: string }[];
      paragraphs: number;
      warnings: string[];
    }
  | { fileName: string; ok: false; message: string };

export type FileResult = {
  fileName: string;
  status: 'created' | 'already_imported' | 'error';
  message: string;
  headline?: string;
  /** The public page of the release, and the words of the link to it. */
  url?: string;
  linkText?: string;
};

/** What the upload page's actions return: the state of the form plus the per-file outcome. */
export type ReleaseImportState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  previews?: FilePreview[];
  results?: FileResult[];
};
