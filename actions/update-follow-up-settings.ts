'use server';

import { updateFollowUpSettings as updateRecord } from '@/data/follow-up-acts';
import { followUpSettingsForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function updateFollowUpSettings(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, followUpSettingsForm, 'updateFollowUpSettings', (input, { actor, t }) => {
    const { itemId, ...settings } = input;
    updateRecord(actor, itemId, settings);
    revalidateFollowUp();
    return { status: 'ok', message: t('followUp.settings.saved') };
  });
}
