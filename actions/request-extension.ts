'use server';

import { requestExtension as requestRecord } from '@/data/follow-up-acts';
import { extensionRequestForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function requestExtension(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, extensionRequestForm, 'requestExtension', (input, { actor, t }) => {
    const { itemId, ...request } = input;
    requestRecord(actor, itemId, request);
    revalidateFollowUp();
    return { status: 'ok', message: t('followUp.extension.requested') };
  });
}
