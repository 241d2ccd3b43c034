'use server';

import { revalidateAfter } from '@/data/revalidate-after';
import { saveRevision as saveRevisionRecord } from '@/data/workflow';
import { idField, optionalId } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { revisionFields } from './_shared/record-schemas';
import { runAction } from './_shared/run-action';

const schema = revisionFields.extend({ documentId: idField, baseRevisionId: optionalId });

export async function saveRevision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'saveRevision', (input, { actor, t }) => {
    const saved = saveRevisionRecord(actor, input);
    revalidateAfter(saved);
    return {
      status: 'ok',
      message: t('documents.saved', { number: saved.number }),
      data: { revisionId: saved.revisionId },
    };
  });
}
