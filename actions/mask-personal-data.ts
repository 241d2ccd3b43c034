'use server';

import { z } from 'zod';
import { maskPersonalDataFindings } from '@/data/personal-data-review';
import { revalidateAfter } from '@/data/revalidate-after';
import { findingField } from '@/domain/publication-scan-inputs';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// One finding (its part, kind and offsets), or every finding of the revision ("all").
const schema = z.object({
  documentId: idField,
  revisionId: idField,
  finding: findingField,
});

export async function maskPersonalData(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'maskPersonalData',
    ({ documentId, revisionId, finding }, { actor, t }) => {
      const saved = maskPersonalDataFindings(actor, { documentId, revisionId, finding });
      if (!saved) return { status: 'ok', message: t('privacy.nothingToMask') };
      revalidateAfter(saved);
      return {
        status: 'ok',
        message: t('privacy.masked', { number: saved.number }),
        data: { revisionId: saved.revisionId, number: saved.number },
      };
    },
  );
}
