'use server';

import { decideExtension } from '@/data/follow-up-acts';
import { extensionAnswerForm } from '@/domain/follow-up-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateFollowUp } from './_shared/follow-up-revalidate';
import { runAction } from './_shared/run-action';

export async function answerExtension(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, extensionAnswerForm, 'answerExtension', (input, { actor, t }) => {
    const accept = input.answer === 'accept';
    decideExtension(actor, input.itemId, { accept, comment: input.comment });
    revalidateFollowUp();
    return { status: 'ok', message: t(accept ? 'followUp.decide.accepted' : 'followUp.decide.refused') };
  });
}
