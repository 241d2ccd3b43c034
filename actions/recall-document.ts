'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { recallDocument as recallRecord } from '@/data/workflow';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function recallDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'recallDocument', ({ documentId }, { actor, t }) => {
    revalidateAfter(recallRecord(actor, documentId));
    return { status: 'ok', message: t('documents.recalled') };
  });
}
