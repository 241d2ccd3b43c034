'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { withdrawDocument as withdrawRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// An empty reason reaches the transition table, which refuses it with its own message.
const schema = z.object({ documentId: idField, reason: optionalText(4000) });

export async function withdrawDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'withdrawDocument', ({ documentId, reason }, { actor, t }) => {
    revalidateAfter(withdrawRecord(actor, documentId, reason));
    return { status: 'ok', message: t('review.withdrawn') };
  });
}
