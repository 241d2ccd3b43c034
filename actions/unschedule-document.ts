'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { unscheduleDocument as unscheduleRecord } from '@/data/workflow';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function unscheduleDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'unscheduleDocument', ({ documentId }, { actor, t }) => {
    revalidateAfter(unscheduleRecord(actor, documentId));
    return { status: 'ok', message: t('review.unscheduled') };
  });
}
