'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { publishDocument as publishRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  comment: optionalText(4000),
  correctionNote: optionalText(1000),
});

export async function publishDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'publishDocument',
    ({ documentId, comment, correctionNote }, { actor, t }) => {
      revalidateAfter(publishRecord(actor, documentId, { comment, correctionNote }));
      return { status: 'ok', message: t('review.published') };
    },
  );
}
