'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { unscheduleDocument as unscheduleRecord } from '@/data/workflow';
import { idField } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function unscheduleDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'unscheduleDocument', ({ documentId }, { actor }) => {
    revalidateAfter(unscheduleRecord(actor, documentId));
    redirect(withDone(reviewPagePath(documentId), 'unschedule'));
  });
}
