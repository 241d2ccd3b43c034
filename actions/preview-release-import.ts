'use server';

import { previewImport } from '@/data/import';
import { ReleaseParseError } from '@/domain/release-import';
import type { ActionState } from './_shared/action-state';
import {
  importSources,
  parseErrorMessage,
  releaseFilesSchema,
  type FilePreview,
  type ReleaseImportState,
} from './_shared/release-files';
import { runAction } from './_shared/run-action';

/** Reads uploaded releases and shows what importing them would create; writes nothing. Administrators only. */
export async function previewReleaseImport(
  _prev: ReleaseImportState,
  formData: FormData,
): Promise<ReleaseImportState> {
  return runAction(formData, releaseFilesSchema, 'previewReleaseImport', (input, { actor, t }) => {
    const read = importSources(input, t);
    if ('error' in read) return { status: 'error', message: read.error };
    const previews: FilePreview[] = read.sources.map((source) => {
      try {
        const { plan, existing } = previewImport(actor, source);
        // A file that joins its meeting (the other language's release was imported) is ready, as the import says.
        if (existing && !existing.imported && !existing.joins) {
          const message = t('import.meetingExists', {
            number: plan.sessionNumber,
            date: plan.heldOn,
            file: source.fileName,
          });
          return { fileName: source.fileName, ok: false, message };
        }
        return {
          fileName: source.fileName,
          ok: true,
          status: existing?.imported ? 'already_imported' : 'new',
          headline: plan.headline,
          bodyName: plan.bodyName,
          meetingName: plan.meetingName,
          heldOn: plan.heldOn,
          sessionNumber: plan.sessionNumber,
          chairName: plan.chairName,
          chairTitle: plan.chairTitle,
          verb: plan.verb,
          purpose: plan.purpose,
          publishedOn: plan.publishedOn,
          decisions: plan.decisions,
          paragraphs: plan.paragraphs.length,
          warnings: plan.warnings,
        };
      } catch (error) {
        if (error instanceof ReleaseParseError)
          return {
            fileName: source.fileName,
            ok: false,
            message: parseErrorMessage(error, source.fileName, t),
          };
        // A refusal (not an administrator) answers the whole request, through runAction.
        throw error;
      }
    });
    const state: ReleaseImportState = { status: 'ok', message: t('import.previewReady'), previews };
    return state as ActionState;
  }) as Promise<ReleaseImportState>;
}
