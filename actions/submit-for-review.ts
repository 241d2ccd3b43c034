'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { submitForReview as submitRecord } from '@/data/workflow';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function submitForReview(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'submitForReview', ({ documentId }, { actor, t }) => {
    revalidateAfter(submitRecord(actor, documentId));
    return { status: 'ok', message: t('documents.submitted') };
  });
}
