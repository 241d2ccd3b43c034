'use server';

import { GazetteError } from '@/data/errors';
import { importRelease } from '@/data/import';
import { getPublishedRelease } from '@/data/public-releases';
import { revalidateAfter } from '@/data/revalidate-after';
import { releasePath } from '@/domain/release-address';
import { ReleaseParseError } from '@/domain/release-import';
import type { ActionState } from './_shared/action-state';
import {
  importSources,
  parseErrorMessage,
  releaseFilesSchema,
  type FileResult,
  type ReleaseImportState,
} from './_shared/release-files';
import { runAction } from './_shared/run-action';

/**
 * Imports uploaded releases, each file whole or not at all, and revalidates the public pages (home,
 * archive, feeds, the release's own page) so they show what was imported. Administrators only.
 */
export async function importReleases(
  _prev: ReleaseImportState,
  formData: FormData,
): Promise<ReleaseImportState> {
  return runAction(formData, releaseFilesSchema, 'importReleases', (input, { actor, t }) => {
    const read = importSources(input, t);
    if ('error' in read) return { status: 'error', message: read.error };
    const results: FileResult[] = [];
    for (const source of read.sources) {
      const file = source.fileName;
      try {
        const result = importRelease(actor, source);
        const release = getPublishedRelease(result.documentId);
        if (result.change) revalidateAfter(result.change);
        results.push({
          fileName: file,
          status: result.status,
          message: t(result.status === 'created' ? 'import.created' : 'import.existing', { file }),
          headline: result.headline,
          url: release ? releasePath(release) : undefined,
          linkText: t('import.viewRelease', { headline: result.headline }),
        });
      } catch (error) {
        if (error instanceof GazetteError && error.kind === 'forbidden') throw error;
        const message =
          error instanceof ReleaseParseError
            ? parseErrorMessage(error, file, t)
            : error instanceof GazetteError
              ? t(error.key, error.params)
              : null;
        if (message === null) throw error;
        results.push({ fileName: file, status: 'error', message: t('import.failed', { file, message }) });
      }
    }
    const count = (status: FileResult['status']) => results.filter((r) => r.status === status).length;
    const state: ReleaseImportState = {
      status: count('error') ? 'error' : 'ok',
      message: t('import.summary', {
        created: count('created'),
        existing: count('already_imported'),
        failed: count('error'),
      }),
      results,
    };
    return state as ActionState;
  }) as Promise<ReleaseImportState>;
}
