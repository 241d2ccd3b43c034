'use server';

import { cancelFollowUpItem as cancelRecord } from '@/data/follow-up-acts';
import { cancelForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function cancelFollowUpItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, cancelForm, 'cancelFollowUpItem', (input, { actor, t }) => {
    cancelRecord(actor, input.itemId, { reason: input.reason });
    revalidateFollowUp();
    return { status: 'ok', message: t('followUp.cancel.done') };
  });
}
