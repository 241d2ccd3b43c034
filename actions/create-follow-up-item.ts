'use server';

import { createFollowUpItem as createRecord } from '@/data/follow-up-acts';
import { newFollowUpForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function createFollowUpItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, newFollowUpForm, 'createFollowUpItem', (input, { actor, t }) => {
    const { id } = createRecord(actor, input);
    revalidateFollowUp();
    return { status: 'ok', message: t('followUp.create.created'), data: { id } };
  });
}
