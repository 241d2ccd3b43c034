'use server';

import { revalidateAfter } from '@/data/revalidate-after';
import { saveRevision as saveRevisionRecord } from '@/data/workflow';
import { draftForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function saveRevision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, draftForm, 'saveRevision', (input, { actor, t }) => {
    const saved = saveRevisionRecord(actor, input);
    revalidateAfter(saved);
    return {
      status: 'ok',
      message: t('documents.saved', { number: saved.number }),
      data: { revisionId: saved.revisionId, number: saved.number },
    };
  });
}
