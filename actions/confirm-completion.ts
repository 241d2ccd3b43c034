'use server';

import { confirmCompletion as confirmRecord } from '@/data/follow-up-acts';
import { completionForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function confirmCompletion(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, completionForm, 'confirmCompletion', (input, { actor, t }) => {
    confirmRecord(actor, input.itemId, { comment: input.comment });
    revalidateFollowUp();
    return { status: 'ok', message: t('followUp.confirm.done') };
  });
}
